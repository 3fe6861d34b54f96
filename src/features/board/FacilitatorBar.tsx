import { useTranslation } from "react-i18next";
import { useBoardScreen } from "./BoardContext";

/**
 * Who facilitates (a UI gate, said as such) and the board's shared « notes masquées » mode:
 * a facilitator switches it for every tablet (it lives in the document); everyone sees when it
 * is on — « masqué, pas confidentiel : chaque tablette détient le texte ».
 */
export function FacilitatorBar() {
  const { t } = useTranslation();
  const { facilitator, setFacilitator, hideMode, setHideMode, readOnly, columns, actions } =
    useBoardScreen();
  const awaiting = columns.some(
    (c) =>
      c.notes.some((n) => n.awaitingReveal) ||
      c.clusters.some((k) => k.notes.some((n) => n.awaitingReveal)),
  );
  const revealAll = () => {
    const ids = columns.flatMap((c) =>
      [...c.notes, ...c.clusters.flatMap((k) => k.notes)]
        .filter((n) => n.awaitingReveal)
        .map((n) => n.id),
    );
    if (ids.length > 0) actions.revealNotes({ ids });
  };
  return (
    <>
      {hideMode ? (
        <p className="hide-mode-notice" role="note">
          {t("board.kit.hideModeOn")}
        </p>
      ) : null}
      <details className="facilitator-bar">
        <summary>
          {t("board.kit.facilitators")} ·{" "}
          {facilitator ? t("board.kit.youAreFacilitator") : t("board.kit.youAreParticipant")}
          {hideMode ? <span className="badge">{t("board.kit.hideMode")}</span> : null}
        </summary>
        <p className="field-hint">{t("board.kit.facilitatorsHint")}</p>
        <div className="row">
          <button
            type="button"
            className="secondary"
            disabled={readOnly}
            onClick={() => setFacilitator(!facilitator)}
          >
            {facilitator ? t("board.kit.leaveFacilitators") : t("board.kit.becomeFacilitator")}
          </button>
          {facilitator ? (
            <label className="toggle">
              <input
                type="checkbox"
                checked={hideMode}
                disabled={readOnly}
                onChange={(e) => setHideMode(e.target.checked)}
              />
              <span>{t("board.kit.hideMode")}</span>
            </label>
          ) : null}
          {facilitator && awaiting && !readOnly ? (
            <button type="button" className="secondary" onClick={revealAll}>
              {t("board.kit.revealAll")}
            </button>
          ) : null}
        </div>
        <p className="field-hint">{t("board.kit.hideModeHint")}</p>
      </details>
    </>
  );
}
