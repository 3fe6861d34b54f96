/**
 * Two clients in one page: two automerge-repo Repos joined by a MessageChannel (no storage, no
 * relay), and the timing of one change's arrival on the second. Every sample is one change.
 */
import { Repo } from "@automerge/automerge-repo";
import type { DocHandle } from "@automerge/automerge-repo";
import { MessageChannelNetworkAdapter } from "@automerge/automerge-repo-network-messagechannel";

/** One committed change: its total, its CRDT part, its arrival on the second client (ms). */
export interface Sample {
  totalMs: number;
  crdtMs: number;
  arrivalMs: number;
}

/** Timings of a series of changes of one kind. */
export interface Series {
  totalMs: number[];
  crdtMs: number[];
  arrivalMs: number[];
  /** Changes whose result was not on screen (ours) or in the document right after the call. */
  notCommitted: number;
}

export function emptySeries(): Series {
  return { totalMs: [], crdtMs: [], arrivalMs: [], notCommitted: 0 };
}

export function push(series: Series, sample: Sample, committed: boolean): void {
  series.totalMs.push(sample.totalMs);
  series.crdtMs.push(sample.crdtMs);
  series.arrivalMs.push(sample.arrivalMs);
  if (!committed) series.notCommitted++;
}

/** Two Repos connected by a MessageChannel: a change on one reaches the other asynchronously. */
export function repoPair(): { first: Repo; second: Repo } {
  const channel = new MessageChannel();
  const first = new Repo({ network: [new MessageChannelNetworkAdapter(channel.port1)] });
  const second = new Repo({ network: [new MessageChannelNetworkAdapter(channel.port2)] });
  return { first, second };
}

/**
 * A promise for the time (performance.now) at which `handle` holds the head returned by
 * `headOf()` (read once the change is made). Register BEFORE making the change.
 */
export function arrivalOf<T>(handle: DocHandle<T>, headOf: () => string | undefined) {
  return new Promise<number>((resolve) => {
    const check = () => {
      const head = headOf();
      if (head !== undefined && handle.heads().includes(head as never)) {
        handle.off("change", check);
        resolve(performance.now());
      }
    };
    handle.on("change", check);
  });
}

/**
 * Wraps `handle.change` so the time spent inside it (the command, Automerge's change and its
 * patches, the synchronous `change` listeners) is recorded: what the app's commands call.
 */
export function timeChanges<T>(handle: DocHandle<T>): { last: () => number } {
  let last = 0;
  const original = handle.change.bind(handle);
  handle.change = ((fn, options) => {
    const start = performance.now();
    try {
      return original(fn, options);
    } finally {
      last = performance.now() - start;
    }
  }) as typeof handle.change;
  return { last: () => last };
}
