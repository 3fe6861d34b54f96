import { useTranslation } from "react-i18next";
import { selectArchivedNotes } from "../../domain";
import { useBoardScreen } from "./BoardContext";

/** « Corbeille »: deleted notes, each restorable. */
export function TrashScreen() {
  const { t } = useTranslation();
  const { view, actions, readOnly, columns } = useBoardScreen();
  const notes = selectArchivedNotes(view);
  const titles = new Map(columns.map((c) => [c.id, c.title]));
  return (
    <section className="section" aria-label={t("board.trash")}>
      <h2>{t("board.trash")}</h2>
      <p className="field-hint">{t("board.trashHint")}</p>
      {notes.length === 0 ? <p>{t("board.trashEmpty")}</p> : null}
      <ul className="plain-list trash-list">
        {notes.map((n) => (
          <li key={n.id} aria-label={n.text} className="row">
            <span className="grow">
              {n.text} <span className="count">({titles.get(n.categoryId) ?? n.categoryId})</span>
            </span>
            {readOnly ? null : (
              <button type="button" className="secondary" onClick={() => actions.restoreNote(n.id)}>
                {t("board.restore")}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
