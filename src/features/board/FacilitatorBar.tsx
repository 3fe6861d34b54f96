import { useTranslation } from "react-i18next";
import { useBoardScreen } from "./BoardContext";

/**
 * Who facilitates (a UI gate, said as such) and the hide-until-reveal mode of this tablet:
 * « masqué, pas confidentiel : chaque tablette détient le texte ».
 */
export function FacilitatorBar() {
  const { t } = useTranslation();
  const { facilitator, setFacilitator, hideMode, setHideMode, readOnly } = useBoardScreen();
  return (
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
        <label className="toggle">
          <input
            type="checkbox"
            checked={hideMode}
            onChange={(e) => setHideMode(e.target.checked)}
          />
          <span>{t("board.kit.hideMode")}</span>
        </label>
      </div>
      <p className="field-hint">{t("board.kit.hideModeHint")}</p>
    </details>
  );
}
