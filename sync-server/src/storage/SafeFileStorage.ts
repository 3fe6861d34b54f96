/**
 * The relay's storage: automerge-repo's Node file storage semantics, hardened.
 *
 * - Every key is validated and every path confined to DATA_DIR by resolved path (see keys.ts).
 * - Writes are atomic: temp file in the target directory, fsync, rename — a crash leaves either
 *   the old file or the new one, never a torn one (leftover temp files are removed at start).
 * - The in-memory cache is an LRU bounded in bytes.
 * - Quotas: a document's stored chunks may not exceed `maxDocBytes`, nor DATA_DIR `maxTotalBytes`.
 *   A write over quota throws {@link QuotaExceededError} (nothing is written); the network layer
 *   asks {@link SafeFileStorage.admit} first so peers get a clear refusal before that happens.
 * - Failures (EACCES, ENOSPC, …) are logged and counted through `onError`, then thrown so that
 *   automerge-repo does not record the chunk as saved and retries it on the next save.
 */
import path from "node:path";
import type { Chunk, StorageAdapterInterface, StorageKey } from "@automerge/automerge-repo";
import type { Logger } from "pino";
import type { QuotaVerdict } from "../network/RelayNetworkAdapter.js";
import { errorCode, nodeFsOps, type FsOps } from "./fsOps.js";
import { checkKey, keyFromRelative, keyPath, keyString, MAX_KEY_PARTS } from "./keys.js";
import { LruBytes } from "./LruBytes.js";
import { listFiles, scanDataDir } from "./scan.js";

export interface SafeFileStorageOptions {
  /** Absolute or relative; resolved and created if missing. */
  dataDir: string;
  cacheBytes: number;
  maxDocBytes: number;
  maxTotalBytes: number;
  logger?: Logger;
  /** Called for every failed file operation, with the error code (metrics). */
  onError?: (code: string) => void;
  /** Called for every write refused by a quota. */
  onQuota?: (kind: "document" | "total") => void;
  fs?: FsOps;
}

/** A write refused because it would exceed a quota. */
export class QuotaExceededError extends Error {
  override name = "QuotaExceededError";
  readonly code = "EQUOTA";
  constructor(readonly kind: "document" | "total") {
    super(`storage quota exceeded (${kind})`);
  }
}

/** Namespaces whose chunks make up a document's content (sync states do not count). */
const CONTENT = new Set(["snapshot", "incremental"]);

export class SafeFileStorage implements StorageAdapterInterface {
  readonly dataDir: string;
  readonly #opts: SafeFileStorageOptions;
  readonly #fs: FsOps;
  readonly #cache: LruBytes;
  readonly #sizes = new Map<string, number>();
  readonly #docBytes = new Map<string, number>();
  /** Content chunks per document: a document is "held" while it has at least one. */
  readonly #docChunks = new Map<string, number>();
  /** Save order of keys written by this process (loadRange returns chunks in save order). */
  readonly #seq = new Map<string, number>();
  readonly #inflight = new Set<Promise<unknown>>();
  #nextSeq = 1;
  #total = 0;

  private constructor(options: SafeFileStorageOptions) {
    this.dataDir = path.resolve(options.dataDir);
    this.#opts = options;
    this.#fs = options.fs ?? nodeFsOps;
    this.#cache = new LruBytes(options.cacheBytes);
  }

  /** Creates DATA_DIR if needed, removes interrupted writes and indexes what is stored. */
  static async open(options: SafeFileStorageOptions): Promise<SafeFileStorage> {
    const storage = new SafeFileStorage(options);
    await storage.#fs.mkdir(storage.dataDir);
    for (const { key, size } of await scanDataDir(storage.dataDir)) storage.#account(key, size);
    return storage;
  }

  /** Documents with content on disk, total bytes stored, bytes held by the cache. */
  stats(): { documents: number; bytes: number; cachedBytes: number } {
    return { documents: this.#docChunks.size, bytes: this.#total, cachedBytes: this.#cache.bytes };
  }

  /** True when the document has content on disk. */
  has(documentId: string): boolean {
    return this.#docChunks.has(documentId);
  }

  /** Ids of the documents with content on disk (the field relay pushes all of them upstream). */
  documentIds(): string[] {
    return [...this.#docChunks.keys()];
  }

  /** Would `bytes` more of this document fit in the quotas? (Asked before the Repo sees a message.) */
  admit(documentId: string, bytes: number): QuotaVerdict {
    if ((this.#docBytes.get(documentId) ?? 0) + bytes > this.#opts.maxDocBytes) return "document";
    if (this.#total + bytes > this.#opts.maxTotalBytes) return "total";
    return "ok";
  }

  /** Resolves when every write started so far has settled. */
  async drain(): Promise<void> {
    while (this.#inflight.size > 0) await Promise.allSettled([...this.#inflight]);
  }

  async load(key: StorageKey): Promise<Uint8Array | undefined> {
    const file = keyPath(this.dataDir, key);
    const ks = keyString(key);
    const cached = this.#cache.get(ks);
    if (cached) return cached;
    try {
      const data = new Uint8Array(await this.#fs.readFile(file));
      this.#cache.set(ks, data);
      return data;
    } catch (error) {
      if (errorCode(error) === "ENOENT") return undefined;
      throw this.#failed("load", ks, error);
    }
  }

  save(key: StorageKey, data: Uint8Array): Promise<void> {
    return this.#track(this.#save(key, data));
  }

  async #save(key: StorageKey, data: Uint8Array): Promise<void> {
    const file = keyPath(this.dataDir, key);
    const ks = keyString(key);
    this.#checkQuota(key, data.byteLength);
    const tmp = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await this.#fs.mkdir(path.dirname(file));
      await this.#fs.writeDurable(tmp, data);
      await this.#fs.rename(tmp, file);
    } catch (error) {
      await this.#fs.unlink(tmp).catch(() => undefined);
      throw this.#failed("save", ks, error);
    }
    this.#account(key, data.byteLength);
    this.#cache.set(ks, data);
    this.#seq.set(ks, this.#nextSeq++);
  }

  #checkQuota(key: StorageKey, size: number): void {
    const [doc = "", ns] = key;
    const delta = size - (this.#sizes.get(keyString(key)) ?? 0);
    const docBytes = this.#docBytes.get(doc) ?? 0;
    const isSnapshot = ns === "snapshot";
    let kind: "document" | "total" | undefined;
    // A snapshot replaces the document's other chunks (compaction), so it is judged on its own.
    if (
      ns !== undefined &&
      CONTENT.has(ns) &&
      (isSnapshot ? size : docBytes + delta) > this.#opts.maxDocBytes
    ) {
      kind = "document";
    } else if (
      this.#total + delta > this.#opts.maxTotalBytes &&
      !(isSnapshot && size <= docBytes)
    ) {
      kind = "total";
    }
    if (kind === undefined) return;
    this.#opts.onQuota?.(kind);
    this.#opts.logger?.warn(
      { key: keyString(key), bytes: size, quota: kind },
      "storage write refused: quota exceeded",
    );
    throw new QuotaExceededError(kind);
  }

  remove(key: StorageKey): Promise<void> {
    return this.#track(this.#remove(key));
  }

  async #remove(key: StorageKey): Promise<void> {
    const file = keyPath(this.dataDir, key);
    const ks = keyString(key);
    this.#cache.delete(ks);
    try {
      await this.#fs.unlink(file);
    } catch (error) {
      if (errorCode(error) !== "ENOENT") throw this.#failed("remove", ks, error);
    }
    this.#account(key, undefined);
  }

  async loadRange(prefix: StorageKey): Promise<Chunk[]> {
    const keys = await this.#keysUnder(prefix);
    const chunks = await Promise.all(
      keys.map(async (key) => ({ key, data: await this.load(key) })),
    );
    return chunks.filter((chunk) => chunk.data !== undefined);
  }

  removeRange(prefix: StorageKey): Promise<void> {
    return this.#track(
      (async () => {
        for (const key of await this.#keysUnder(prefix)) await this.#remove(key);
      })(),
    );
  }

  /** Keys stored under a prefix, in save order (older files first, then this process's saves). */
  async #keysUnder(prefix: StorageKey): Promise<StorageKey[]> {
    const dir = keyPath(this.dataDir, prefix);
    let files: string[];
    try {
      files = await listFiles(dir, MAX_KEY_PARTS - prefix.length);
    } catch (error) {
      throw this.#failed("list", keyString(prefix), error);
    }
    const keys = files
      .map((file) => keyFromRelative(path.relative(this.dataDir, file)))
      .filter((key): key is StorageKey => key !== undefined && key.length > prefix.length);
    const order = (key: StorageKey): number => this.#seq.get(keyString(key)) ?? 0;
    return keys.sort((a, b) => order(a) - order(b));
  }

  /** Updates size accounting for a key; `size` undefined means the file is gone. */
  #account(key: StorageKey, size: number | undefined): void {
    const ks = keyString(key);
    const [doc = "", ns] = checkKey(key);
    const old = this.#sizes.get(ks);
    const delta = (size ?? 0) - (old ?? 0);
    this.#total += delta;
    if (size === undefined) {
      this.#sizes.delete(ks);
      this.#seq.delete(ks);
    } else this.#sizes.set(ks, size);
    if (ns === undefined || !CONTENT.has(ns)) return;
    const bytes = (this.#docBytes.get(doc) ?? 0) + delta;
    const chunks =
      (this.#docChunks.get(doc) ?? 0) +
      (old === undefined ? 1 : 0) -
      (size === undefined && old !== undefined ? 1 : 0);
    if (chunks <= 0) {
      this.#docChunks.delete(doc);
      this.#docBytes.delete(doc);
    } else {
      this.#docChunks.set(doc, chunks);
      this.#docBytes.set(doc, bytes);
    }
  }

  #failed(op: string, key: string, error: unknown): Error {
    const code = errorCode(error);
    this.#opts.onError?.(code);
    this.#opts.logger?.error(
      { op, key, code, err: error instanceof Error ? error.message : String(error) },
      "storage operation failed",
    );
    return error instanceof Error ? error : new Error(`${op} failed: ${code}`);
  }

  #track<T>(promise: Promise<T>): Promise<T> {
    this.#inflight.add(promise);
    const done = (): void => void this.#inflight.delete(promise);
    promise.then(done, done);
    return promise;
  }
}
