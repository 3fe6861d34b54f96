import { useState } from "react";
import { useTranslation } from "react-i18next";

/** « Partager »: the atelier's own URL (QR code and bundle export come with field sync). */
export function SharePanel({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const link = `${window.location.origin}/atelier/${documentId}`;
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
    </section>
  );
}
