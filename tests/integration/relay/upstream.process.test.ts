/**
 * Field relay ↔ central relay with interruptions, where one of them is a real process killed with
 * SIGKILL mid-sync and restarted on the same port and DATA_DIR: in the end the tablet, the field
 * relay and the central relay hold identical documents (same heads), every write exactly once.
 */
import fs from "node:fs/promises";
import path from "node:path";
import type { DocHandle, Repo, StorageId } from "@automerge/automerge-repo";
import { afterEach, describe, expect, it } from "vitest";
import {
  connectClient,
  findOn,
  startRelay,
  tempDir,
  waitFor,
  type TestRelay,
} from "../../helpers/relay.js";
import { spawnRelay, type RelayProcess } from "../../helpers/relayProcess.js";

interface Notes {
  items: string[];
}

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function dataDir(): Promise<string> {
  const dir = await tempDir();
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  return path.join(dir, "data");
}

function track(proc: RelayProcess): RelayProcess {
  cleanups.push(async () => {
    if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill("SIGKILL");
    await proc.exited;
  });
  return proc;
}

async function inProcess(options: Parameters<typeof startRelay>[0]): Promise<TestRelay> {
  const relay = await startRelay({ upstreamBackoffMs: { min: 50, max: 500 }, ...options });
  cleanups.push(() => relay.close());
  return relay;
}

function client(url: string, storageDir?: string): Repo {
  const repo = connectClient(url, storageDir === undefined ? {} : { storageDir });
  cleanups.push(() => repo.shutdown());
  return repo;
}

/** A tablet writing continuously, round-robin over a few documents, each item once. */
function writer(repo: Repo, count: number) {
  const docs = Array.from({ length: count }, () => repo.create<Notes>({ items: [] }));
  const written = docs.map(() => 0);
  let i = 0;
  const timer = setInterval(() => {
    const n = i++ % docs.length;
    const key = `w-${n}-${written[n]!++}`;
    docs[n]!.change((d) => d.items.push(key));
  }, 4);
  cleanups.push(async () => clearInterval(timer));
  return {
    docs,
    get writes() {
      return i;
    },
    stop: () => clearInterval(timer),
    expected: (n: number) => Array.from({ length: written[n]! }, (_, k) => `w-${n}-${k}`),
  };
}

const key = (heads: readonly string[]): string => JSON.stringify([...heads].sort());

async function writesPast(w: { writes: number }, count: number): Promise<void> {
  const target = w.writes + count;
  await waitFor(() => w.writes >= target, { timeout: 30_000, message: `${count} more writes` });
}

/** Waits until a fresh client of `url` sees every document at the tablet's heads; checks items. */
async function converged(url: string, docs: DocHandle<Notes>[], expected: (n: number) => string[]) {
  const reader = client(url);
  for (const [n, handle] of docs.entries()) {
    const copy = await findOn<Notes>(reader, handle.url, 30_000);
    await waitFor(() => key(copy.heads()) === key(handle.heads()), {
      timeout: 30_000,
      message: `${url} has document ${n} at the tablet's heads`,
    });
    expect([...copy.doc().items].sort()).toEqual(expected(n).sort());
    expect(copy.doc()).toEqual(handle.doc());
  }
}

describe("field relay ↔ central relay, with interruptions", () => {
  it("upstream killed and restarted mid-sync: both end identical, nothing lost or duplicated", async () => {
    const centralDir = await dataDir();
    let central = track(await spawnRelay({ dataDir: centralDir }));
    const field = await inProcess({ upstreamUrl: central.url });
    const tablet = client(field.url);
    const w = writer(tablet, 3);

    // Mid-sync: the central relay has acknowledged some of it, and writes keep coming.
    const centralStorage = await waitFor(() => field.upstream?.status().storageId, {
      timeout: 20_000,
    });
    await waitFor(
      () =>
        w.docs.every((h) =>
          field.repo.handles[h.documentId]?.getSyncInfo(centralStorage as StorageId),
        ),
      { timeout: 20_000, message: "central acknowledged every document" },
    );
    await writesPast(w, 40);
    central.child.kill("SIGKILL");
    await central.exited;
    await waitFor(() => field.upstream?.status().connected === false, { timeout: 30_000 });
    await writesPast(w, 40); // the field relay keeps taking changes while upstream is down
    central = track(await spawnRelay({ dataDir: centralDir, env: { PORT: String(central.port) } }));
    await waitFor(() => field.upstream?.status().connected, {
      timeout: 20_000,
      message: "field relay reconnected upstream",
    });
    await writesPast(w, 40);
    w.stop();

    await converged(field.url, w.docs, w.expected);
    await converged(central.url, w.docs, w.expected);
    expect(await field.metrics.registry.metrics()).toMatch(/relay_upstream_connects_total 2/);
  }, 150_000);

  it("field relay SIGKILLed mid-sync: after restart the central relay gets everything", async () => {
    const central = await inProcess({ dataDir: await dataDir() });
    const fieldDir = await dataDir();
    const env = { UPSTREAM_URL: central.url };
    let field = track(await spawnRelay({ dataDir: fieldDir, env }));
    const tablet = client(field.url, await dataDir());
    const w = writer(tablet, 3);

    await waitFor(() => w.docs.every((h) => central.storage.has(h.documentId)), {
      timeout: 20_000,
      message: "central holds every document",
    });
    await writesPast(w, 40);
    field.child.kill("SIGKILL");
    await field.exited;
    await writesPast(w, 40); // offline work on the tablet
    field = track(
      await spawnRelay({ dataDir: fieldDir, env: { ...env, PORT: String(field.port) } }),
    );
    await writesPast(w, 40);
    w.stop();

    await converged(field.url, w.docs, w.expected);
    await converged(central.url, w.docs, w.expected);
    const health = (await (await fetch(`${field.httpUrl}/healthz`)).json()) as {
      upstream: { connected: boolean; storageId: string };
    };
    expect(health.upstream).toMatchObject({
      connected: true,
      storageId: await central.repo.storageId(),
    });
  }, 150_000);
});
