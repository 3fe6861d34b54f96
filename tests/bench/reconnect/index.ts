/**
 * Benchmark `reconnect` (issue 7): a tablet with 500 and 2,000 offline changes on a large board
 * reconnects over emulated slow 4G while the relay took 200 concurrent changes from another
 * tablet. Reference: automerge-repo's default (stock relay: WebSocketServerAdapter + NodeFS, stock
 * client with NodeFS storage, so sync states persist). Ours: Récolte's relay and the app's
 * RelayClientAdapter (same Node storage on the client).
 */
import { loadavg } from "node:os";
import { allMet, atMost } from "../lib/result";
import type { BenchOptions, BenchResult, TargetCheck } from "../lib/result";
import { median, ratio, round } from "../lib/stats";
import { startRelayProcess } from "../relays/RelayProcess";
import type { RelayKind } from "../relays/kinds";
import { runScenario, type ClientKind, type ScenarioResult } from "./scenario";
import { SLOW_4G } from "./throttle";

const SETUPS: { name: string; relay: RelayKind; client: ClientKind }[] = [
  { name: "reference", relay: "stock", client: "stock" },
  { name: "ours", relay: "ours", client: "ours" },
];

function summary(runs: ScenarioResult[]) {
  const pick = (f: (r: ScenarioResult) => number) => round(median(runs.map(f)), 3);
  return {
    runs: runs.length,
    medianBytesOverIdeal: pick((r) => r.bytesOverIdeal),
    medianConvergeMs: pick((r) => r.convergeMs),
    medianWireBytes: pick((r) => r.wire.totalBytes),
    medianSyncMessages: pick((r) => r.syncMessages.total),
    medianAfterHandshakeMs: pick((r) => r.afterHandshakeMs),
    each: runs,
  };
}

export async function run({ quick }: BenchOptions): Promise<BenchResult> {
  const boardNotes = quick ? 300 : 1000;
  const offlineSizes = quick ? [100, 300] : [500, 2000];
  const concurrent = quick ? 50 : 200;
  const repeats = quick ? 1 : 3;
  const rows = [];
  const targets: TargetCheck[] = [];
  const loadBefore = loadavg().map((l) => round(l, 2));
  for (const offline of offlineSizes) {
    const by: Record<string, ReturnType<typeof summary>> = {};
    for (const setup of SETUPS) {
      const runs: ScenarioResult[] = [];
      for (let rep = 0; rep < repeats; rep++) {
        process.stderr.write(
          `[reconnect] ${offline} offline changes, ${setup.name} #${rep + 1}…\n`,
        );
        const relay = await startRelayProcess(setup.relay);
        try {
          runs.push(
            await runScenario({
              client: setup.client,
              relayUrl: relay.wsUrl(),
              relayPort: relay.port,
              boardNotes,
              offline,
              concurrent,
              link: SLOW_4G,
              seed: 1000 * rep + offline,
            }),
          );
        } finally {
          await relay.stop();
        }
      }
      by[setup.name] = summary(runs);
    }
    const ours = by.ours;
    targets.push(
      atMost(
        `${offline} offline changes: wire bytes ÷ ideal (ours)`,
        ours?.medianBytesOverIdeal ?? null,
        1.2,
        "≤ 1.2",
      ),
    );
    if (offline === offlineSizes[offlineSizes.length - 1])
      targets.push(
        atMost(
          `${offline} offline changes: time to convergence, ms (ours)`,
          ours?.medianConvergeMs ?? null,
          2500,
          "≤ 2,500 ms on slow 4G",
        ),
      );
    rows.push({
      offlineChanges: offline,
      concurrentChanges: concurrent,
      setups: by,
      oursOverReference: {
        wireBytes: ratio(ours?.medianWireBytes, by.reference?.medianWireBytes),
        convergeMs: ratio(ours?.medianConvergeMs, by.reference?.medianConvergeMs),
      },
    });
  }
  return {
    name: "reconnect",
    issue: 7,
    description:
      "tablet reconnecting after offline work on a large board, over emulated slow 4G: bytes on the wire ÷ ideal, sync messages, time to convergence",
    settings: {
      boardNotes,
      offlineSizes,
      concurrent,
      repeats,
      link: SLOW_4G,
      setups: SETUPS,
      loadAverage: { before: loadBefore, after: loadavg().map((l) => round(l, 2)) },
    },
    results: rows,
    targets,
    met: allMet(targets),
    notes: [
      "Link: a TCP proxy on loopback between tablet A and the relay (75 ms each way, 1.6 Mbps down, 750 kbps up, serialised per direction). Bytes are counted on that link: WebSocket frames after permessage-deflate (when negotiated), with the HTTP upgrade.",
      "Ideal = min(the Automerge changes each side lacks, encoded, both directions; the merged document saved and deflated). Also reported: those changes deflated.",
      "Time runs from creating A's Repo on its storage (load, connect, handshake) until A, the relay (acknowledged to B, online) and B hold the merged heads; afterHandshakeMs excludes the connection set-up.",
      "The stock server does not negotiate permessage-deflate; ours does, and the app's adapter (as browsers) offers it.",
    ],
  };
}
