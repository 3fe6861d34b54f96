import { useEffect, useRef, useState } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import { interpretAsDocumentId, parseAutomergeUrl } from "@automerge/automerge-repo";
import type { AnyDocumentId, AutomergeUrl } from "@automerge/automerge-repo";
import { useLocalServices } from "../../app/AppServices";
import type { ContactView } from "../../domain";
import { readCachedList, toCachedList } from "./cachedList";

/** Quiet time after the last change before the list is written to the cache. */
export const SAVE_AFTER_MS = 2000;

/** The document id in a link (`automerge:…`) or an id, or `undefined` when it is neither. */
export function bookDocumentId(link: string | null | undefined): string | undefined {
  if (!link) return undefined;
  try {
    return link.startsWith("automerge:")
      ? parseAutomergeUrl(link as AutomergeUrl).documentId
      : interpretAsDocumentId(link as AnyDocumentId);
  } catch {
    return undefined;
  }
}

/**
 * The carnet's list from the device's view cache, for a first paint while the 5,000-contact
 * document loads (`undefined` until read, or when there is none), and the other direction: the
 * live list written back with the document's heads, 2 s after the last change and when the page
 * is hidden (a tablet put to sleep, a closed tab).
 */
export function useCachedList(
  documentId: string | undefined,
  handle: DocHandle<unknown> | undefined,
  live: readonly ContactView[] | undefined,
): readonly ContactView[] | undefined {
  const { viewCache } = useLocalServices();
  const [cached, setCached] = useState<readonly ContactView[] | undefined>(undefined);
  const savedHeads = useRef<string>("");
  // The last save scheduled, run when the carnet closes before its timer fires.
  const pending = useRef<(() => void) | null>(null);
  useEffect(() => () => pending.current?.(), []);
  const hasLive = live !== undefined;

  useEffect(() => {
    if (!documentId || hasLive) return;
    let cancelled = false;
    void viewCache.load(documentId).then(
      (record) => {
        if (cancelled || record === undefined) return;
        savedHeads.current = Array.isArray(record.heads) ? record.heads.join(",") : "";
        const list = readCachedList(record.view);
        if (list !== undefined) setCached(list);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [viewCache, documentId, hasLive]);

  useEffect(() => {
    if (!handle || live === undefined || !handle.isReady()) return;
    const save = () => {
      const heads = [...handle.heads()];
      const key = heads.join(",");
      if (key === savedHeads.current) return;
      savedHeads.current = key;
      void viewCache.save(handle.documentId, heads, toCachedList(live)).catch(() => {
        savedHeads.current = "";
      });
    };
    pending.current = save;
    const timer = setTimeout(save, SAVE_AFTER_MS);
    window.addEventListener("pagehide", save);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("pagehide", save);
    };
  }, [viewCache, handle, live]);

  return cached;
}
