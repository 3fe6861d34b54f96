import { lazy, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Banner } from "../../ui/Banner";
import { useLocalQuery } from "../shared/useLocalQuery";
import { SyncBoundary } from "../../app/SyncBoundary";
import { ImportFileButton } from "../bundle/ImportFileButton";

/** Creating documents needs the Automerge runtime: loaded after the home screen is drawn. */
const NewAtelierForm = lazy(() =>
  import("./NewAtelierForm").then((m) => ({ default: m.NewAtelierForm })),
);
/** Reading and merging a bundle needs it too; the button itself is drawn at once. */
const BundleImportPanel = lazy(() =>
  import("../bundle/BundleImportPanel").then((m) => ({ default: m.BundleImportPanel })),
);

/** Home: this device's ateliers, most recent first. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const [creating, setCreating] = useState(false);
  // A new pick (even of the same file) restarts the import panel: `key` below.
  const [picked, setPicked] = useState<{ file: File; at: number } | null>(null);
  const { data: entries, error } = useLocalQuery((local) => local.listAteliers());
  // Seeds opened here are listed in « Mes graines », not as ateliers.
  const ateliers = entries?.filter((entry) => entry.kind !== "seed");
  const dateFormat = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: "medium",
    timeStyle: "short",
  });

  return (
    <main>
      <h1>{t("home.title")}</h1>
      <div className="row">
        <button type="button" onClick={() => setCreating(true)} disabled={creating}>
          {t("home.newAtelier")}
        </button>
        <ImportFileButton onFile={(file) => setPicked({ file, at: Date.now() })} />
        <Link to="/rejoindre" className="button secondary">
          {t("share.join.entry")}
        </Link>
        <Link to="/mes-liens" className="button secondary">
          {t("share.links.entry")}
        </Link>
        <Link to="/mes-graines" className="button secondary">
          {t("seed.mySeeds")}
        </Link>
      </div>
      {picked ? (
        <SyncBoundary fallback={<p>{t("app.loading")}</p>}>
          <BundleImportPanel key={picked.at} file={picked.file} onClose={() => setPicked(null)} />
        </SyncBoundary>
      ) : null}
      {creating ? (
        <SyncBoundary fallback={<p>{t("app.loading")}</p>}>
          <NewAtelierForm onCancel={() => setCreating(false)} />
        </SyncBoundary>
      ) : null}
      {error ? <Banner tone="error">{t("errors.generic", { message: error })}</Banner> : null}
      {ateliers && ateliers.length === 0 ? <p>{t("home.empty")}</p> : null}
      <ul className="card-list" aria-label={t("home.title")} style={{ marginTop: "1rem" }}>
        {(ateliers ?? []).map((atelier) => (
          <li key={atelier.documentId} className="card">
            <Link to={`/atelier/${atelier.documentId}`}>{atelier.title || t("home.untitled")}</Link>
            <p className="row" style={{ margin: "0.4rem 0 0" }}>
              <span>{t("home.lastOpened", { date: dateFormat.format(atelier.lastOpenedAt) })}</span>
              <span className={atelier.readyOffline ? "badge" : "badge muted"}>
                {atelier.readyOffline ? t("home.readyOffline") : t("home.notReadyOffline")}
              </span>
            </p>
          </li>
        ))}
      </ul>
    </main>
  );
}
