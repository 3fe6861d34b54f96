import { useTranslation } from "react-i18next";
import { ExportBundle } from "../../bundle/ExportBundle";
import { ShareLinkPanel } from "../../share/ShareLinkPanel";

/**
 * « Partager » for a seed: its own link and QR (never its atelier's: holding a URL is holding
 * access), and a `.recolte` file of this seed only for tablets with no network.
 */
export function ShareSection({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <ShareLinkPanel
        path={`/graine/${documentId}`}
        title={t("seed.page.shareTitle")}
        kind="seed"
      />
      <ExportBundle scope="seed" documentId={documentId} />
    </>
  );
}
