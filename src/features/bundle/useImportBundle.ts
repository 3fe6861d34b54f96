import { useEffect, useState } from "react";
import type { DocumentId } from "@automerge/automerge-repo";
import { useServices } from "../../app/AppServices";
import { decodeBundle, DEFAULT_BUNDLE_LIMITS, isBundleError } from "../../interop/bundle";
import type { BundleErrorCode } from "../../interop/bundle";
import { applyBundle } from "../../sync/bundleImport";
import type { BundleImportResult } from "../../sync/bundleImport";
import { readWithProgress } from "./files";

/** Where an import stands; `failed` means nothing was written. */
export type ImportState =
  | { step: "reading"; loaded: number; total: number }
  | { step: "checking" }
  | { step: "applying" }
  | { step: "done"; result: BundleImportResult }
  | { step: "failed"; code: BundleErrorCode | "unexpected"; detail: string };

/** Lets the browser paint the current step before a long synchronous one. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Imports a `.recolte` file: read (with progress), decode and validate everything, then merge
 * into this device's documents, record the atelier (or seed) here and write it all to storage.
 */
export function useImportBundle(file: File): ImportState {
  const { repo, local, persistNow } = useServices();
  const [state, setState] = useState<ImportState>({ step: "reading", loaded: 0, total: file.size });

  useEffect(() => {
    let cancelled = false;
    const update = (next: ImportState) => {
      if (!cancelled) setState(next);
    };
    void (async () => {
      try {
        // Refuse before reading: a 2 GB video picked by mistake must not be loaded into memory.
        if (file.size > DEFAULT_BUNDLE_LIMITS.maxBundleBytes) {
          update({ step: "failed", code: "too-large", detail: `${file.size} bytes` });
          return;
        }
        const bytes = await readWithProgress(file, (loaded, total) =>
          update({ step: "reading", loaded, total }),
        );
        update({ step: "checking" });
        await nextFrame();
        const decoded = decodeBundle(bytes);
        if (cancelled) return;
        update({ step: "applying" });
        await nextFrame();
        const result = await applyBundle(repo, decoded);
        await persistNow(result.documents.map((d) => d.documentId as DocumentId));
        await local.upsertAtelier({
          documentId: result.rootId,
          url: result.rootUrl,
          title: result.title,
          kind: result.scope === "seed" ? "seed" : "atelier",
        });
        update({ step: "done", result });
      } catch (error) {
        if (isBundleError(error))
          update({ step: "failed", code: error.code, detail: error.message });
        else update({ step: "failed", code: "unexpected", detail: String(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [file, repo, local, persistNow]);

  return state;
}
