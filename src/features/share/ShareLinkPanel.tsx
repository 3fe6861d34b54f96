import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocalServices } from "../../app/AppServices";
import { shareLink } from "../../sync/shareLink";
import { QrImage } from "./QrImage";
import "./share.css";

type CopyState = "idle" | "copied" | "failed";

/**
 * The short link of one document — its own route (`/atelier/<id>` or `/graine/<id>`) on this
 * origin, plus the relay's access key when it has one — as a QR code, as text, and a copy button.
 * A seed's panel gives the seed's own URL only, never its atelier's.
 */
export function ShareLinkPanel({
  path,
  title,
  kind = path.startsWith("/graine/") ? "seed" : "atelier",
}: {
  path: string;
  title: string;
  kind?: "atelier" | "seed";
}) {
  const { t } = useTranslation();
  const { relayUrl } = useLocalServices();
  const [copy, setCopy] = useState<CopyState>("idle");
  const link = shareLink(window.location.origin, path, relayUrl);
  const hasKey = link.includes("?key=");

  const copyLink = () => {
    if (!navigator.clipboard) {
      setCopy("failed");
      return;
    }
    navigator.clipboard.writeText(link).then(
      () => setCopy("copied"),
      () => setCopy("failed"),
    );
  };

  return (
    <section className="section share-link" aria-labelledby="share-link-title">
      <h2 id="share-link-title">{title}</h2>
      <div className="share-link-body">
        <QrImage
          text={link}
          label={t("share.panel.qr")}
          onError={(message) => t("share.panel.qrError", { message })}
        />
        <div className="share-link-text">
          <p className="share-link-url">
            <a href={link}>{link}</a>
          </p>
          <p>
            <button type="button" className="secondary" onClick={copyLink}>
              {copy === "copied" ? t("share.panel.copied") : t("share.panel.copy")}
            </button>
          </p>
          {copy === "failed" ? (
            <p className="field-error" role="alert">
              {t("share.panel.copyFailed")}
            </p>
          ) : null}
          <p className="field-hint">{t("share.panel.scanHint")}</p>
          {kind === "seed" ? <p className="field-hint">{t("share.panel.seedOnly")}</p> : null}
          {hasKey ? <p className="field-hint">{t("share.panel.withKey")}</p> : null}
          <p className="field-hint">
            <strong>{t("share.panel.keepSafe")}</strong>
          </p>
        </div>
      </div>
    </section>
  );
}
