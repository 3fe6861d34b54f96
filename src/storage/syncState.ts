import type { RecolteDb, SyncStateRecord } from "./LocalDb";

/** The relay's last persisted acknowledgement of a document, if any. */
export function getSyncState(
  db: RecolteDb,
  documentId: string,
): Promise<SyncStateRecord | undefined> {
  return db.syncState.get(documentId);
}

/** Persists the relay's acknowledgement (automerge-repo keeps sync info in memory only). */
export async function saveSyncState(db: RecolteDb, state: SyncStateRecord): Promise<void> {
  await db.syncState.put({ ...state, heads: [...state.heads] });
}
