import { useEffect, useMemo, useRef, useState } from "react";
import type { AutomergeUrl } from "@automerge/automerge-repo";
import { useServices } from "../../app/AppServices";
import type { WorkshopView } from "../../domain";
import { onArrival } from "../../sync/openDocument";
import { fetchSeedOffline } from "./fetchSeedOffline";
import { afterPaint, linkedSeedUrls, nextTask, prefetchEach } from "./prefetchSeeds";
import type { SeedFetchResult } from "./prefetchSeeds";

/** Seeds in flight at once: enough to finish soon, few enough to keep the page responsive. */
const CONCURRENCY = 2;
/** The page shows progress at most this often. */
const PUBLISH_MS = 1_000;

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
  const { repo, relay, viewCache, quarantine, persistNow } = useServices();
  const key = linkedSeedUrls(view).join(" ");
  const urls = useMemo(() => (key ? (key.split(" ") as AutomergeUrl[]) : []), [key]);
  // Results live in a ref; the page re-renders for them at most once a second and when a run
  // ends (the atelier page may hold a large board: not fifty re-renders in a row).
  const results = useRef(new Map<AutomergeUrl, SeedFetchResult>());
  const [version, setVersion] = useState(0);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const todo = urls.filter((url) => results.current.get(url) !== "ready");
    if (todo.length === 0) return;
    let publishedAt = 0;
    const publish = () => {
      publishedAt = Date.now();
      setVersion((n) => n + 1);
    };
    void prefetchEach(
      todo,
      (url) => fetchSeedOffline(repo, viewCache, url, persistNow, { quarantine }),
      {
        concurrency: CONCURRENCY,
        start: afterPaint(),
        pause: nextTask,
        cancelled: () => cancelled,
        onResult: (url, result) => {
          results.current.set(url, result);
          if (Date.now() - publishedAt >= PUBLISH_MS) publish();
        },
      },
    ).then(() => {
      if (!cancelled) publish();
    });
    return () => {
      cancelled = true;
    };
  }, [repo, viewCache, quarantine, persistNow, urls, attempt]);

  const { missingKey, ready, settled } = useMemo(() => {
    void version; // the ref's content changed
    const map = results.current;
    return {
      missingKey: urls.filter((url) => map.get(url) === "unavailable").join(" "),
      ready: urls.filter((url) => map.get(url) === "ready").length,
      settled: urls.every((url) => map.has(url)),
    };
  }, [urls, version]);
  const missing = useMemo(
    () => (missingKey ? (missingKey.split(" ") as AutomergeUrl[]) : []),
    [missingKey],
  );

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
