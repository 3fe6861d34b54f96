import { ExportBundle } from "../../bundle/ExportBundle";
import { ShareLinkPanel } from "../../share/ShareLinkPanel";

/**
 * « Partager » for a seed: its own link and QR (never its atelier's: holding a URL is holding
 * access), and a `.recolte` file of this seed only for tablets with no network.
 */
export function ShareSection({ documentId, title }: { documentId: string; title: string }) {
  return (
    <>
      <ShareLinkPanel path={`/graine/${documentId}`} title={title} kind="seed" />
      <ExportBundle scope="seed" documentId={documentId} />
    </>
  );
}
