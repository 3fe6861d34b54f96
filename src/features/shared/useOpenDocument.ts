import { useEffect, useState } from "react";
import type { AnyDocumentId, DocHandle, PeerId } from "@automerge/automerge-repo";
import { onArrival, openDocument, requestAgain } from "../../sync/openDocument";
import type { OpenedDocument } from "../../sync/openDocument";
import { useServices } from "../../app/AppServices";

type Kind = Parameters<typeof openDocument>[2];

/** Open state of a document as a view sees it. */
export type OpenState<T> = { status: "loading" } | OpenedDocument<T>;

/** While the relay is connected and still lacks the document, ask it again this often. */
export const REQUEST_AGAIN_MS = 10_000;

/**
 * Opens a document by id and keeps waiting while it is unavailable: the view moves from « en
 * attente de synchronisation » to the content without a reload as soon as the document arrives —
 * from the relay when it (re)connects, from the relay later when the person who shared it uploads
 * it (asked again every {@link REQUEST_AGAIN_MS} while connected), or from a bundle file imported
 * on this device. Event-driven: the handle's first change re-opens it; no busy loop.
 */
export function useOpenDocument<T>(id: AnyDocumentId | null | undefined, kind: Kind): OpenState<T> {
  const { repo, relay, quarantine } = useServices();
  const [state, setState] = useState<OpenState<T>>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!id) return;
    let cancelled = false;
    setState((previous) => (previous.status === "unavailable" ? previous : { status: "loading" }));
    openDocument<T>(repo, id, kind, { quarantine }).then(
      (opened) => {
        if (!cancelled) setState(opened);
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: "foreign", reason: String(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [repo, quarantine, id, kind, attempt]);

  const waiting = state.status === "unavailable" && Boolean(id);

  // The document arrives (relay sync or bundle import): open it for real.
  useEffect(() => {
    if (!waiting || !id) return;
    return onArrival(repo, id, () => setAttempt((n) => n + 1));
  }, [waiting, repo, id]);

  // Connected to a relay that did not have it: ask again now and then, until it arrives.
  useEffect(() => {
    if (!waiting || !id || !relay) return;
    let timer: ReturnType<typeof setInterval> | undefined;
    const stop = () => {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
    };
    const ask = () => {
      const peer = relay.remotePeerId as PeerId | undefined;
      if (peer) requestAgain(repo, id, peer);
    };
    const follow = (connection: string) => {
      stop();
      if (connection !== "connected") return;
      // automerge-repo asks a newly connected peer itself; the handle may not exist yet.
      setAttempt((n) => n + 1);
      timer = setInterval(ask, REQUEST_AGAIN_MS);
    };
    if (relay.state === "connected") timer = setInterval(ask, REQUEST_AGAIN_MS);
    const unsubscribe = relay.onStateChange(follow);
    return () => {
      stop();
      unsubscribe();
    };
  }, [waiting, repo, relay, id]);

  return state;
}

/** Narrowing helper for views. */
export function readyHandle<T>(state: OpenState<T>): DocHandle<T> | undefined {
  return state.status === "ready" ? state.handle : undefined;
}
