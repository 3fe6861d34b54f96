import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { useBoardScreen } from "./BoardContext";
import { selectArchivedCategories, selectArchivedNotes } from "../../domain";

/** The board's views; the kit's tabs show for facilitators only (a UI gate). */
export function BoardNav() {
  const { t } = useTranslation();
  const { base, view, facilitator } = useBoardScreen();
  const binned = selectArchivedNotes(view).length + selectArchivedCategories(view).length;
  return (
    <nav className="sub-nav" aria-label={t("board.nav")}>
      <NavLink to={base} end>
        {t("board.boardView")}
      </NavLink>
      <NavLink to={`${base}/liste`}>{t("board.listView")}</NavLink>
      <NavLink to={`${base}/vote`}>{t("board.vote")}</NavLink>
      {facilitator ? <NavLink to={`${base}/animation`}>{t("board.kitTab")}</NavLink> : null}
      <NavLink to={`${base}/synthese`}>{t("board.synthesis")}</NavLink>
      <NavLink to={`${base}/categories`}>{t("board.categoriesTab")}</NavLink>
      <NavLink to={`${base}/corbeille`}>
        {binned > 0 ? t("board.trashCount", { count: binned }) : t("board.trash")}
      </NavLink>
    </nav>
  );
}
