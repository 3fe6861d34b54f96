import type { DocHandle, DocumentId, Repo } from "@automerge/automerge-repo";

/**
 * The handle of a document this device already holds (in memory or in its storage), loaded; or
 * `undefined` when it holds none. Never waits on the network: a bundle is for when there is none.
 */
export async function heldHandle(
  repo: Repo,
  documentId: DocumentId,
): Promise<DocHandle<unknown> | undefined> {
  const cached = repo.handles[documentId];
  if (cached?.state === "loading") {
    // Being read from storage right now: let it finish, or an import could be overwritten by it.
    await cached.whenReady(["ready", "requesting", "unavailable"]).catch(() => undefined);
  }
  if (cached?.isReady()) return cached as DocHandle<unknown>;
  if (cached) return undefined; // requesting / unavailable: asked for, never received
  // Not in memory: look in this device's storage only (repo.find would also ask the relay).
  const stored = await repo.storageSubsystem?.loadDocData(documentId);
  if (!stored) return undefined;
  return repo.find<unknown>(documentId);
}
