import { inRange, type KeyRange } from "./chunkKeys";
import type { ChunkRow } from "./LocalDb";

/** A write not yet committed to IndexedDB, in the order it was asked for. */
export type WriteOp =
  | { type: "put"; gen: number; row: ChunkRow }
  | { type: "delete"; gen: number; id: string; key: string[] }
  | { type: "deleteRange"; gen: number; range: KeyRange }
  | {
      type: "quarantine";
      gen: number;
      range: KeyRange;
      documentId: string;
      reason: string;
      at: number;
      /** Called with the number of chunks moved once the transaction commits. */
      done: (moved: number) => void;
    };

/** A write op before the queue numbers it. */
export type NewWriteOp = DistributiveOmit<WriteOp, "gen">;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What the queue knows about one key: a row to read, or `null` when it is deleted. */
type OverlayEntry = { gen: number; row: ChunkRow | null };

/** The queue's view of a key range, captured before reading IndexedDB (see {@link PendingWrites.snapshot}). */
export interface OverlaySnapshot {
  entries: Map<string, ChunkRow | null>;
  hidden: KeyRange[];
}

/**
 * The in-memory write queue: ordered ops waiting for (or in) a transaction, plus an overlay so
 * reads see every write at once (read-your-writes) whatever IndexedDB's state. Ops leave the queue
 * only when their transaction has committed; a failed batch goes back to the front, so nothing
 * is lost and order is kept.
 */
export class PendingWrites {
  #queue: WriteOp[] = [];
  #inFlight: WriteOp[] = [];
  #overlay = new Map<string, OverlayEntry>();
  /** Ranges removed (or quarantined) but not committed yet: IndexedDB rows in them are hidden. */
  #hidden: { gen: number; range: KeyRange }[] = [];
  #gen = 0;

  /** Ops queued or being written. */
  get size(): number {
    return this.#queue.length + this.#inFlight.length;
  }

  /** Whether ops wait for a transaction (not counting the one in flight). */
  get hasQueued(): boolean {
    return this.#queue.length > 0;
  }

  add(newOp: NewWriteOp): WriteOp {
    const op = { ...newOp, gen: ++this.#gen } as WriteOp;
    this.#queue.push(op);
    if (op.type === "put") this.#overlay.set(op.row.id, { gen: op.gen, row: op.row });
    else if (op.type === "delete") this.#overlay.set(op.id, { gen: op.gen, row: null });
    else {
      for (const id of this.#overlay.keys()) if (inRange(id, op.range)) this.#overlay.delete(id);
      this.#hidden.push({ gen: op.gen, range: op.range });
    }
    return op;
  }

  /** Moves every queued op into the in-flight batch and returns it. */
  takeBatch(): WriteOp[] {
    this.#inFlight = this.#queue;
    this.#queue = [];
    return this.#inFlight;
  }

  /** The in-flight batch committed: IndexedDB now holds it, the overlay can forget it. */
  committed(): void {
    const last = this.#inFlight.at(-1);
    this.#inFlight = [];
    if (!last) return;
    for (const [id, entry] of this.#overlay) if (entry.gen <= last.gen) this.#overlay.delete(id);
    this.#hidden = this.#hidden.filter((h) => h.gen > last.gen);
  }

  /** The in-flight batch failed: it goes back in front of later ops, to be retried in order. */
  failed(): void {
    this.#queue = [...this.#inFlight, ...this.#queue];
    this.#inFlight = [];
  }

  /** What the queue says about one key: a row, `null` (deleted), or `undefined` (ask IndexedDB). */
  lookup(id: string): ChunkRow | null | undefined {
    const entry = this.#overlay.get(id);
    if (entry) return entry.row;
    return this.#hidden.some((h) => inRange(id, h.range)) ? null : undefined;
  }

  /**
   * The overlay restricted to `range`, copied now: a read merges IndexedDB's answer with this
   * copy, so a batch committing (and leaving the overlay) while the read runs cannot hide it.
   */
  snapshot(range: KeyRange): OverlaySnapshot {
    const entries = new Map<string, ChunkRow | null>();
    for (const [id, entry] of this.#overlay) if (inRange(id, range)) entries.set(id, entry.row);
    return { entries, hidden: this.#hidden.map((h) => h.range) };
  }

  /** The first key an op of the batch writes, to tell listeners what failed. */
  static firstKey(ops: readonly WriteOp[]): string[] | undefined {
    for (const op of ops)
      if (op.type === "put" || op.type === "delete") return op.type === "put" ? op.row.key : op.key;
    return undefined;
  }
}

/** Merges IndexedDB rows of a range with the overlay captured before the read; save order. */
export function mergeRange(rows: readonly ChunkRow[], snapshot: OverlaySnapshot): ChunkRow[] {
  const merged = rows.filter(
    (row) =>
      !snapshot.entries.has(row.id) && !snapshot.hidden.some((range) => inRange(row.id, range)),
  );
  for (const row of snapshot.entries.values()) if (row) merged.push(row);
  return merged.sort((a, b) => a.seq - b.seq);
}
