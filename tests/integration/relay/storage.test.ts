/**
 * SafeFileStorage: automerge-repo's storage acceptance suite, path confinement, atomic writes,
 * bounded cache, quotas, and storage errors that never kill the relay.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { runStorageAdapterTests } from "@automerge/automerge-repo/helpers/tests/storage-adapter-tests.js";
import { afterEach, describe, expect, it } from "vitest";
import { nodeFsOps, type FsOps } from "../../../sync-server/src/storage/fsOps.js";
import {
  QuotaExceededError,
  SafeFileStorage,
} from "../../../sync-server/src/storage/SafeFileStorage.js";
import {
  connectClient,
  findOn,
  relayHolds,
  startRelay,
  tempDir,
  waitFor,
} from "../../helpers/relay.js";

const MIB = 1024 * 1024;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function open(options: Partial<Parameters<typeof SafeFileStorage.open>[0]> = {}) {
  const root = await tempDir("recolte-storage-");
  cleanups.push(() => fs.rm(root, { recursive: true, force: true }));
  const dataDir = path.join(root, "data");
  const storage = await SafeFileStorage.open({
    dataDir,
    cacheBytes: MIB,
    maxDocBytes: MIB,
    maxTotalBytes: 10 * MIB,
    ...options,
  });
  return { root, dataDir, storage };
}

/** Every file path under `dir`, recursively. */
async function listAll(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries.map((e) => path.join(e.parentPath, e.name)).sort();
}

runStorageAdapterTests(async () => {
  const { storage } = await open();
  return { adapter: storage };
}, "SafeFileStorage");

describe("SafeFileStorage hardening", () => {
  it("refuses keys that could leave DATA_DIR and creates nothing outside it", async () => {
    const { root, storage } = await open();
    const before = await listAll(root);
    const hostile: unknown[] = [
      ["..", "x"],
      ["../../etc", "passwd"],
      ["doc", "..", "..", "x"],
      ["docid", "snapshot", "../../../x"],
      ["doc/../../x"],
      ["doc\\..\\x"],
      ["doc\0x"],
      ["x".repeat(200)],
      [""],
      ["ab"],
      [],
      ["docid", "a", "b", "c", "d"],
      [42],
      "docid",
      ["/etc/passwd"],
      ["docid", "."],
    ];
    for (const key of hostile) {
      await expect(
        storage.save(key as string[], new Uint8Array([1])),
        JSON.stringify(key),
      ).rejects.toThrow();
      await expect(storage.load(key as string[])).rejects.toThrow();
      await expect(storage.loadRange(key as string[])).rejects.toThrow();
      await expect(storage.removeRange(key as string[])).rejects.toThrow();
    }
    expect(await listAll(root)).toEqual(before);
  });

  it("writes atomically: a failed write keeps the old value and leaves no temp file", async () => {
    let failNext = false;
    const faulty: FsOps = {
      ...nodeFsOps,
      async writeDurable(file, data) {
        if (!failNext) return nodeFsOps.writeDurable(file, data);
        await fs.writeFile(file, data.subarray(0, 2)); // a torn temp file…
        throw Object.assign(new Error("disk full"), { code: "ENOSPC" });
      },
    };
    const codes: string[] = [];
    const { dataDir, storage } = await open({ fs: faulty, onError: (code) => codes.push(code) });
    const key = ["docAAAAA", "snapshot", "hash1"];
    await storage.save(key, new Uint8Array([1, 2, 3, 4]));
    failNext = true;
    await expect(storage.save(key, new Uint8Array([9, 9, 9, 9, 9]))).rejects.toThrow("disk full");
    expect(codes).toEqual(["ENOSPC"]);
    expect((await listAll(dataDir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const fresh = await SafeFileStorage.open({
      dataDir,
      cacheBytes: 0,
      maxDocBytes: MIB,
      maxTotalBytes: MIB,
    });
    expect(await fresh.load(key)).toEqual(new Uint8Array([1, 2, 3, 4]));
  });

  it("removes temp files left by a crash when it opens", async () => {
    const { dataDir, storage } = await open();
    await storage.save(["docBBBBB", "incremental", "h1"], new Uint8Array([1]));
    const dir = path.join(dataDir, "do", "cBBBBB", "incremental");
    await fs.writeFile(path.join(dir, "h2.123-abc.tmp"), new Uint8Array([1]));
    await SafeFileStorage.open({ dataDir, cacheBytes: 0, maxDocBytes: MIB, maxTotalBytes: MIB });
    expect(await fs.readdir(dir)).toEqual(["h1"]);
  });

  it("bounds its in-memory cache in bytes", async () => {
    const { storage } = await open({ cacheBytes: 64 * 1024 });
    for (let i = 0; i < 100; i++) {
      await storage.save([`doc${i}xyz`, "snapshot", "h"], new Uint8Array(10 * 1024));
      expect(storage.stats().cachedBytes).toBeLessThanOrEqual(64 * 1024);
    }
    expect(storage.stats()).toMatchObject({ documents: 100, bytes: 100 * 10 * 1024 });
  });

  it("enforces per-document and total quotas, allowing compaction", async () => {
    const refusals: string[] = [];
    const { storage } = await open({
      maxDocBytes: 1000,
      maxTotalBytes: 2500,
      onQuota: (k) => refusals.push(k),
    });
    await storage.save(["docCCCCC", "incremental", "a"], new Uint8Array(600));
    await expect(
      storage.save(["docCCCCC", "incremental", "b"], new Uint8Array(600)),
    ).rejects.toBeInstanceOf(QuotaExceededError);
    // A snapshot replaces the chunks: judged on its own size.
    await storage.save(["docCCCCC", "snapshot", "s"], new Uint8Array(900));
    await storage.remove(["docCCCCC", "incremental", "a"]);
    await storage.save(["docDDDDD", "snapshot", "s"], new Uint8Array(900));
    await expect(storage.save(["docEEEEE", "snapshot", "s"], new Uint8Array(900))).rejects.toThrow(
      /total/,
    );
    expect(refusals).toEqual(["document", "total"]);
    expect(storage.admit("docCCCCC", 200)).toBe("document");
    expect(storage.admit("docFFFFF", 800)).toBe("total");
    expect(storage.admit("docFFFFF", 10)).toBe("ok");
  });
});

describe("relay storage failures and quotas", () => {
  it("logs and counts EACCES, stays up, and saves the document once the disk recovers", async () => {
    let broken = true;
    const faulty: FsOps = {
      ...nodeFsOps,
      writeDurable: async (file, data) => {
        // The relay's own storage id is written at start; fail only the documents' chunks.
        if (broken && !file.includes(path.join("st", "orage-adapter-id"))) {
          throw Object.assign(new Error("permission denied"), { code: "EACCES" });
        }
        return nodeFsOps.writeDurable(file, data);
      },
    };
    const relay = await startRelay({ fs: faulty });
    cleanups.push(() => relay.close());
    const a = connectClient(relay.url);
    cleanups.push(() => a.shutdown());
    const handle = a.create({ title: "x" });
    await waitFor(async () =>
      (await relay.metrics.storageErrors.get()).values.some(
        (v) => v.labels.code === "EACCES" && v.value > 0,
      ),
    );
    expect(relay.storage.has(handle.documentId)).toBe(false);
    broken = false;
    await relayHolds(relay, handle.documentId, 15_000);
  });

  it("fails to start with a clear error when DATA_DIR is not writable", async () => {
    const denied: FsOps = {
      ...nodeFsOps,
      writeDurable: async () => {
        throw Object.assign(new Error("permission denied"), { code: "EACCES" });
      },
    };
    await expect(startRelay({ fs: denied })).rejects.toThrow(
      /DATA_DIR .* is not usable \(EACCES\)/,
    );
  });

  it("refuses a document over MAX_DOC_BYTES with a clear refusal, and keeps the connection", async () => {
    const relay = await startRelay({ limits: { maxDocBytes: 4096 } });
    cleanups.push(() => relay.close());
    const a = connectClient(relay.url);
    cleanups.push(() => a.shutdown());
    const big = a.create({
      blob: "x"
        .repeat(50_000)
        .replace(/x/g, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))),
    });
    await waitFor(async () =>
      (await relay.metrics.quotaRefusals.get()).values.some(
        (v) => v.labels.kind === "document" && v.value > 0,
      ),
    );
    const small = a.create({ title: "petit" });
    await relayHolds(relay, small.documentId);
    expect(relay.storage.has(big.documentId)).toBe(false);
    const b = connectClient(relay.url);
    cleanups.push(() => b.shutdown());
    expect((await findOn<{ title: string }>(b, small.url)).doc().title).toBe("petit");
  });
});
