import type { RecolteDb, ViewCacheRecord } from "./LocalDb";

/** The cached view of a document, if any (never throws: a cache miss is not an error). */
export async function loadCachedView(
  db: RecolteDb,
  documentId: string,
): Promise<ViewCacheRecord | undefined> {
  try {
    return await db.viewCache.get(documentId);
  } catch {
    return undefined;
  }
}

/** Stores a document's rendered view (structured-cloneable plain data). */
export async function saveCachedView(db: RecolteDb, record: ViewCacheRecord): Promise<void> {
  await db.viewCache.put(record);
}

/** Forgets cached views (« Retirer cet atelier de cet appareil »). */
export async function removeCachedViews(db: RecolteDb, documentIds: string[]): Promise<void> {
  await db.viewCache.bulkDelete(documentIds);
}
