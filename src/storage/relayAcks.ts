import type { RecolteDb, SyncStateRecord } from "./LocalDb";

/**
 * Every relay's acknowledgement of a document (the connected relay and, through a field relay,
 * the central one), plus the legacy single row of `syncState` written before version 3.
 */
export async function loadRelayAcks(db: RecolteDb, documentId: string): Promise<SyncStateRecord[]> {
  const [rows, legacy] = await Promise.all([
    db.relayAcks.where("documentId").equals(documentId).toArray(),
    db.syncState.get(documentId),
  ]);
  if (legacy && !rows.some((r) => r.relayStorageId === legacy.relayStorageId)) rows.push(legacy);
  return rows;
}

export async function saveRelayAck(db: RecolteDb, ack: SyncStateRecord): Promise<void> {
  await db.relayAcks.put({ ...ack, heads: [...ack.heads] });
}

/** A device-local value in the `meta` table (checked by the caller on read). */
export async function getMeta(db: RecolteDb, key: string): Promise<unknown> {
  return (await db.meta.get(key))?.value;
}

export async function setMeta(db: RecolteDb, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}
