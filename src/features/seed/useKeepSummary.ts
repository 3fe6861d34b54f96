import { useEffect, useRef } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import { useServices } from "../../app/AppServices";
import type { SeedDoc, SeedView } from "../../domain";
import { sameSummary, toCachedSummary } from "./summaryCache";
import type { SeedSummary } from "./summaryCache";
import { summarizeSeed } from "./summarize";

const SETTLE_MS = 400;

/**
 * Keeps this seed's cached card (the atelier's list and « Mes graines » paint from it) right while
 * its page edits it: a renamed seed is listed under its new title at once, not after its card has
 * loaded the document again. Written once typing settles, and when the page closes.
 */
export function useKeepSummary(handle: DocHandle<SeedDoc> | undefined, view: SeedView | undefined) {
  const { viewCache } = useServices();
  const last = useRef<SeedSummary | null>(null);
  const pending = useRef<(() => void) | null>(null);

  useEffect(() => {
    pending.current = null;
    if (!handle || !view) return;
    const summary = summarizeSeed(view);
    if (last.current && sameSummary(last.current, summary)) return;
    const write = () => {
      pending.current = null;
      last.current = summary;
      viewCache
        .save(handle.documentId, [...handle.heads()], toCachedSummary(summary))
        .catch((error: unknown) => console.error("seed summary cache", error));
    };
    // The first summary of the page is written at once (the list may be stale since long ago).
    if (!last.current) {
      write();
      return;
    }
    pending.current = write;
    const timer = setTimeout(write, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [viewCache, handle, view]);

  useEffect(
    () => () => {
      const write = pending.current;
      pending.current = null;
      write?.();
    },
    [],
  );
}
