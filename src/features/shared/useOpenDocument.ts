import { useEffect, useState } from "react";
import type { AnyDocumentId, DocHandle } from "@automerge/automerge-repo";
import { openDocument } from "../../sync/openDocument";
import type { OpenedDocument } from "../../sync/openDocument";
import { useServices } from "../../app/AppServices";

type Kind = Parameters<typeof openDocument>[2];

/** Open state of a document as a view sees it. */
export type OpenState<T> = { status: "loading" } | OpenedDocument<T>;

/**
 * Opens a document by id and keeps trying while it is unavailable: when the relay (re)connects the
 * document may arrive, so the view moves from « en attente de synchronisation » to the content
 * without a reload.
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

  useEffect(() => {
    if (state.status !== "unavailable" || !relay) return;
    return relay.onStateChange((connection) => {
      if (connection === "connected") setAttempt((n) => n + 1);
    });
  }, [state.status, relay]);

  return state;
}

/** Narrowing helper for views. */
export function readyHandle<T>(state: OpenState<T>): DocHandle<T> | undefined {
  return state.status === "ready" ? state.handle : undefined;
}
