import type { Collection } from "dexie";
import type { KeyRange } from "./chunkKeys";
import type { ChunkRow, RecolteDb } from "./LocalDb";
import type { WriteOp } from "./PendingWrites";

/** The chunk rows of a key range, as a Dexie collection. */
export function chunksIn(db: RecolteDb, range: KeyRange): Collection<ChunkRow, string> {
  return db.chunks.where("id").between(range.lower, range.upper, true, false);
}

/**
 * Writes a batch of ops in ONE readwrite transaction, in order (a removeRange followed by a save
 * in the same range must keep the save). Consecutive puts go in one `bulkPut`. Resolves once
 * committed and returns, per quarantine op, the number of chunks it moved.
 */
export async function applyBatch(
  db: RecolteDb,
  ops: readonly WriteOp[],
): Promise<Map<WriteOp, number>> {
  const moved = new Map<WriteOp, number>();
  await db.transaction("rw", db.chunks, db.quarantine, async () => {
    let puts = new Map<string, ChunkRow>();
    const writePuts = async () => {
      if (puts.size === 0) return;
      const rows = [...puts.values()];
      puts = new Map();
      await db.chunks.bulkPut(rows);
    };
    for (const op of ops) {
      if (op.type === "put") {
        // Re-insert so the map keeps the last save of a key and the order of saves.
        puts.delete(op.row.id);
        puts.set(op.row.id, op.row);
        continue;
      }
      await writePuts();
      if (op.type === "delete") await db.chunks.delete(op.id);
      else if (op.type === "deleteRange") await chunksIn(db, op.range).delete();
      else {
        // Save order, so a later replay of the quarantined bytes applies them as they came.
        const rows = (await chunksIn(db, op.range).toArray()).sort((a, b) => a.seq - b.seq);
        await db.quarantine.bulkAdd(
          rows.map((row) => ({
            documentId: op.documentId,
            key: row.key,
            data: row.data,
            reason: op.reason,
            at: op.at,
          })),
        );
        await chunksIn(db, op.range).delete();
        moved.set(op, rows.length);
      }
    }
    await writePuts();
  });
  return moved;
}
