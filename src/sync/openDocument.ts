import { interpretAsDocumentId } from "@automerge/automerge-repo";
import type { AnyDocumentId, DocHandle, DocumentId, PeerId, Repo } from "@automerge/automerge-repo";
import { assessDocument, KIND_REGISTRY, runMigrationsInChange } from "../domain";
import type { DocKind, RegisteredKind } from "../domain";

/** Result of opening a document: ready (maybe read-only) or a reason it cannot be shown. */
export type OpenedDocument<T> =
  | { status: "ready"; handle: DocHandle<T>; readOnly: boolean; newerVersion?: number }
  | { status: "unavailable" }
  | { status: "foreign"; reason: string }
  /** Stored bytes failed to load; they were quarantined and a restart fetches the document again. */
  | { status: "corrupt"; reason: string };

export interface OpenOptions {
  /** Moves a document's stored bytes aside when they fail to load (storage's quarantine). */
  quarantine?: (documentId: DocumentId, reason: string) => Promise<unknown>;
}

function isUnavailable(error: unknown): boolean {
  return /unavailable/i.test(describe(error));
}

/**
 * `repo.find`, giving up after `ms` (null) without aborting it: a document still on its way keeps
 * arriving in the background, and nothing is left as an unhandled rejection.
 */
async function findWithin<T>(
  repo: Repo,
  id: AnyDocumentId,
  ms: number,
): Promise<DocHandle<T> | null> {
  const found = repo.find<T>(id);
  found.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([found, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** How long to wait for a document this device does not hold before saying it is not here yet. */
const FIND_TIMEOUT_MS = 8_000;

/**
 * Finds a document, checks it is the expected kind, runs pending migrations in one labelled change,
 * or opens it read-only when it was written by a newer version of the app.
 */
export async function openDocument<T>(
  repo: Repo,
  id: AnyDocumentId,
  kind: RegisteredKind & DocKind,
  options: OpenOptions = {},
): Promise<OpenedDocument<T>> {
  let handle: DocHandle<T> | null;
  try {
    handle = await findWithin<T>(repo, id, FIND_TIMEOUT_MS);
  } catch (error) {
    if (isUnavailable(error)) return { status: "unavailable" };
    // The stored bytes do not load. Keep them aside (never deleted): on the next start the
    // document is fetched afresh from a peer, as automerge-repo cannot reload a failed handle.
    const reason = describe(error);
    await options.quarantine?.(interpretAsDocumentId(id), reason);
    return { status: "corrupt", reason };
  }
  if (!handle) return { status: "unavailable" };
  const entry = KIND_REGISTRY[kind];
  const verdict = assessDocument(handle.doc(), kind, entry.version, entry.migrations);
  switch (verdict.status) {
    case "current":
      return { status: "ready", handle, readOnly: false };
    case "newer":
      return { status: "ready", handle, readOnly: true, newerVersion: verdict.version };
    case "foreign":
      return { status: "foreign", reason: verdict.reason };
    case "needs-migration": {
      const names = verdict.pending.map((migration) => migration.name).join(", ");
      handle.change((doc) => runMigrationsInChange<unknown>(doc, verdict.pending, entry.version), {
        message: `migrate: ${names}`,
      });
      return { status: "ready", handle, readOnly: false };
    }
  }
}

/**
 * Calls `onArrival` once when a document that was not here becomes ready: a sync from the relay
 * or a bundle import fills the same handle automerge-repo gave up on (its state goes from
 * « unavailable » to « ready » on the first change). Returns a function that stops listening.
 */
export function onArrival(repo: Repo, id: AnyDocumentId, onArrival: () => void): () => void {
  const handle = repo.handles[interpretAsDocumentId(id)];
  if (!handle) return () => undefined;
  let done = false;
  const check = () => {
    if (done || !handle.isReady()) return;
    done = true;
    handle.off("heads-changed", later);
    onArrival();
  };
  // `heads-changed` fires just before the handle switches to ready: look right after it.
  const later = () => queueMicrotask(check);
  handle.on("heads-changed", later);
  queueMicrotask(check);
  return () => {
    done = true;
    handle.off("heads-changed", later);
  };
}

/**
 * Asks a peer again for a document it said it did not have. automerge-repo asks each peer once,
 * when it connects; a document uploaded to the relay later (the person who shared the link came
 * online after this device asked) would otherwise never arrive until a reconnection. Restarting
 * the document's sync with that peer sends a fresh request. Returns false when there is nothing
 * to ask again (no such handle, or it is already here).
 */
export function requestAgain(repo: Repo, id: AnyDocumentId, peerId: PeerId): boolean {
  const documentId = interpretAsDocumentId(id);
  const handle = repo.handles[documentId];
  if (!handle || handle.isReady()) return false;
  const synchronizer = repo.synchronizer.docSynchronizers[documentId];
  if (!synchronizer) return false;
  synchronizer.endSync(peerId);
  void synchronizer.beginSync([peerId]);
  return true;
}
