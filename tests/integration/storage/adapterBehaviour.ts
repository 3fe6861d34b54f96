import Dexie from "dexie";
import { afterEach, describe, expect, it } from "vitest";
import { encodeKey } from "../../../src/storage/chunkKeys";
import { waitFor } from "../../helpers/waitFor";
import { bytes, countChunkWrites, failingChunkWrites, openAdapter } from "./storageFixtures";

/**
 * Behaviour of DexieStorageAdapter beyond automerge-repo's acceptance suite, run under
 * fake-indexeddb (node) and in real Chromium with the same code.
 */
export function describeAdapterBehaviour(environment: string): void {
  describe(`DexieStorageAdapter behaviour (${environment})`, () => {
    const opened: (() => Promise<void>)[] = [];
    const open: typeof openAdapter = (...args) => {
      const result = openAdapter(...args);
      opened.push(result.close);
      return result;
    };
    afterEach(async () => {
      for (const close of opened.splice(0)) await close();
    });

    it("loadRange keeps save order, from memory, from IndexedDB and mixed", async () => {
      const { adapter } = open("order");
      const keys = [
        ["doc", "incremental", "zz"],
        ["doc", "snapshot", "mm"],
        ["doc", "incremental", "aa"],
      ];
      for (const [i, key] of keys.entries()) await adapter.save(key, bytes(i));
      const expected = keys.map((key, i) => ({ key, data: bytes(i) }));
      expect(await adapter.loadRange(["doc"])).toStrictEqual(expected);
      await adapter.flush();
      expect(adapter.pendingWrites()).toBe(0);
      expect(await adapter.loadRange(["doc"])).toStrictEqual(expected);
      await adapter.save(["doc", "incremental", "00"], bytes(9));
      expect(await adapter.loadRange(["doc"])).toStrictEqual([
        ...expected,
        { key: ["doc", "incremental", "00"], data: bytes(9) },
      ]);
    });

    it("keeps prefixes exact and accepts any characters in key parts", async () => {
      const { adapter } = open("prefix");
      const odd = ["A", "x\u0000y", "\u0001\uffff"];
      await adapter.save(["A"], bytes(1));
      await adapter.save(odd, bytes(2));
      await adapter.save(["AB", "x"], bytes(3));
      await adapter.save(["A\u0000x"], bytes(4));
      await adapter.flush();
      expect(await adapter.loadRange(["A"])).toStrictEqual([
        { key: ["A"], data: bytes(1) },
        { key: odd, data: bytes(2) },
      ]);
      expect(await adapter.load(odd)).toStrictEqual(bytes(2));
      expect(await adapter.load(["A", "x"])).toBeUndefined();
      expect((await adapter.loadRange([])).length).toBe(4);
    });

    it("coalesces saves within the window into one transaction; reads see them at once", async () => {
      const {
        adapter,
        db,
        hook: writes,
      } = open("coalesce", { batchWindowMs: 200, idleWriteDelayMs: 200 }, countChunkWrites);
      for (let i = 0; i < 25; i++) await adapter.save(["doc", "incremental", `h${i}`], bytes(i));
      await adapter.remove(["doc", "incremental", "h3"]);
      expect(await adapter.load(["doc", "incremental", "h7"])).toStrictEqual(bytes(7));
      expect((await adapter.loadRange(["doc"])).length).toBe(24);
      expect(writes.count).toBe(0);
      await waitFor(() => adapter.pendingWrites() === 0, { message: "the batch to commit" });
      expect(writes.count).toBe(1);
      expect(await db.chunks.count()).toBe(24);
    });

    it("writes an isolated save at once, without waiting for the batch window", async () => {
      const { adapter, db } = open("idle-save", { batchWindowMs: 60_000 });
      await adapter.save(["doc", "snapshot", "s"], bytes(1));
      await waitFor(async () => (await db.chunks.count()) === 1, { message: "the idle save" });
      // A burst right after shares the next window instead of one transaction per save.
      await adapter.save(["doc", "incremental", "a"], bytes(2));
      await adapter.save(["doc", "incremental", "b"], bytes(3));
      expect(adapter.pendingWrites()).toBe(2);
    });

    it("flush() writes at once and waits for the transaction", async () => {
      const { adapter, db } = open("flush", { batchWindowMs: 60_000, idleWriteDelayMs: 60_000 });
      await adapter.save(["doc", "snapshot", "s"], bytes(5));
      expect(await db.chunks.count()).toBe(0);
      await adapter.flush();
      expect(adapter.pendingWrites()).toBe(0);
      expect((await db.chunks.toArray()).map((row) => row.key)).toStrictEqual([
        ["doc", "snapshot", "s"],
      ]);
    });

    it("a save after removeRange in the same batch survives it", async () => {
      const { adapter } = open("remove-then-save", {
        batchWindowMs: 60_000,
        idleWriteDelayMs: 60_000,
      });
      await adapter.save(["doc", "incremental", "a"], bytes(1));
      await adapter.flush();
      await adapter.save(["doc", "incremental", "b"], bytes(2));
      await adapter.removeRange(["doc"]);
      await adapter.save(["doc", "snapshot", "c"], bytes(3));
      const expected = [{ key: ["doc", "snapshot", "c"], data: bytes(3) }];
      expect(await adapter.loadRange(["doc"])).toStrictEqual(expected);
      expect(await adapter.load(["doc", "incremental", "a"])).toBeUndefined();
      await adapter.flush();
      expect(await adapter.loadRange(["doc"])).toStrictEqual(expected);
    });

    it("a quota failure never rejects, keeps the bytes readable, retries and recovers", async () => {
      const quota = open("quota", { batchWindowMs: 10, initialRetryMs: 20 }, failingChunkWrites);
      const { adapter, db, events, hook: control } = quota;
      control.failing = true;
      await expect(adapter.save(["doc", "incremental", "q"], bytes(42))).resolves.toBeUndefined();
      await expect(adapter.flush()).resolves.toBeUndefined();
      const failed = await waitFor(() => events.find((event) => event.type === "write-failed"));
      expect(failed.error).toContain("QuotaExceededError");
      expect(failed.key).toStrictEqual(["doc", "incremental", "q"]);
      expect(adapter.pendingWrites()).toBe(1);
      expect(await adapter.load(["doc", "incremental", "q"])).toStrictEqual(bytes(42));
      expect(await adapter.loadRange(["doc"])).toStrictEqual([
        { key: ["doc", "incremental", "q"], data: bytes(42) },
      ]);
      expect(await db.chunks.count()).toBe(0);

      control.failing = false;
      await waitFor(() => events.some((event) => event.type === "recovered"), {
        message: "recovery",
      });
      expect(adapter.pendingWrites()).toBe(0);
      expect((await db.chunks.get(encodeKey(["doc", "incremental", "q"])))?.data).toStrictEqual(
        bytes(42),
      );
      expect(await adapter.load(["doc", "incremental", "q"])).toStrictEqual(bytes(42));
    });

    it("writes after the database was closed (storage gone) reopen it, or wait in memory", async () => {
      const { adapter, db, events } = open("closed", { batchWindowMs: 10, initialRetryMs: 20 });
      await adapter.save(["doc", "snapshot", "1"], bytes(1));
      await adapter.flush();
      db.close();
      const realOpen = db.open.bind(db);
      let refuse = true;
      db.open = () => (refuse ? Dexie.Promise.reject(new Error("storage gone")) : realOpen());
      await adapter.save(["doc", "snapshot", "2"], bytes(2));
      await adapter.flush();
      await waitFor(() => events.some((event) => event.type === "write-failed"));
      expect(await adapter.load(["doc", "snapshot", "2"])).toStrictEqual(bytes(2));
      refuse = false;
      await waitFor(() => events.some((event) => event.type === "recovered"), {
        message: "recovery",
      });
      expect(await db.chunks.count()).toBe(2);
    });

    it("quarantineDocument moves every chunk of the document aside, queued ones included", async () => {
      const { adapter, db } = open("quarantine", {
        batchWindowMs: 60_000,
        idleWriteDelayMs: 60_000,
      });
      await adapter.save(["bad", "snapshot", "s"], bytes(1));
      await adapter.save(["good", "snapshot", "s"], bytes(2));
      await adapter.flush();
      await adapter.save(["bad", "incremental", "i"], bytes(3));
      const moving = adapter.quarantineDocument("bad", "load failed: corrupt chunk");
      expect(await adapter.loadRange(["bad"])).toStrictEqual([]);
      await adapter.save(["bad", "incremental", "fresh"], bytes(4));
      expect(await moving).toBe(2);
      await adapter.flush();
      const kept = await db.quarantine.toArray();
      expect(
        kept.map(({ documentId, key, data, reason }) => ({ documentId, key, data, reason })),
      ).toStrictEqual([
        {
          documentId: "bad",
          key: ["bad", "snapshot", "s"],
          data: bytes(1),
          reason: "load failed: corrupt chunk",
        },
        {
          documentId: "bad",
          key: ["bad", "incremental", "i"],
          data: bytes(3),
          reason: "load failed: corrupt chunk",
        },
      ]);
      expect(await adapter.loadRange(["bad"])).toStrictEqual([
        { key: ["bad", "incremental", "fresh"], data: bytes(4) },
      ]);
      expect(await adapter.load(["good", "snapshot", "s"])).toStrictEqual(bytes(2));
    });
  });
}
