/**
 * Keeps storage failures from becoming unhandled rejections inside automerge-repo.
 *
 * The Repo saves documents from a fire-and-forget throttle (`void save()`), so a failing write
 * (disk full, permission, quota) would surface as an unhandled rejection. We wrap the Repo's
 * storage subsystem methods instead: a failed document save is retried later with back-off (the
 * subsystem only records a chunk as saved after the adapter succeeded, so the retry writes what
 * is missing); a failed sync-state save is dropped (it is an optimisation, rebuilt on next sync).
 * The failure itself was already logged and counted by SafeFileStorage.
 */
import type { DocumentId, Repo } from "@automerge/automerge-repo";
import type { Logger } from "pino";
import { QuotaExceededError } from "./SafeFileStorage.js";

const RETRY_MS = [1000, 5000, 15_000, 60_000];

/** Installs the guard; returns a function that cancels pending retries. */
export function guardRepoStorage(repo: Repo, logger: Logger): () => void {
  const subsystem = repo.storageSubsystem;
  if (!subsystem) return () => undefined;
  const saveDoc = subsystem.saveDoc.bind(subsystem);
  const saveSyncState = subsystem.saveSyncState.bind(subsystem);
  const retries = new Map<DocumentId, { timer: NodeJS.Timeout; attempt: number }>();

  const schedule = (documentId: DocumentId): void => {
    const attempt = (retries.get(documentId)?.attempt ?? -1) + 1;
    const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)] ?? 60_000;
    const timer = setTimeout(() => {
      const handle = repo.handles[documentId];
      if (handle?.isReady()) void subsystem.saveDoc(documentId, handle.doc());
    }, delay);
    timer.unref();
    retries.set(documentId, { timer, attempt });
  };

  subsystem.saveDoc = async (documentId, doc) => {
    try {
      const startedAt = Date.now();
      await saveDoc(documentId, doc);
      // Tests read this line to know what is on disk (startedAt: the save covers changes before it).
      logger.debug({ documentId, startedAt }, "document saved");
      const pending = retries.get(documentId);
      if (pending) {
        clearTimeout(pending.timer);
        retries.delete(documentId);
        logger.info({ documentId }, "document saved after an earlier storage failure");
      }
    } catch (error) {
      // A quota refusal will not go away by retrying; anything else (EACCES, ENOSPC) may.
      if (error instanceof QuotaExceededError) return;
      logger.warn({ documentId }, "document save failed; will retry");
      clearTimeout(retries.get(documentId)?.timer);
      schedule(documentId);
    }
  };
  subsystem.saveSyncState = async (documentId, storageId, state) => {
    try {
      await saveSyncState(documentId, storageId, state);
    } catch {
      // logged and counted by the adapter; sync state is rebuilt by the next sync
    }
  };
  return () => {
    for (const { timer } of retries.values()) clearTimeout(timer);
    retries.clear();
  };
}
