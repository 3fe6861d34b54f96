import "fake-indexeddb/auto";
import { describe } from "vitest";
import { runStorageAdapterTests } from "@automerge/automerge-repo/helpers/tests/storage-adapter-tests.js";
import { DexieStorageAdapter } from "../../../src/storage/DexieStorageAdapter";
import { RecolteDb } from "../../../src/storage/LocalDb";

let counter = 0;
const freshName = () => `recolte-acceptance-${process.pid}-${++counter}`;

// runStorageAdapterTests registers a beforeEach in the current scope: one describe per setup.

// The default batch window: reads must see queued saves at once (read-your-writes).
describe("batched", () =>
  runStorageAdapterTests(async () => {
    const adapter = new DexieStorageAdapter(freshName());
    return {
      adapter,
      teardown: async () => {
        await adapter.flush();
        adapter.dispose();
        await adapter.db.delete();
      },
    };
  }, "DexieStorageAdapter, batched, fake-indexeddb"));

// Every save written before the next read: the same suite against IndexedDB itself.
describe("flushed", () =>
  runStorageAdapterTests(async () => {
    const db = new RecolteDb(freshName());
    const adapter = new DexieStorageAdapter(db, { batchWindowMs: 0 });
    const flushing: StorageAdapterLike = {
      load: async (key) => (await adapter.flush(), adapter.load(key)),
      loadRange: async (prefix) => (await adapter.flush(), adapter.loadRange(prefix)),
      save: async (key, data) => (await adapter.save(key, data), adapter.flush()),
      remove: async (key) => (await adapter.remove(key), adapter.flush()),
      removeRange: async (prefix) => (await adapter.removeRange(prefix), adapter.flush()),
    };
    return {
      adapter: flushing,
      teardown: async () => {
        adapter.dispose();
        await db.delete();
      },
    };
  }, "DexieStorageAdapter, flushed to fake-indexeddb"));

type StorageAdapterLike = Pick<
  DexieStorageAdapter,
  "load" | "loadRange" | "save" | "remove" | "removeRange"
>;
