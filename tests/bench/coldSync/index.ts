/** Benchmark `cold-sync` (issue 3): a fresh client fetches 1,000 and 5,000 documents, stock vs ours. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { forkTs, stopChild } from "../lib/proc";
import { above, allMet } from "../lib/result";
import type { BenchOptions, BenchResult, TargetCheck } from "../lib/result";
import { ratio, round } from "../lib/stats";
import { startRelayProcess } from "../relays/RelayProcess";
import type { RelayKind } from "../relays/kinds";
import { seedRelay } from "./seed";

const ORDER: readonly RelayKind[] = ["stock", "ours"];
const BATCH = 100;

interface FetchReport {
  ms: number;
  cpuMs: number;
  failed: number;
  fetched: number;
}

function fetchAll(wsUrl: string, urlsFile: string): Promise<FetchReport> {
  const child = forkTs("tests/bench/coldSync/fetcher.ts", [wsUrl, urlsFile, String(BATCH)]);
  return new Promise((done, fail) => {
    child.once("message", (m: unknown) => done((m as { result: FetchReport }).result));
    child.once("exit", (code) => fail(new Error(`fetcher exited with ${code}`)));
  }).finally(() => stopChild(child)) as Promise<FetchReport>;
}

/** Seed, restart the relay on the same data (so it serves from disk), fetch from a fresh client. */
async function measure(kind: RelayKind, count: number, scratch: string) {
  let relay = await startRelayProcess(kind);
  const seeded = await seedRelay(relay, count);
  await relay.stop({ keepData: true });
  relay = await startRelayProcess(kind, { dataDir: relay.dataDir });
  try {
    const urlsFile = join(scratch, `${kind}-${count}.json`);
    await writeFile(urlsFile, JSON.stringify(seeded.urls));
    const before = await relay.gcStats();
    const report = await fetchAll(relay.wsUrl(), urlsFile);
    const after = await relay.gcStats();
    return {
      relay: kind,
      docs: count,
      seedMs: round(seeded.ms, 0),
      fetched: report.fetched,
      failed: report.failed,
      fetchMs: round(report.ms, 1),
      docsPerSecond: round((report.fetched / report.ms) * 1000, 1),
      clientCpuMsPerDoc: round(report.cpuMs / count, 4),
      relayCpuMsPerDoc: round((after.cpuMs - before.cpuMs) / count, 4),
      relayRssAfterMB: round(after.rss / 2 ** 20, 1),
    };
  } finally {
    await relay.stop();
  }
}

export async function run({ quick }: BenchOptions): Promise<BenchResult> {
  const sizes = quick ? [100, 500] : [1000, 5000];
  const scratch = await mkdtemp(join(tmpdir(), "recolte-bench-coldsync-"));
  const rows = [];
  const targets: TargetCheck[] = [];
  try {
    for (const count of sizes) {
      const by: Partial<Record<RelayKind, Awaited<ReturnType<typeof measure>>>> = {};
      for (const kind of ORDER) {
        process.stderr.write(`[cold-sync] ${count} docs ${kind}…\n`);
        by[kind] = await measure(kind, count, scratch);
      }
      const docsPerSecondRatio = ratio(by.ours?.docsPerSecond, by.stock?.docsPerSecond);
      targets.push(
        above(
          `${count} docs: docs/s ours ÷ stock`,
          docsPerSecondRatio,
          1,
          "> 1 (goal ≥ 10 over time)",
        ),
      );
      rows.push({
        docs: count,
        relays: by,
        ratiosOursOverStock: {
          docsPerSecond: docsPerSecondRatio,
          clientCpuPerDoc: ratio(by.ours?.clientCpuMsPerDoc, by.stock?.clientCpuMsPerDoc),
          relayCpuPerDoc: ratio(by.ours?.relayCpuMsPerDoc, by.stock?.relayCpuMsPerDoc),
        },
      });
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return {
    name: "cold-sync",
    issue: 3,
    description:
      "fresh client fetching many small documents from a relay restarted on its data (served from disk)",
    settings: {
      sizes,
      findConcurrency: BATCH,
      client: "stock automerge-repo WebSocketClientAdapter, no storage",
    },
    results: rows,
    targets,
    met: allMet(targets),
    notes: [
      "Seeding: one client creates the documents, waits until the relay acknowledged every head, relay flushes; then the relay is restarted on the same DATA_DIR.",
      "The fetching client is a child process of its own: its CPU figure is the client's alone, from handshake to the last find.",
    ],
  };
}
