import type { AutomergeUrl, DocumentId, Repo } from "@automerge/automerge-repo";
import { normalizeSeed } from "../../domain";
import type { SeedDoc } from "../../domain";
import type { ViewCache } from "../../app/AppServices";
import { openDocument } from "../../sync/openDocument";
import type { OpenOptions } from "../../sync/openDocument";
import { readCachedSummary, sameSummary, toCachedSummary } from "./summaryCache";
import { summarizeSeed } from "./summarize";
import type { SeedFetchResult } from "./prefetchSeeds";

/**
 * Fetches one linked seed and keeps it: opened (from storage, or from the relay), written to this
 * device's storage, and its card's summary refreshed in the view cache so the atelier's list is
 * right offline too — rewritten only when the cached one is stale.
 */
export async function fetchSeedOffline(
  repo: Repo,
  viewCache: ViewCache,
  url: AutomergeUrl,
  /** Writes documents through to this device's storage (the app's `persistNow`). */
  persist: (documentIds: DocumentId[]) => Promise<void>,
  options: OpenOptions = {},
): Promise<SeedFetchResult> {
  const opened = await openDocument<SeedDoc>(repo, url, "seed", options);
  if (opened.status === "unavailable") return "unavailable";
  if (opened.status !== "ready") return "failed";
  const handle = opened.handle;
  // Written through (not only handed to the storage's write-behind queue): the tablet may go
  // offline and reload the moment the atelier says « prêt hors ligne ».
  await persist([handle.documentId]);
  const summary = summarizeSeed(normalizeSeed(handle.doc()).value);
  const cached = await viewCache.load(handle.documentId).catch(() => undefined);
  const previous = cached ? readCachedSummary(cached.view) : undefined;
  if (!previous || !sameSummary(previous, summary)) {
    await viewCache
      .save(handle.documentId, [...handle.heads()], toCachedSummary(summary))
      .catch(() => undefined);
  }
  return "ready";
}
