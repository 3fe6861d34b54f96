import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ExportBundle } from "../bundle/ExportBundle";
import { useLocalServices } from "../../app/AppServices";
import { shareLink } from "../../sync/shareLink";

/** « Partager »: the atelier's own URL, and its bundle file for tablets with no network. */
export function SharePanel({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const { relayUrl } = useLocalServices();
  const link = shareLink(window.location.origin, `/atelier/${documentId}`, relayUrl);
  const copy = () => {
    void navigator.clipboard?.writeText(link).then(() => setCopied(true));
  };
  return (
    <section className="section" aria-labelledby="share-title">
      <h2 id="share-title">{t("atelier.shareLink")}</h2>
      <p>
        <a href={link}>{link}</a>
      </p>
      <p>{t("atelier.shareHint")}</p>
      {navigator.clipboard ? (
        <button type="button" className="secondary" onClick={copy}>
          {copied ? t("atelier.copied") : t("atelier.copy")}
        </button>
      ) : null}
      <ExportBundle scope="atelier" documentId={documentId} />
    </section>
  );
}
