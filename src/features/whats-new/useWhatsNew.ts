import { useCallback, useEffect, useState } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import { useServices } from "../../app/AppServices";
import type { PersonNews } from "../../domain/history";
import { collectNews, headsOf } from "../../sync/whatsNew";

export interface NewsDocument {
  kind: string;
  handle: DocHandle<unknown> | undefined;
}

export type NewsState =
  | { status: "loading" }
  | { status: "ready"; news: PersonNews[]; fromStart: boolean }
  | { status: "error"; message: string };

/** « Quoi de neuf ? » for the loaded documents, recomputed as changes arrive (at most once a second). */
export function useWhatsNew(documents: readonly NewsDocument[], me: string) {
  const { seenHeads } = useServices();
  const [state, setState] = useState<NewsState>({ status: "loading" });
  const [version, setVersion] = useState(0);
  const ready = documents.filter(
    (d): d is { kind: string; handle: DocHandle<unknown> } => d.handle?.isReady() === true,
  );
  const key = ready.map((d) => d.handle.documentId).join(",");

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const sources = await Promise.all(
          ready.map(async ({ kind, handle }) => ({
            kind,
            doc: handle.doc(),
            seenHeads: await seenHeads.load(handle.documentId),
          })),
        );
        if (cancelled) return;
        const fromStart = sources.every((s) => s.seenHeads === undefined);
        setState({ status: "ready", news: collectNews(sources, me), fromStart });
      } catch (error) {
        if (!cancelled) setState({ status: "error", message: String(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, me, seenHeads, version]);

  // New changes (from a sync) refresh the view, throttled.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        setVersion((v) => v + 1);
      }, 1_000);
    };
    for (const d of ready) d.handle.on("heads-changed", onChange);
    return () => {
      clearTimeout(timer);
      for (const d of ready) d.handle.off("heads-changed", onChange);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const markRead = useCallback(async () => {
    await Promise.all(
      ready.map((d) => seenHeads.save(d.handle.documentId, headsOf(d.handle.doc()))),
    );
    setVersion((v) => v + 1);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, seenHeads]);

  return { state, markRead };
}
