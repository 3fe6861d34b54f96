import "fake-indexeddb/auto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DexieStorageAdapter } from "../../../src/storage/DexieStorageAdapter";
import { bytes, dropDatabase, failingChunkWrites, openAdapter } from "./storageFixtures";

/** What the adapter must behave like: a map in save order (an overwrite moves a key last). */
class ModelStorage {
  #rows = new Map<string, { key: string[]; data: Uint8Array }>();
  save(key: string[], data: Uint8Array) {
    this.#rows.delete(JSON.stringify(key));
    this.#rows.set(JSON.stringify(key), { key, data });
  }
  remove(key: string[]) {
    this.#rows.delete(JSON.stringify(key));
  }
  removeRange(prefix: string[]) {
    for (const row of this.loadRange(prefix)) this.remove(row.key);
  }
  load(key: string[]) {
    return this.#rows.get(JSON.stringify(key))?.data;
  }
  loadRange(prefix: string[]) {
    return [...this.#rows.values()].filter((row) => prefix.every((part, i) => row.key[i] === part));
  }
}

const part = fc.constantFrom("a", "b", "ab");
const key = fc.array(part, { minLength: 1, maxLength: 3 });
const command = fc.oneof(
  fc.record({ type: fc.constant("save" as const), key, value: fc.nat(255) }),
  fc.record({ type: fc.constant("remove" as const), key }),
  fc.record({ type: fc.constant("removeRange" as const), key: fc.array(part, { maxLength: 2 }) }),
  fc.record({ type: fc.constant("flush" as const) }),
  fc.record({ type: fc.constant("failing" as const), on: fc.boolean() }),
  fc.record({ type: fc.constant("check" as const), key: fc.array(part, { maxLength: 3 }) }),
);

describe("DexieStorageAdapter against a model", () => {
  it("reads always match the model, whatever the batching and write failures; IndexedDB ends equal", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(command, { minLength: 5, maxLength: 60, size: "medium" }),
        async (commands) => {
          // Long windows and retries: only `flush` writes, so the test decides when batches run.
          const opened = openAdapter(
            "model",
            { batchWindowMs: 60_000, idleWriteDelayMs: 60_000, initialRetryMs: 60_000 },
            failingChunkWrites,
          );
          const { adapter, db, hook: control } = opened;
          const model = new ModelStorage();
          try {
            for (const c of commands) {
              if (c.type === "save") {
                await adapter.save(c.key, bytes(c.value));
                model.save(c.key, bytes(c.value));
              } else if (c.type === "remove") {
                await adapter.remove(c.key);
                model.remove(c.key);
              } else if (c.type === "removeRange") {
                await adapter.removeRange(c.key);
                model.removeRange(c.key);
              } else if (c.type === "flush") await adapter.flush();
              else if (c.type === "failing") control.failing = c.on;
              else {
                expect(await adapter.loadRange(c.key)).toStrictEqual(model.loadRange(c.key));
                expect(await adapter.load(c.key)).toStrictEqual(model.load(c.key));
              }
            }
            control.failing = false;
            await adapter.flush();
            expect(adapter.pendingWrites()).toBe(0);
            const reopened = new DexieStorageAdapter(db);
            expect(await reopened.loadRange([])).toStrictEqual(model.loadRange([]));
            reopened.dispose();
          } finally {
            adapter.dispose();
            await dropDatabase(db);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
