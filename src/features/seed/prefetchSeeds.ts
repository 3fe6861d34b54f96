/**
 * Fetching every seed an atelier links, so the atelier is ready offline (DESIGN.md §3), without
 * competing with the list's first paint: nothing starts before `start` resolves, at most
 * `concurrency` documents are in flight, and the page gets a macrotask between two documents.
 */
import type { WorkshopView } from "../../domain";
import { toAutomergeUrl } from "../../sync/urls";
import type { AutomergeUrl } from "@automerge/automerge-repo";

/** How one seed ended: here (kept in storage), not on any reachable peer yet, or unusable. */
export type SeedFetchResult = "ready" | "unavailable" | "failed";

export interface PrefetchOptions {
  /** Documents in flight at once. */
  concurrency: number;
  /** Resolves once the page has painted: the first document waits for it. */
  start: Promise<void>;
  /** Yields to the page between two documents. */
  pause: () => Promise<void>;
  cancelled: () => boolean;
  /** Each result as it comes. */
  onResult: (item: AutomergeUrl, result: SeedFetchResult) => void;
}

/** Every seed URL the workshop links (the bin's too: a restored seed must open offline). */
export function linkedSeedUrls(view: Pick<WorkshopView, "seeds"> | undefined): AutomergeUrl[] {
  if (!view) return [];
  const urls = new Set<AutomergeUrl>();
  for (const link of Object.values(view.seeds)) {
    const url = toAutomergeUrl(link.url);
    if (url) urls.add(url);
  }
  return [...urls].sort();
}

/** Runs `fetch` on every item, a few at a time, after `start`; a throw counts as « failed ». */
export async function prefetchEach(
  items: readonly AutomergeUrl[],
  fetch: (item: AutomergeUrl) => Promise<SeedFetchResult>,
  options: PrefetchOptions,
): Promise<void> {
  await options.start;
  let next = 0;
  const worker = async () => {
    while (!options.cancelled() && next < items.length) {
      const item = items[next++] as AutomergeUrl;
      let result: SeedFetchResult;
      try {
        result = await fetch(item);
      } catch {
        result = "failed";
      }
      if (options.cancelled()) return;
      options.onResult(item, result);
      await options.pause();
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
}

/** After the next frame is painted (a macrotask after `requestAnimationFrame`). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === "undefined") setTimeout(resolve, 0);
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/** A macrotask: lets input and rendering run between two documents. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
