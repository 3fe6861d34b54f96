/**
 * The background fetch of an atelier's seeds: nothing before the first paint, a few at a time,
 * a pause between two documents, every link tried once, a failure contained to its seed, and it
 * stops when the atelier page closes. Each property is checked against a naive variant it catches.
 */
import type { AutomergeUrl } from "@automerge/automerge-repo";
import { generateAutomergeUrl } from "@automerge/automerge-repo";
import { describe, expect, it } from "vitest";
import { linkedSeedUrls, prefetchEach } from "../../../../src/features/seed/prefetchSeeds";
import type { PrefetchOptions, SeedFetchResult } from "../../../../src/features/seed/prefetchSeeds";
import type { DocUrl, WorkshopView } from "../../../../src/domain";

const urls = (n: number) => Array.from({ length: n }, () => generateAutomergeUrl()).sort();

/** A gate the test opens by hand (the first paint). */
function gate() {
  let open = () => {};
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/** A fetch whose documents the test resolves one by one, recording how many run at once. */
function controlledFetch() {
  const pending = new Map<AutomergeUrl, (r: SeedFetchResult) => void>();
  const started: AutomergeUrl[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch = (url: AutomergeUrl) =>
    new Promise<SeedFetchResult>((resolve) => {
      started.push(url);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      pending.set(url, (r) => {
        inFlight--;
        pending.delete(url);
        resolve(r);
      });
    });
  return {
    fetch,
    started,
    pending,
    maxInFlight: () => maxInFlight,
    /** Resolves every document in flight, then lets the workers take the next ones. */
    async settleAll(result: SeedFetchResult = "ready") {
      for (const finish of [...pending.values()]) finish(result);
      await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

/** The naive variant: everything at once, as soon as the atelier opens. */
async function naivePrefetch(
  items: readonly AutomergeUrl[],
  fetch: (item: AutomergeUrl) => Promise<SeedFetchResult>,
  options: PrefetchOptions,
): Promise<void> {
  const results = await Promise.all(items.map((item) => fetch(item)));
  results.forEach((result, i) => options.onResult(items[i]!, result));
}

const flush = () => new Promise<void>((r) => setTimeout(r, 0));

async function drive(run: typeof prefetchEach, n: number, concurrency: number) {
  const items = urls(n);
  const paint = gate();
  const fetch = controlledFetch();
  const results = new Map<AutomergeUrl, SeedFetchResult>();
  let pauses = 0;
  const done = run(items, fetch.fetch, {
    concurrency,
    start: paint.promise,
    pause: async () => {
      pauses++;
      await flush();
    },
    cancelled: () => false,
    onResult: (url, result) => results.set(url, result),
  });
  await flush();
  const startedBeforePaint = fetch.started.length;
  paint.open();
  await flush();
  while (fetch.pending.size > 0) await fetch.settleAll();
  await done;
  return { items, results, startedBeforePaint, fetch, pauses };
}

describe("prefetchEach", () => {
  it("waits for the first paint, keeps at most `concurrency` in flight, tries every seed", async () => {
    const { items, results, startedBeforePaint, fetch, pauses } = await drive(prefetchEach, 50, 2);
    expect(startedBeforePaint).toBe(0);
    expect(fetch.maxInFlight()).toBe(2);
    expect([...results.keys()].sort()).toEqual(items);
    expect(new Set(fetch.started).size).toBe(50);
    expect(pauses).toBe(50);
  });

  it("the same checks catch the naive variant (all fifty at once, before the paint)", async () => {
    const { startedBeforePaint, fetch } = await drive(naivePrefetch, 50, 2);
    expect(startedBeforePaint).toBe(50);
    expect(fetch.maxInFlight()).toBe(50);
  });

  it("a seed that throws is « failed », the others go on", async () => {
    const items = urls(4);
    const results = new Map<AutomergeUrl, SeedFetchResult>();
    await prefetchEach(
      items,
      (url) =>
        url === items[1]
          ? Promise.reject(new Error("boom"))
          : Promise.resolve(url === items[2] ? "unavailable" : "ready"),
      {
        concurrency: 2,
        start: Promise.resolve(),
        pause: flush,
        cancelled: () => false,
        onResult: (url, result) => results.set(url, result),
      },
    );
    expect(items.map((url) => results.get(url))).toEqual([
      "ready",
      "failed",
      "unavailable",
      "ready",
    ]);
  });

  it("stops taking seeds once cancelled (the atelier page closed)", async () => {
    const items = urls(10);
    const fetch = controlledFetch();
    let cancelled = false;
    const reported: AutomergeUrl[] = [];
    const done = prefetchEach(items, fetch.fetch, {
      concurrency: 2,
      start: Promise.resolve(),
      pause: flush,
      cancelled: () => cancelled,
      onResult: (url) => reported.push(url),
    });
    await flush();
    expect(fetch.started.length).toBe(2);
    cancelled = true;
    await fetch.settleAll();
    await done;
    expect(fetch.started.length).toBe(2);
    expect(reported).toEqual([]);
  });
});

describe("linkedSeedUrls", () => {
  it("every linked seed (the bin's too), once each, junk links left out", () => {
    const [one, two] = urls(2);
    const seeds: WorkshopView["seeds"] = {
      a: { url: one as string as DocUrl, title: "A", archived: null },
      b: { url: two as string as DocUrl, title: "B", archived: { by: "p", at: 1 } },
      c: { url: one as string as DocUrl, title: "A bis", archived: null },
      d: { url: "automerge:pas-un-lien" as DocUrl, title: "D", archived: null },
    } as unknown as WorkshopView["seeds"];
    expect(linkedSeedUrls({ seeds })).toEqual([one, two].sort());
    expect(linkedSeedUrls(undefined)).toEqual([]);
  });
});
