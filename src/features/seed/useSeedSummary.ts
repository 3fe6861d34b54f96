import { useEffect, useState } from "react";
import type { AnyDocumentId } from "@automerge/automerge-repo";
import { useServices } from "../../app/AppServices";
import { normalizeSeed } from "../../domain";
import type { SeedDoc } from "../../domain";
import { openDocument } from "../../sync/openDocument";
import { readCachedSummary, sameSummary, toCachedSummary } from "./summaryCache";
import type { SeedSummary } from "./summaryCache";
import { summarizeSeed } from "./summarize";

/** A card's data: the cached summary first, the live one once the seed is loaded. */
export interface SeedCardState {
  summary: SeedSummary | undefined;
  /** `live` once read from the document; `missing` when the device does not have it (yet). */
  source: "none" | "cache" | "live" | "missing";
}

/**
 * A seed's card without loading the seed first: the summary cached on this device paints at once;
 * the seed document itself is opened only when `load` turns true (the card is on screen), then
 * the card follows it live and the cache is refreshed for the next first paint.
 */
export function useSeedSummary(
  documentId: string | undefined,
  url: AnyDocumentId | undefined,
  load: boolean,
): SeedCardState {
  const { repo, viewCache, quarantine } = useServices();
  const [state, setState] = useState<SeedCardState>({ summary: undefined, source: "none" });

  useEffect(() => {
    if (!documentId) return;
    let cancelled = false;
    viewCache.load(documentId).then(
      (record) => {
        const summary = record ? readCachedSummary(record.view) : undefined;
        if (cancelled || !summary) return;
        setState((s) => (s.source === "live" ? s : { summary, source: "cache" }));
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [viewCache, documentId]);

  useEffect(() => {
    if (!load || !url) return;
    let cancelled = false;
    let unsubscribe = () => {};
    void openDocument<SeedDoc>(repo, url, "seed", { quarantine }).then((opened) => {
      if (cancelled) return;
      if (opened.status !== "ready") {
        setState((s) => (s.summary ? s : { summary: undefined, source: "missing" }));
        return;
      }
      const handle = opened.handle;
      let last: SeedSummary | undefined;
      const refresh = () => {
        const summary = summarizeSeed(normalizeSeed(handle.doc()).value);
        if (last && sameSummary(last, summary)) return;
        last = summary;
        setState({ summary, source: "live" });
        void viewCache
          .save(handle.documentId, [...handle.heads()], toCachedSummary(summary))
          .catch(() => undefined);
      };
      refresh();
      handle.on("change", refresh);
      unsubscribe = () => handle.off("change", refresh);
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [repo, viewCache, quarantine, url, load]);

  return state;
}
