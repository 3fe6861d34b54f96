import { useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { DocHandle } from "@automerge/automerge-repo";
import { useLocalServices } from "../../app/AppServices";
import type { BoardColumn } from "./boardTypes";
import { bookDocumentId } from "../address-book/useCachedList";
import { readCachedBoard, toCachedBoard } from "./cachedBoard";

/** Quiet time after the last change before the board is written to the cache. */
export const SAVE_AFTER_MS = 2000;

/**
 * The board's columns from the device's view cache, for a first paint while the diagnostic
 * loads (`undefined` until read, when there is none, or once the live board is there), and the
 * other direction: the live columns written back with the document's heads, 2 s after the last
 * change and when the page is hidden. Kept under the diagnostic's document id (known from the
 * workshop's link before the document loads), so removing the atelier removes it too. The columns are this device's view (a participant's
 * cache holds placeholders, not the text of notes hidden from them).
 */
export function useCachedBoard(
  /** The workshop's link to its diagnostic (`automerge:…`). */
  diagnosticLink: string | null,
  handle: DocHandle<unknown> | undefined,
  live: readonly BoardColumn[] | undefined,
): readonly BoardColumn[] | undefined {
  const { viewCache } = useLocalServices();
  const [cached, setCached] = useState<readonly BoardColumn[] | undefined>(undefined);
  const savedHeads = useRef("");
  const pending = useRef<(() => void) | null>(null);
  useEffect(() => () => pending.current?.(), []);
  const hasLive = live !== undefined;
  const key = bookDocumentId(diagnosticLink) ?? handle?.documentId ?? "";

  useEffect(() => {
    if (!key || hasLive) return;
    let cancelled = false;
    viewCache.load(key).then(
      (record) => {
        if (cancelled || record === undefined) return;
        savedHeads.current = Array.isArray(record.heads) ? record.heads.join(",") : "";
        const columns = readCachedBoard(record.view);
        // Drawn at once, not in a later task: loading the document (a long task on a big
        // board) would otherwise run first and the saved board would never be seen.
        if (columns !== undefined) flushSync(() => setCached(columns));
      },
      () => undefined, // no cache: the board paints when the document is ready
    );
    return () => {
      cancelled = true;
    };
  }, [viewCache, key, hasLive]);

  useEffect(() => {
    if (!handle || !key || live === undefined || !handle.isReady()) return;
    const save = () => {
      const heads = [...handle.heads()];
      const joined = heads.join(",");
      if (joined === savedHeads.current) return;
      savedHeads.current = joined;
      viewCache.save(key, heads, toCachedBoard(live)).catch(() => {
        savedHeads.current = ""; // try again at the next change
      });
    };
    pending.current = save;
    const timer = setTimeout(save, SAVE_AFTER_MS);
    window.addEventListener("pagehide", save);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("pagehide", save);
    };
  }, [viewCache, key, handle, live]);

  return hasLive ? undefined : cached;
}
