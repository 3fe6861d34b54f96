import { useTranslation } from "react-i18next";
import { selectArchivedNotes, selectBinCategories } from "../../domain";
import { useBoardScreen } from "./BoardContext";

/**
 * « Corbeille »: deleted notes, each restorable, and categories put in the bin with the notes
 * they keep (restoring the category brings its notes back to the board).
 */
export function TrashScreen() {
  const { t } = useTranslation();
  const { view, actions, categoryActions, readOnly } = useBoardScreen();
  const notes = selectArchivedNotes(view);
  const binned = selectBinCategories(view);
  const titles = new Map(Object.values(view.categories).map((c) => [c.id, c.title]));
  return (
    <section className="section" aria-label={t("board.trash")}>
      <h2>{t("board.trash")}</h2>
      <p className="field-hint">{t("board.trashHint")}</p>
      {notes.length === 0 && binned.length === 0 ? <p>{t("board.trashEmpty")}</p> : null}
      {binned.length > 0 ? (
        <>
          <h3>{t("board.categories.binTitle")}</h3>
          <ul className="plain-list" aria-label={t("board.categories.binTitle")}>
            {binned.map(({ category, notes: kept }) => (
              <li key={category.id} aria-label={category.title} className="bin-category">
                <div className="row">
                  <strong className="grow">
                    {category.title}{" "}
                    <span className="count">
                      ({t("board.categories.binNotes", { count: kept.length })})
                    </span>
                  </strong>
                  {readOnly ? null : (
                    <button
                      type="button"
                      className="secondary"
                      aria-label={t("board.categories.restore", { title: category.title })}
                      onClick={() => categoryActions.restoreCategory(category.id)}
                    >
                      {t("board.restore")}
                    </button>
                  )}
                </div>
                {kept.length > 0 ? (
                  <ul className="bin-kept">
                    {kept.slice(0, 50).map((n) => (
                      <li key={n.id}>{n.text || "…"}</li>
                    ))}
                    {kept.length > 50 ? <li>…</li> : null}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {notes.length > 0 && binned.length > 0 ? <h3>{t("board.notes")}</h3> : null}
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
