import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Banner } from "../../ui/Banner";
import { canShareFiles, formatBytes } from "./files";
import { useExportBundle } from "./useExportBundle";

/**
 * « Exporter l'atelier » (or « Exporter la graine »): writes a `.recolte` file to carry to another
 * tablet with no network; where the system share sheet takes files, « Envoyer le fichier » too.
 */
export function ExportBundle({
  scope,
  documentId,
}: {
  scope: "atelier" | "seed";
  documentId: string;
}) {
  const { t, i18n } = useTranslation();
  const { state, download, share } = useExportBundle(scope, documentId);
  const [shareable] = useState(canShareFiles);
  const working = state.step === "working";
  return (
    <section className="section" aria-labelledby="bundle-export-title">
      <h3 id="bundle-export-title">{t("bundle.exportTitle")}</h3>
      <p>{t(scope === "atelier" ? "bundle.exportHint" : "bundle.exportSeedHint")}</p>
      <div className="row">
        <button type="button" onClick={download} disabled={working}>
          {t(scope === "atelier" ? "bundle.export" : "bundle.exportSeed")}
        </button>
        {shareable ? (
          <button type="button" className="secondary" onClick={share} disabled={working}>
            {t("bundle.share")}
          </button>
        ) : null}
      </div>
      {working ? <p aria-live="polite">{t("bundle.exporting")}</p> : null}
      {state.step === "done" ? (
        <Banner tone="success">
          <p>
            {t(state.shared ? "bundle.shared" : "bundle.exported", {
              name: state.filename,
              size: formatBytes(state.size, i18n.language),
            })}
          </p>
          {state.missingSeeds > 0 ? (
            <p>{t("bundle.missingSeeds", { count: state.missingSeeds })}</p>
          ) : null}
        </Banner>
      ) : null}
      {state.step === "failed" ? (
        <Banner tone="error">{t(`bundle.exportError.${state.code}`)}</Banner>
      ) : null}
    </section>
  );
}
