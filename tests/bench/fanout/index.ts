/** Benchmark `relay-fanout` (issue 3): live fan-out through raw / stock / ours, same run. */
import { atMost, below, allMet } from "../lib/result";
import type { BenchOptions, BenchResult, TargetCheck } from "../lib/result";
import { ratio } from "../lib/stats";
import type { RelayKind } from "../relays/kinds";
import { runFanout } from "./scenario";
import type { FanoutResult } from "./scenario";

const SCENARIOS = [
  { rooms: 50, perRoom: 3 },
  { rooms: 1, perRoom: 30 },
] as const;
/** Interleaved: the three relays one after another within each scenario. */
const ORDER: readonly RelayKind[] = ["raw", "stock", "ours"];

export async function run({ quick }: BenchOptions): Promise<BenchResult> {
  const timing = { rate: 2, warmupMs: quick ? 1_000 : 2_000, durationMs: quick ? 5_000 : 20_000 };
  const scenarios = [];
  const targets: TargetCheck[] = [];
  for (const shape of SCENARIOS) {
    const label = `${shape.rooms}x${shape.perRoom}`;
    const byRelay: Partial<Record<RelayKind, FanoutResult>> = {};
    for (const kind of ORDER) {
      process.stderr.write(`[relay-fanout] ${label} ${kind}…\n`);
      byRelay[kind] = await runFanout(kind, { ...shape, ...timing });
    }
    const { stock, ours } = byRelay;
    const ratios = {
      relayCpuPerChange: ratio(ours?.relayCpuMsPerChange, stock?.relayCpuMsPerChange),
      p50: ratio(ours?.latencyMs.p50, stock?.latencyMs.p50),
      p99: ratio(ours?.latencyMs.p99, stock?.latencyMs.p99),
      relayRss: ratio(ours?.relayRssMB, stock?.relayRssMB),
      vsRawFloorCpu: ratio(ours?.relayCpuMsPerChange, byRelay.raw?.relayCpuMsPerChange),
    };
    targets.push(
      atMost(`${label} relay CPU per change, ours ÷ stock`, ratios.relayCpuPerChange, 0.5, "≤ 0.5"),
      below(
        `${label} p50 latency ms, ours`,
        ours?.latencyMs.p50 ?? null,
        stock?.latencyMs.p50 ?? null,
        "< stock p50",
      ),
      below(
        `${label} p99 latency ms, ours`,
        ours?.latencyMs.p99 ?? null,
        stock?.latencyMs.p99 ?? null,
        "< stock p99",
      ),
    );
    scenarios.push({ scenario: label, ...shape, relays: byRelay, ratiosOursOverStock: ratios });
  }
  return {
    name: "relay-fanout",
    issue: 3,
    description:
      "R rooms × k clients on loopback, each writing small changes; remote-update latency, relay CPU/RSS",
    settings: {
      ...timing,
      order: ORDER,
      client: "stock automerge-repo WebSocketClientAdapter, no storage",
    },
    results: scenarios,
    targets,
    met: allMet(targets),
    notes: [
      "Latency = receive time − send time embedded in the change (same process clock), sends inside the window only.",
      "Relay CPU per change = relay process CPU (user+system) from window start to drain end ÷ changes written in the window.",
      "All clients live in one load-generator process; its CPU and achievedRateFraction (changes written ÷ scheduled) are reported so saturation is visible: when the generator falls behind, latency includes its own queueing.",
      "Drain: after the window, up to max(5 s, window/2) for every client to see every room-mate's last stamp; stamps still missing are counted in undeliveredFinalStamps.",
    ],
  };
}
