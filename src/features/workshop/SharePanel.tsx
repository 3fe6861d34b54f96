import { useTranslation } from "react-i18next";
import { ExportBundle } from "../bundle/ExportBundle";
import { ShareLinkPanel } from "../share/ShareLinkPanel";

/** « Partager »: the atelier's own URL (QR code and text), and its bundle file for tablets with no network. */
export function SharePanel({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <ShareLinkPanel path={`/atelier/${documentId}`} title={t("share.panel.atelierTitle")} />
      <ExportBundle scope="atelier" documentId={documentId} />
    </>
  );
}
