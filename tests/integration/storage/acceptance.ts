import { describe } from "vitest";
import { runStorageAdapterTests } from "@automerge/automerge-repo/helpers/tests/storage-adapter-tests.js";
import type { StorageAdapterInterface } from "@automerge/automerge-repo/slim";
import { DexieStorageAdapter } from "../../../src/storage/DexieStorageAdapter";
import { dropDatabase, freshDbName } from "./storageFixtures";

/**
 * automerge-repo's own storage acceptance suite, twice: through the batching queue (reads answered
 * from memory), and with every call flushed first, so IndexedDB itself answers each read.
 * `runStorageAdapterTests` registers a `beforeEach` in the current scope: one describe per setup.
 */
export function describeAcceptance(environment: string): void {
  describe(`batched (${environment})`, () =>
    runStorageAdapterTests(async () => {
      const adapter = new DexieStorageAdapter(freshDbName("acceptance"));
      return {
        adapter,
        teardown: async () => {
          await adapter.flush();
          adapter.dispose();
          await dropDatabase(adapter.db);
        },
      };
    }, `DexieStorageAdapter, batched, ${environment}`));

  describe(`flushed (${environment})`, () =>
    runStorageAdapterTests(async () => {
      const adapter = new DexieStorageAdapter(freshDbName("acceptance"), { batchWindowMs: 0 });
      return {
        adapter: flushingEveryCall(adapter),
        teardown: async () => {
          adapter.dispose();
          await dropDatabase(adapter.db);
        },
      };
    }, `DexieStorageAdapter, flushed to ${environment}`));
}

function flushingEveryCall(adapter: DexieStorageAdapter): StorageAdapterInterface {
  return {
    load: async (key) => (await adapter.flush(), adapter.load(key)),
    loadRange: async (prefix) => (await adapter.flush(), adapter.loadRange(prefix)),
    save: async (key, data) => (await adapter.save(key, data), adapter.flush()),
    remove: async (key) => (await adapter.remove(key), adapter.flush()),
    removeRange: async (prefix) => (await adapter.removeRange(prefix), adapter.flush()),
  };
}
