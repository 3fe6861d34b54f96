import type { DBCore, DBCoreTable } from "dexie";
import {
  DexieStorageAdapter,
  type DexieStorageAdapterOptions,
  type StorageErrorEvent,
} from "../../../src/storage/DexieStorageAdapter";
import { RecolteDb } from "../../../src/storage/LocalDb";

let counter = 0;

/** A database name no other test uses (fake-indexeddb and Chromium keep databases per origin). */
export function freshDbName(label = "test"): string {
  return `recolte-${label}-${Date.now().toString(36)}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Counts readwrite transactions touching `chunks`. Install before the database is first used. */
export function countChunkWrites(db: RecolteDb): { readonly count: number } {
  const counted = { count: 0 };
  db.use({
    stack: "dbcore",
    name: "count-chunk-writes",
    create: (down: DBCore): Partial<DBCore> => ({
      ...down,
      transaction: (stores, mode, options) => {
        if (mode === "readwrite" && stores.includes("chunks")) counted.count += 1;
        return down.transaction(stores, mode, options);
      },
    }),
  });
  return counted;
}

/** The error a browser raises when the origin is out of quota. */
export const quotaError = (): DOMException =>
  new DOMException("The quota has been exceeded.", "QuotaExceededError");

/**
 * Makes writes to `chunks` fail while `failing` is true, the way a full disk does: the mutation
 * rejects and the transaction aborts. Install before the database is first used.
 */
export function failingChunkWrites(
  db: RecolteDb,
  makeError: () => unknown = quotaError,
): { failing: boolean } {
  const control = { failing: false };
  db.use({
    stack: "dbcore",
    name: "failing-chunk-writes",
    create: (down: DBCore): Partial<DBCore> => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        if (name !== "chunks") return table;
        return {
          ...table,
          mutate: (req) => (control.failing ? Promise.reject(makeError()) : table.mutate(req)),
        };
      },
    }),
  });
  return control;
}

/**
 * Closes and deletes a test database. Raw `deleteDatabase`, not `db.delete()`: Chromium fires
 * "blocked" while a just-closed connection finishes closing, and Dexie warns about it although
 * the deletion then proceeds.
 */
export async function dropDatabase(db: RecolteDb): Promise<void> {
  db.close();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(db.name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`cannot delete ${db.name}`));
  });
}

/** An adapter on a fresh database plus the events it emitted; `close()` flushes and deletes it. */
export function openAdapter<T = undefined>(
  label: string,
  options: DexieStorageAdapterOptions = {},
  /** Runs before the database opens (install middleware here); its result is returned as `hook`. */
  setup?: (db: RecolteDb) => T,
) {
  const db = new RecolteDb(freshDbName(label));
  const hook = setup?.(db) as T;
  const adapter = new DexieStorageAdapter(db, options);
  const events: StorageErrorEvent[] = [];
  adapter.onStorageError((event) => events.push(event));
  const close = async () => {
    adapter.dispose();
    await dropDatabase(db);
  };
  return { db, adapter, events, close, hook };
}

/** Bytes that identify a test chunk. */
export const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
