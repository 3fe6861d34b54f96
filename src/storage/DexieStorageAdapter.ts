import type { Chunk, StorageAdapterInterface, StorageKey } from "@automerge/automerge-repo/slim";
import { applyBatch, chunksIn } from "./applyBatch";
import { encodeKey, prefixRange } from "./chunkKeys";
import { DEFAULT_DB_NAME, RecolteDb } from "./LocalDb";
import { mergeRange, PendingWrites, type NewWriteOp } from "./PendingWrites";
import { registerAdapter, unregisterAdapter } from "./adapterRegistry";

/** A storage problem the user must see (DESIGN.md §4: shown within seconds, never swallowed). */
export type StorageErrorEvent =
  | { type: "write-failed"; error: string; key?: string[]; at: number }
  | { type: "read-failed"; error: string; key?: string[]; at: number }
  /** Queued writes reached IndexedDB after failures; `error` says how many attempts failed. */
  | { type: "recovered"; error: string; at: number };

/** Tuning knobs; the defaults suit the app, tests shorten them. */
export interface DexieStorageAdapterOptions {
  /** Saves within this window share one transaction (default 500 ms: ≤ 2 transactions/s). */
  batchWindowMs?: number;
  /**
   * Delay of the first write after a quiet period (default 0 ms). An isolated edit — the last one
   * before the tablet is closed or the page reloaded — is written at once instead of waiting for
   * the window; bursts still share one transaction per window.
   */
  idleWriteDelayMs?: number;
  /** First retry delay after a failed write, doubled up to {@link maxRetryMs} (default 1 s). */
  initialRetryMs?: number;
  /** Longest delay between retries (default 30 s). */
  maxRetryMs?: number;
}

/**
 * automerge-repo storage on the Récolte Dexie database.
 *
 * Saves resolve once queued: the queue coalesces them into one transaction per batch window and
 * serves reads from memory until they commit. A failed write never rejects into automerge-repo
 * and never drops data: the batch stays queued (and readable), is retried with back-off, and
 * listeners hear "write-failed" then "recovered". Call {@link flush} when the page may go away.
 */
export class DexieStorageAdapter implements StorageAdapterInterface {
  readonly db: RecolteDb;
  #ownsDb: boolean;
  #pending = new PendingWrites();
  #listeners = new Set<(event: StorageErrorEvent) => void>();
  #options: Required<DexieStorageAdapterOptions>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #writing: Promise<boolean> | undefined;
  #failures = 0;
  #lastSeq = 0;
  #lastWriteAt = Number.NEGATIVE_INFINITY;
  #disposed = false;

  constructor(db: RecolteDb | string = DEFAULT_DB_NAME, options: DexieStorageAdapterOptions = {}) {
    this.#ownsDb = typeof db === "string";
    this.db = typeof db === "string" ? new RecolteDb(db) : db;
    this.#options = {
      batchWindowMs: 500,
      idleWriteDelayMs: 0,
      initialRetryMs: 1000,
      maxRetryMs: 30_000,
      ...options,
    };
    registerAdapter(this.db, this);
  }

  async load(key: StorageKey): Promise<Uint8Array | undefined> {
    const id = encodeKey(key);
    const pending = this.#pending.lookup(id);
    if (pending !== undefined) return pending?.data;
    const row = await this.#read(key, () => this.db.chunks.get(id));
    // A write queued while IndexedDB answered is newer than its answer.
    const after = this.#pending.lookup(id);
    return after !== undefined ? after?.data : row?.data;
  }

  async loadRange(keyPrefix: StorageKey): Promise<Chunk[]> {
    const range = prefixRange(keyPrefix);
    const snapshot = this.#pending.snapshot(range);
    const rows = await this.#read(keyPrefix, () => chunksIn(this.db, range).toArray());
    return mergeRange(rows, snapshot).map((row) => ({ key: row.key, data: row.data }));
  }

  async save(key: StorageKey, data: Uint8Array): Promise<void> {
    // A copy: a view into a larger buffer would store the whole buffer, and a Buffer is not a
    // plain Uint8Array once read back.
    const row = {
      id: encodeKey(key),
      key: [...key],
      data: new Uint8Array(data),
      seq: this.#nextSeq(),
    };
    this.#enqueue({ type: "put", row });
  }

  async remove(key: StorageKey): Promise<void> {
    this.#enqueue({ type: "delete", id: encodeKey(key), key: [...key] });
  }

  async removeRange(keyPrefix: StorageKey): Promise<void> {
    this.#enqueue({ type: "deleteRange", range: prefixRange(keyPrefix) });
  }

  /**
   * Moves every chunk of a document (key[0] === documentId) into the `quarantine` table, in one
   * transaction after the writes queued before it; the bytes are kept, never deleted. From now on
   * loads no longer see them, so automerge-repo fetches the document fresh from a peer.
   * Resolves with the number of chunks moved once committed (after retries if writes fail).
   */
  quarantineDocument(documentId: string, reason: string): Promise<number> {
    return new Promise((done) => {
      const range = prefixRange([documentId]);
      this.#enqueue({ type: "quarantine", range, documentId, reason, at: Date.now(), done });
      void this.flush();
    });
  }

  /** Listens to storage problems and recoveries; returns the unsubscribe function. */
  onStorageError(listener: (event: StorageErrorEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Writes queued or in flight, not yet committed. */
  pendingWrites(): number {
    return this.#pending.size;
  }

  /**
   * Writes everything queued now and waits for it. Never rejects: when storage fails, the writes
   * stay queued (in memory, readable) and retries go on; {@link pendingWrites} tells.
   */
  async flush(): Promise<void> {
    this.#clearTimer();
    while (this.#pending.size > 0 && !this.#disposed) {
      const ok = await this.#drain();
      if (!ok) return;
    }
  }

  /** Stops timers (tests, teardown); closes the database if this adapter opened it. */
  dispose(): void {
    this.#disposed = true;
    this.#clearTimer();
    unregisterAdapter(this.db, this);
    if (this.#ownsDb) this.db.close();
  }

  #nextSeq(): number {
    // Monotonic in this adapter and roughly time-ordered across tabs sharing the database.
    this.#lastSeq = Math.max(this.#lastSeq + 1, Date.now() * 1000);
    return this.#lastSeq;
  }

  #enqueue(op: NewWriteOp): void {
    this.#pending.add(op);
    if (this.#timer === undefined && this.#writing === undefined && !this.#disposed) {
      const { batchWindowMs, idleWriteDelayMs } = this.#options;
      const idle = Date.now() - this.#lastWriteAt >= batchWindowMs;
      this.#schedule(idle ? idleWriteDelayMs : batchWindowMs);
    }
  }

  #schedule(delayMs: number): void {
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#drain();
    }, delayMs);
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Writes the queued ops in one transaction (waiting for one in flight); false if it failed. */
  #drain(): Promise<boolean> {
    const running = this.#writing;
    if (running) return running.then((ok) => (ok && this.#pending.hasQueued ? this.#drain() : ok));
    if (!this.#pending.hasQueued) return Promise.resolve(true);
    const writing = this.#writeBatch().finally(() => {
      this.#writing = undefined;
    });
    this.#writing = writing;
    return writing;
  }

  async #writeBatch(): Promise<boolean> {
    const batch = this.#pending.takeBatch();
    this.#lastWriteAt = Date.now();
    try {
      if (!this.db.isOpen()) await this.db.open(); // storage closed or evicted: reopen first
      const moved = await applyBatch(this.db, batch);
      this.#pending.committed();
      for (const [op, count] of moved) if (op.type === "quarantine") op.done(count);
      if (this.#failures > 0) {
        const error = `saved after ${this.#failures} failed attempt(s)`;
        this.#failures = 0;
        this.#emit({ type: "recovered", error, at: Date.now() });
      }
      // Saves that arrived during the transaction get their own window.
      if (this.#pending.hasQueued && this.#timer === undefined && !this.#disposed) {
        this.#schedule(this.#options.batchWindowMs);
      }
      return true;
    } catch (error) {
      this.#pending.failed();
      this.#failures += 1;
      const key = PendingWrites.firstKey(batch);
      this.#emit({
        type: "write-failed",
        error: describe(error),
        ...(key ? { key } : {}),
        at: Date.now(),
      });
      if (!this.#disposed) {
        const { initialRetryMs, maxRetryMs } = this.#options;
        this.#schedule(Math.min(maxRetryMs, initialRetryMs * 2 ** (this.#failures - 1)));
      }
      return false;
    }
  }

  async #read<T>(key: StorageKey, read: () => Promise<T>): Promise<T> {
    try {
      if (!this.db.isOpen()) await this.db.open();
      return await read();
    } catch (error) {
      this.#emit({ type: "read-failed", error: describe(error), key: [...key], at: Date.now() });
      throw error;
    }
  }

  #emit(event: StorageErrorEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch {
        // A faulty listener must not break storage; the others still hear the event.
      }
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
