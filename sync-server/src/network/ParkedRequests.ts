/** A request waiting for a document the relay does not hold yet. */
export interface Waiter<C, F> {
  conn: C;
  frame: F;
}

interface Entry<C, F> {
  waiters: Waiter<C, F>[];
  since: number;
}

/**
 * Requests for documents the relay does not hold, parked outside the Repo. The friendly case —
 * a device asks for a document whose upload from another device is still on its way — gets the
 * document the moment it lands (the parked request is handed to the Repo then), while invented ids
 * cost no Repo handle: at most `max` documents wait, each for at most `ttlMs`, oldest evicted
 * first. Evicted and expired waiters are answered `doc-unavailable` by the caller.
 */
export class ParkedRequests<C, F> {
  readonly #byDocument = new Map<string, Entry<C, F>>();
  readonly #max: number;
  readonly #ttlMs: number;

  constructor(max: number, ttlMs: number) {
    this.#max = max;
    this.#ttlMs = ttlMs;
  }

  get size(): number {
    return this.#byDocument.size;
  }

  /** Documents with parked requests, oldest first. */
  documentIds(): string[] {
    return [...this.#byDocument.keys()];
  }

  has(documentId: string): boolean {
    return this.#byDocument.has(documentId);
  }

  /** Parks a request; returns the waiters evicted to make room (oldest document first). */
  park(documentId: string, waiter: Waiter<C, F>, now: number): Waiter<C, F>[] {
    const existing = this.#byDocument.get(documentId);
    if (existing) {
      existing.waiters.push(waiter);
      return [];
    }
    const evicted: Waiter<C, F>[] = [];
    while (this.#byDocument.size >= this.#max) {
      const oldest = this.#byDocument.keys().next().value;
      if (oldest === undefined) break;
      evicted.push(...(this.#byDocument.get(oldest)?.waiters ?? []));
      this.#byDocument.delete(oldest);
    }
    this.#byDocument.set(documentId, { waiters: [waiter], since: now });
    return evicted;
  }

  /** The document arrived: its waiters, no longer parked. */
  take(documentId: string): Waiter<C, F>[] {
    const entry = this.#byDocument.get(documentId);
    if (!entry) return [];
    this.#byDocument.delete(documentId);
    return entry.waiters;
  }

  /** Waiters parked for longer than the time to live, no longer parked. */
  expire(now: number): { documentId: string; waiters: Waiter<C, F>[] }[] {
    const expired: { documentId: string; waiters: Waiter<C, F>[] }[] = [];
    for (const [documentId, entry] of this.#byDocument) {
      if (now - entry.since < this.#ttlMs) break; // insertion order = age order
      expired.push({ documentId, waiters: entry.waiters });
      this.#byDocument.delete(documentId);
    }
    return expired;
  }
}
