import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";

/** Atelier sections; the names are the e2e contract (DESIGN.md §9). */
export function AtelierNav({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const base = `/atelier/${documentId}`;
  return (
    <nav className="atelier-nav" aria-label={t("atelier.nav")}>
      <NavLink to={base} end>
        {t("atelier.basics")}
      </NavLink>
      <NavLink to={`${base}/carnet`}>{t("atelier.addressBook")}</NavLink>
      <NavLink to={`${base}/etat-des-lieux`}>{t("atelier.diagnostic")}</NavLink>
      <NavLink to={`${base}/graines`}>{t("atelier.seeds")}</NavLink>
      <NavLink to={`${base}/partager`}>{t("atelier.share")}</NavLink>
      <NavLink to={`${base}/quoi-de-neuf`}>{t("safety.news.link")}</NavLink>
      <NavLink to={`${base}/sauvegarde`}>{t("safety.link")}</NavLink>
    </nav>
  );
}
