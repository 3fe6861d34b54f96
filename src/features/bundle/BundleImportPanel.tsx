import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Banner } from "../../ui/Banner";
import { useImportBundle } from "./useImportBundle";
import type { BundleImportResult } from "../../sync/bundleImport";

function Summary({ result }: { result: BundleImportResult }) {
  const { t } = useTranslation();
  const count = (status: string) => result.documents.filter((d) => d.status === status).length;
  const added = count("added");
  const updated = count("updated");
  const unchanged = count("unchanged");
  const title = result.title || t("home.untitled");
  return (
    <div aria-label={t("bundle.import.summary")} role="region">
      <Banner tone="success">
        <p>
          {result.scope === "seed"
            ? t("bundle.import.seedDone", { title })
            : t("bundle.import.done", { title })}
        </p>
        <p>
          {added + updated === 0
            ? t("bundle.import.nothingNew")
            : t("bundle.import.counts", { added, updated, unchanged })}
        </p>
      </Banner>
      {result.scope === "atelier" ? (
        <Link className="button" to={`/atelier/${result.rootId}`}>
          {t("bundle.import.open", { title })}
        </Link>
      ) : null}
    </div>
  );
}

/** Progress, then the summary or the reason the file was refused (nothing written then). */
export function BundleImportPanel({ file, onClose }: { file: File; onClose: () => void }) {
  const { t } = useTranslation();
  const state = useImportBundle(file);
  return (
    <section className="section" aria-labelledby="bundle-import-title">
      <h2 id="bundle-import-title">{t("bundle.import.title", { name: file.name })}</h2>
      {state.step === "reading" ? (
        <p>
          <label>
            {t("bundle.import.reading")} <progress max={state.total || 1} value={state.loaded} />
          </label>
        </p>
      ) : null}
      {state.step === "checking" ? <p aria-live="polite">{t("bundle.import.checking")}</p> : null}
      {state.step === "applying" ? <p aria-live="polite">{t("bundle.import.applying")}</p> : null}
      {state.step === "done" ? <Summary result={state.result} /> : null}
      {state.step === "failed" ? (
        <Banner tone="error">
          <p>{t(`bundle.error.${state.code}`)}</p>
          <p>{t("bundle.error.nothingWritten")}</p>
        </Banner>
      ) : null}
      {state.step === "done" || state.step === "failed" ? (
        <button type="button" className="secondary" onClick={onClose}>
          {t("bundle.import.dismiss")}
        </button>
      ) : null}
    </section>
  );
}
