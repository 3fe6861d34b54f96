import { chunksIn } from "./applyBatch";
import { writersOf } from "./adapterRegistry";
import { prefixRange } from "./chunkKeys";
import type { RecolteDb } from "./LocalDb";

/**
 * « Retirer cet atelier de cet appareil »: erases the local chunks, cached views and relay acknowledgements of
 * these documents. Queued writes of this page's adapters are cancelled first, so they cannot land
 * afterwards. Quarantined bytes are left alone (they are never deleted automatically).
 * Copies on other devices and on the relay are untouched.
 */
export async function removeDocumentChunks(
  db: RecolteDb,
  documentIds: readonly string[],
): Promise<void> {
  for (const writer of writersOf(db)) {
    for (const documentId of documentIds) await writer.removeRange([documentId]);
    await writer.flush();
  }
  await db.transaction("rw", db.chunks, db.syncState, db.viewCache, async () => {
    for (const documentId of documentIds) {
      await chunksIn(db, prefixRange([documentId])).delete();
      await db.syncState.delete(documentId);
      await db.viewCache.delete(documentId);
    }
  });
}
