/**
 * One linked seed fetched for offline use: found on a peer, kept in this device's repo, its card
 * cached for the list (rewritten only when it changed); a seed no peer has is « unavailable ».
 */
import { Repo } from "@automerge/automerge-repo";
import { afterEach, describe, expect, it } from "vitest";
import type { ProfileId } from "../../../../src/domain";
import type { CachedView, ViewCache } from "../../../../src/app/AppServices";
import { fetchSeedOffline } from "../../../../src/features/seed/fetchSeedOffline";
import { readCachedSummary } from "../../../../src/features/seed/summaryCache";
import { createSeed } from "../../../../src/sync/createSeed";
import { connectedRepos } from "../../../helpers/repos";

let repos: Repo[] = [];
afterEach(async () => {
  await Promise.all(repos.map((repo) => repo.shutdown()));
  repos = [];
});

function memoryCache() {
  const records = new Map<string, CachedView<unknown>>();
  let saves = 0;
  const cache: ViewCache = {
    load: (id) => Promise.resolve(records.get(id)),
    save: (id, heads, view) => {
      saves++;
      records.set(id, { heads, savedAt: Date.now(), view: structuredClone(view) });
      return Promise.resolve();
    },
  };
  return { cache, records, saves: () => saves };
}

const seedArgs = {
  title: "Pédibus",
  workshopTitle: "Atelier mobilités",
  needs: [],
  by: "p1" as ProfileId,
  now: 1,
};

describe("fetchSeedOffline", () => {
  it("fetches a seed from a peer, keeps it and caches its card once", async () => {
    const { a, b } = connectedRepos();
    repos = [a, b];
    const seed = createSeed(a, seedArgs);
    const { cache, records, saves } = memoryCache();
    expect(await fetchSeedOffline(b, cache, seed.url, (ids) => b.flush(ids))).toBe("ready");
    expect(b.handles[seed.documentId]?.isReady()).toBe(true);
    expect(readCachedSummary(records.get(seed.documentId)?.view)?.title).toBe("Pédibus");
    expect(saves()).toBe(1);
    // Opened again unchanged: the cached card is not rewritten.
    expect(await fetchSeedOffline(b, cache, seed.url, (ids) => b.flush(ids))).toBe("ready");
    expect(saves()).toBe(1);
  });

  it("a stale cached card is refreshed", async () => {
    const { a, b } = connectedRepos();
    repos = [a, b];
    const seed = createSeed(a, seedArgs);
    const { cache, records } = memoryCache();
    await cache.save(seed.documentId, [], {
      version: 1,
      title: "Ancien titre",
      workshopTitle: "",
      status: "",
      memberCount: 0,
      nextTask: null,
      archived: false,
    });
    expect(await fetchSeedOffline(b, cache, seed.url, (ids) => b.flush(ids))).toBe("ready");
    expect(readCachedSummary(records.get(seed.documentId)?.view)?.title).toBe("Pédibus");
  });

  it("a seed no peer has is unavailable, and nothing is cached", async () => {
    // Two devices that never met: B has no peer that holds the seed.
    const a = new Repo({ network: [] });
    const b = new Repo({ network: [] });
    repos = [a, b];
    const seed = createSeed(a, seedArgs);
    const { cache, saves } = memoryCache();
    expect(await fetchSeedOffline(b, cache, seed.url, (ids) => b.flush(ids))).toBe("unavailable");
    expect(saves()).toBe(0);
  });
});
