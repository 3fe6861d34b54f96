import { useTranslation } from "react-i18next";
import type { SeedView } from "../../domain";
import { currentStatusOf } from "./summarize";
import { statusLabel } from "./statusLabel";

/** The seed's title, its atelier's title (a copy: the seed never links its atelier) and status. */
export function SeedHeader({ view }: { view: SeedView }) {
  const { t } = useTranslation();
  const status = currentStatusOf(view);
  return (
    <header className="seed-header">
      <h1>{view.title || t("seed.untitled")}</h1>
      <p className="row">
        <span className={`badge status-${status}`}>{statusLabel(t, status)}</span>
        {view.workshopTitle ? (
          <span className="muted">{t("seed.page.atelier", { title: view.workshopTitle })}</span>
        ) : null}
      </p>
    </header>
  );
}
