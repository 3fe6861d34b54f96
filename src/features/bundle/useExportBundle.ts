import { useCallback, useState } from "react";
import type { DocumentId } from "@automerge/automerge-repo";
import { useServices } from "../../app/AppServices";
import { bundleFilename } from "../../interop/bundle";
import { BUNDLE_MEDIA_TYPE } from "../../interop/bundle/format";
import { BundleExportError, exportAtelierBundle, exportSeedBundle } from "../../sync/bundleExport";
import { APP_VERSION } from "./appVersion";
import { downloadBytes } from "./files";

/** What the export controls show. */
export type ExportState =
  | { step: "idle" }
  | { step: "working" }
  | { step: "done"; filename: string; size: number; missingSeeds: number; shared: boolean }
  | { step: "failed"; code: "missing" | "incomplete" | "share" | "unexpected" };

/** Builds the bundle of an atelier (or one seed) and downloads it, or hands it to the share sheet. */
export function useExportBundle(scope: "atelier" | "seed", documentId: string) {
  const { repo } = useServices();
  const [state, setState] = useState<ExportState>({ step: "idle" });

  const run = useCallback(
    async (via: "download" | "share") => {
      setState({ step: "working" });
      try {
        const options = { app: APP_VERSION };
        const exported =
          scope === "atelier"
            ? await exportAtelierBundle(repo, documentId as DocumentId, options)
            : await exportSeedBundle(repo, documentId, options);
        const filename = bundleFilename(exported.title);
        if (via === "share") {
          const file = new File([exported.bytes as Uint8Array<ArrayBuffer>], filename, {
            type: BUNDLE_MEDIA_TYPE,
          });
          try {
            await navigator.share({ files: [file], title: exported.title });
          } catch (error) {
            // Closing the share sheet is not an error worth a message.
            if (error instanceof DOMException && error.name === "AbortError") {
              setState({ step: "idle" });
              return;
            }
            setState({ step: "failed", code: "share" });
            return;
          }
        } else downloadBytes(filename, exported.bytes, BUNDLE_MEDIA_TYPE);
        setState({
          step: "done",
          filename,
          size: exported.bytes.length,
          missingSeeds: exported.missingSeeds,
          shared: via === "share",
        });
      } catch (error) {
        if (error instanceof BundleExportError) setState({ step: "failed", code: error.code });
        else {
          console.error("bundle export failed", error);
          setState({ step: "failed", code: "unexpected" });
        }
      }
    },
    [repo, scope, documentId],
  );

  return { state, download: () => void run("download"), share: () => void run("share") };
}
