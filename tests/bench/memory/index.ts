/** Benchmark `relay-memory` (issue 3): relay RSS per idle connection and per held document. */
import { WebSocket } from "ws";
import { seedRelay } from "../coldSync/seed";
import { allMet } from "../lib/result";
import type { BenchOptions, BenchResult } from "../lib/result";
import { clientRepo, closeRepo, connected } from "../lib/repoClients";
import { ratio, round } from "../lib/stats";
import { startRelayProcess } from "../relays/RelayProcess";
import type { RelayKind } from "../relays/kinds";

const ORDER: readonly RelayKind[] = ["raw", "stock", "ours"];
const KIB = 1024;

/** RSS after a full GC, per unit added between `before` and `after`. */
function perUnitKiB(before: number, after: number, units: number): number {
  return round((after - before) / units / KIB, 2);
}

/** An idle peer: a stock client after its handshake, or a plain socket for the raw relay. */
async function idleClient(kind: RelayKind, url: string): Promise<() => Promise<void>> {
  if (kind === "raw") {
    const socket = new WebSocket(url);
    await new Promise<void>((done, fail) => {
      socket.once("open", () => done());
      socket.once("error", fail);
    });
    return async () => socket.terminate();
  }
  const repo = clientRepo(url);
  await connected(repo, 60_000);
  return () => closeRepo(repo);
}

async function idleConnections(kind: RelayKind, count: number) {
  const relay = await startRelayProcess(kind);
  const closers: (() => Promise<void>)[] = [];
  try {
    // One connection first, so the figure excludes one-time costs (first handshake, lazy modules).
    closers.push(await idleClient(kind, relay.wsUrl("idle")));
    const before = await relay.gcStats();
    closers.push(
      ...(await Promise.all(
        Array.from({ length: count }, () => idleClient(kind, relay.wsUrl("idle"))),
      )),
    );
    const after = await relay.gcStats();
    return {
      connections: count,
      rssBeforeMB: round(before.rss / 2 ** 20, 1),
      rssAfterMB: round(after.rss / 2 ** 20, 1),
      kibPerConnection: perUnitKiB(before.rss, after.rss, count),
      heapKibPerConnection: perUnitKiB(before.heapUsed, after.heapUsed, count),
    };
  } finally {
    await Promise.all(closers.map((close) => close()));
    await relay.stop();
  }
}

async function heldDocuments(kind: RelayKind, count: number) {
  const relay = await startRelayProcess(kind);
  try {
    const probe = clientRepo(relay.wsUrl());
    await connected(probe);
    const before = await relay.gcStats();
    await closeRepo(probe);
    await seedRelay(relay, count);
    const after = await relay.gcStats();
    return {
      documents: count,
      rssBeforeMB: round(before.rss / 2 ** 20, 1),
      rssAfterMB: round(after.rss / 2 ** 20, 1),
      kibPerDocument: perUnitKiB(before.rss, after.rss, count),
      heapKibPerDocument: perUnitKiB(before.heapUsed, after.heapUsed, count),
    };
  } finally {
    await relay.stop();
  }
}

export async function run({ quick }: BenchOptions): Promise<BenchResult> {
  const connections = quick ? 50 : 200;
  const documents = quick ? 500 : 5000;
  const idle: Partial<Record<RelayKind, Awaited<ReturnType<typeof idleConnections>>>> = {};
  const held: Partial<Record<RelayKind, Awaited<ReturnType<typeof heldDocuments>>>> = {};
  for (const kind of ORDER) {
    process.stderr.write(`[relay-memory] ${kind}: ${connections} idle connections…\n`);
    idle[kind] = await idleConnections(kind, connections);
  }
  for (const kind of ORDER.filter((k) => k !== "raw")) {
    process.stderr.write(`[relay-memory] ${kind}: ${documents} held documents…\n`);
    held[kind] = await heldDocuments(kind, documents);
  }
  return {
    name: "relay-memory",
    issue: 3,
    description: "relay RSS (after a full GC) per idle connection and per held document",
    settings: { connections, documents },
    results: {
      idleConnections: idle,
      heldDocuments: held,
      ratiosOursOverStock: {
        perConnection: ratio(idle.ours?.kibPerConnection, idle.stock?.kibPerConnection),
        perDocument: ratio(held.ours?.kibPerDocument, held.stock?.kibPerDocument),
      },
    },
    targets: [],
    met: allMet([]),
    notes: [
      "Report-only (issue 3 sets no memory target). Idle clients are stock automerge-repo clients that completed the handshake and hold no document (the raw relay: plain sockets).",
      "Held documents: seeded through one client, acknowledged and flushed, then GC; the relay keeps what its Repo and cache hold.",
    ],
  };
}
