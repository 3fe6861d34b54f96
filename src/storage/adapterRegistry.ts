import type { StorageKey } from "@automerge/automerge-repo/slim";
import type { RecolteDb } from "./LocalDb";

/** What other storage modules may ask of the adapters writing to a database. */
export interface ChunkWriter {
  removeRange(keyPrefix: StorageKey): Promise<void>;
  flush(): Promise<void>;
}

/**
 * Adapters bound to each database. Erasing a document straight in IndexedDB is not enough while an
 * adapter still holds queued writes for it: they would land afterwards and bring it back.
 */
const writers = new WeakMap<RecolteDb, Set<ChunkWriter>>();

export function registerAdapter(db: RecolteDb, writer: ChunkWriter): void {
  const set = writers.get(db) ?? new Set<ChunkWriter>();
  set.add(writer);
  writers.set(db, set);
}

export function unregisterAdapter(db: RecolteDb, writer: ChunkWriter): void {
  writers.get(db)?.delete(writer);
}

/** The adapters writing to `db` in this page. */
export function writersOf(db: RecolteDb): ChunkWriter[] {
  return [...(writers.get(db) ?? [])];
}
