import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";

const SECTIONS = [
  ["", "overview"],
  ["groupe", "members"],
  ["etapes", "tasks"],
  ["rencontres", "meetings"],
  ["decisions", "decisions"],
  ["journal", "journal"],
  ["protocole", "protocol"],
  ["partager", "share"],
] as const;

/** The seed's sections as tabs (sub-routes: a section has its own address, the back button works). */
export function SeedNav({ documentId, search }: { documentId: string; search: string }) {
  const { t } = useTranslation();
  const base = `/graine/${documentId}`;
  return (
    <nav className="atelier-nav seed-nav" aria-label={t("seed.page.nav")}>
      {SECTIONS.map(([path, key]) => (
        <NavLink key={key} to={`${path ? `${base}/${path}` : base}${search}`} end={path === ""}>
          {t(`seed.page.${key}`)}
        </NavLink>
      ))}
    </nav>
  );
}
