import { useEffect, useMemo, useState } from "react";
import type { AutomergeUrl } from "@automerge/automerge-repo";
import { useServices } from "../../app/AppServices";
import type { WorkshopView } from "../../domain";
import { onArrival } from "../../sync/openDocument";
import { fetchSeedOffline } from "./fetchSeedOffline";
import { afterPaint, linkedSeedUrls, nextTask, prefetchEach } from "./prefetchSeeds";
import type { SeedFetchResult } from "./prefetchSeeds";

/** Seeds in flight at once: enough to finish soon, few enough to keep the page responsive. */
const CONCURRENCY = 2;

/** Where fetching an atelier's seeds stands. */
export interface SeedsOffline {
  /** Seeds the workshop links. */
  total: number;
  /** Of those, kept on this device. */
  ready: number;
  /** Every link was tried at least once since the list last changed. */
  settled: boolean;
}

/**
 * Opening an atelier fetches and keeps every seed it links (DESIGN.md §3), in the background:
 * after the page's first paint, two at a time. A seed not on the relay yet is fetched again when
 * it arrives (relay reconnection, bundle import, later sync).
 */
export function useSeedsOffline(view: Pick<WorkshopView, "seeds"> | undefined): SeedsOffline {
  const { repo, relay, viewCache, quarantine } = useServices();
  const key = linkedSeedUrls(view).join(" ");
  const urls = useMemo(() => (key ? (key.split(" ") as AutomergeUrl[]) : []), [key]);
  const [results, setResults] = useState<ReadonlyMap<AutomergeUrl, SeedFetchResult>>(new Map());
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const todo = urls.filter((url) => results.get(url) !== "ready");
    if (todo.length === 0) return;
    void prefetchEach(todo, (url) => fetchSeedOffline(repo, viewCache, url, { quarantine }), {
      concurrency: CONCURRENCY,
      start: afterPaint(),
      pause: nextTask,
      cancelled: () => cancelled,
      onResult: (url, result) =>
        setResults((previous) => {
          if (previous.get(url) === result) return previous;
          const map = new Map(previous);
          map.set(url, result);
          return map;
        }),
    });
    return () => {
      cancelled = true;
    };
    // `results` is read for what is left to do, not as a trigger (each result would restart it).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [repo, viewCache, quarantine, urls, attempt]);

  const missing = useMemo(
    () => urls.filter((url) => results.get(url) === "unavailable"),
    [urls, results],
  );
  const ready = urls.filter((url) => results.get(url) === "ready").length;
  const settled = urls.every((url) => results.has(url));

  // A seed the relay did not have may come once it (re)connects…
  const waiting = missing.length > 0;
  useEffect(() => {
    if (!waiting || !relay) return;
    return relay.onStateChange((connection) => {
      if (connection === "connected") setAttempt((n) => n + 1);
    });
  }, [waiting, relay]);

  // …or by a bundle import or a later sync, filling the handle automerge-repo gave up on.
  useEffect(() => {
    const retry = () => setAttempt((n) => n + 1);
    const stops = missing.map((url) => onArrival(repo, url, retry));
    return () => stops.forEach((stop) => stop());
  }, [repo, missing]);

  return { total: urls.length, ready, settled };
}
