import type { AtelierRecord, RecolteDb } from "./LocalDb";

/** What the caller knows when it adds an atelier; dates and offline state are kept by this module. */
export type AtelierEntry = Pick<AtelierRecord, "documentId" | "url" | "title" | "kind">;

/** This device's ateliers, most recently opened first. */
export function listAteliers(db: RecolteDb): Promise<AtelierRecord[]> {
  return db.ateliers.orderBy("lastOpenedAt").reverse().toArray();
}

/**
 * Adds an atelier, or updates its url/title/kind if the device already lists it (keeping when it
 * was added and whether it is ready offline). Marks it opened now.
 */
export async function upsertAtelier(
  db: RecolteDb,
  entry: AtelierEntry,
  now = Date.now(),
): Promise<void> {
  await db.transaction("rw", db.ateliers, async () => {
    const existing = await db.ateliers.get(entry.documentId);
    await db.ateliers.put({
      addedAt: existing?.addedAt ?? now,
      readyOffline: existing?.readyOffline ?? false,
      ...entry,
      lastOpenedAt: now,
    });
  });
}

/** Records that the atelier was opened now (and its current title, if given). */
export async function touchAtelier(
  db: RecolteDb,
  documentId: string,
  title?: string,
  now = Date.now(),
): Promise<void> {
  await db.ateliers.update(
    documentId,
    title === undefined ? { lastOpenedAt: now } : { lastOpenedAt: now, title },
  );
}

/** Whether every document of the atelier is stored locally (opening it offline works). */
export async function setReadyOffline(
  db: RecolteDb,
  documentId: string,
  ready: boolean,
): Promise<void> {
  await db.ateliers.update(documentId, { readyOffline: ready });
}

/** Removes the atelier from this device's list (its chunks: see `removeDocumentChunks`). */
export async function removeAtelier(db: RecolteDb, documentId: string): Promise<void> {
  await db.ateliers.delete(documentId);
}
