/** One fan-out measurement: R rooms × k clients against one relay kind. */
import { waitFor } from "../../helpers/waitFor";
import { selfStats } from "../lib/proc";
import { round, summarizeLatency } from "../lib/stats";
import type { LatencySummary } from "../lib/stats";
import { startRelayProcess } from "../relays/RelayProcess";
import type { RelayKind } from "../relays/kinds";
import { createRoom, joinRoom, rawClient } from "./clients";
import type { FanoutClient, LatencySink } from "./clients";

export interface FanoutOptions {
  rooms: number;
  perRoom: number;
  /** Changes per second per client. */
  rate: number;
  warmupMs: number;
  durationMs: number;
}

export interface FanoutResult {
  relay: RelayKind;
  changes: number;
  /** Changes written ÷ changes scheduled: below ~0.95 the load generator could not keep up. */
  achievedRateFraction: number;
  /** Deliveries expected (changes × (k − 1)) and the share of writers' last stamps that arrived. */
  expectedDeliveries: number;
  undeliveredFinalStamps: number;
  latencyMs: LatencySummary;
  relayCpuMsPerChange: number;
  relayCpuPercent: number;
  relayRssMB: number;
  loadgenCpuMsPerChange: number;
  loadgenCpuPercent: number;
}

async function connectAll(
  kind: RelayKind,
  wsUrl: (room: string) => string,
  o: FanoutOptions,
  sink: LatencySink,
) {
  const rooms = await Promise.all(
    Array.from({ length: o.rooms }, async (_, r) => {
      const ids = Array.from({ length: o.perRoom }, (_, c) => `r${r}c${c}`);
      if (kind === "raw") return Promise.all(ids.map((id) => rawClient(wsUrl(`r${r}`), id, sink)));
      const [first, docUrl] = await createRoom(wsUrl(""), ids[0] ?? "c0", sink);
      const rest = await Promise.all(
        ids.slice(1).map((id) => joinRoom(wsUrl(""), docUrl, id, sink)),
      );
      return [first, ...rest];
    }),
  );
  return rooms;
}

/** Runs the writers: each client writes `rate`/s with a random phase, until `stop()`. */
function startWriters(clients: readonly FanoutClient[], rate: number) {
  const counters = new Map<string, number>();
  const timers: ReturnType<typeof setTimeout>[] = [];
  const period = 1000 / rate;
  for (const client of clients) {
    counters.set(client.id, 0);
    const tick = (): void => {
      const n = (counters.get(client.id) ?? 0) + 1;
      counters.set(client.id, n);
      client.write(n);
    };
    timers.push(setTimeout(() => timers.push(setInterval(tick, period)), Math.random() * period));
  }
  return {
    counters,
    total: () => [...counters.values()].reduce((a, b) => a + b, 0),
    stop: () => timers.forEach((t) => clearInterval(t)),
  };
}

export async function runFanout(kind: RelayKind, o: FanoutOptions): Promise<FanoutResult> {
  const relay = await startRelayProcess(kind);
  const sink: LatencySink = { window: { start: Infinity, end: Infinity }, samples: [] };
  try {
    const rooms = await connectAll(kind, (room) => relay.wsUrl(room), o, sink);
    const clients = rooms.flat();
    const writers = startWriters(clients, o.rate);
    await new Promise((done) => setTimeout(done, o.warmupMs)); // load ramp, not synchronisation
    const [relay0, self0, changes0] = [await relay.stats(), selfStats(), writers.total()];
    sink.window = { start: performance.now(), end: performance.now() + o.durationMs };
    await new Promise((done) => setTimeout(done, o.durationMs)); // the measured window itself
    sink.window.end = performance.now();
    const changes = writers.total() - changes0;
    writers.stop();
    // Drain: wait until every client has seen every room-mate's last stamp (or give up and count).
    const missing = (): number =>
      rooms.reduce(
        (sum, room) =>
          sum +
          room.reduce(
            (s, c) =>
              s +
              room.filter(
                (w) => w !== c && (c.seen.get(w.id) ?? 0) < (writers.counters.get(w.id) ?? 0),
              ).length,
            0,
          ),
        0,
      );
    const drainMs = Math.max(5_000, o.durationMs / 2);
    await waitFor(() => missing() === 0, { timeout: drainMs, interval: 20 }).catch(() => undefined);
    const [relay1, self1] = [await relay.stats(), selfStats()];
    const elapsedMs = performance.now() - sink.window.start;
    await Promise.all(clients.map((c) => c.close()));
    return {
      relay: kind,
      changes,
      achievedRateFraction: round(
        changes / ((clients.length * o.rate * (sink.window.end - sink.window.start)) / 1000),
        3,
      ),
      expectedDeliveries: changes * (o.perRoom - 1),
      undeliveredFinalStamps: missing(),
      latencyMs: summarizeLatency(sink.samples),
      relayCpuMsPerChange: round((relay1.cpuMs - relay0.cpuMs) / changes, 4),
      relayCpuPercent: round((100 * (relay1.cpuMs - relay0.cpuMs)) / elapsedMs, 1),
      relayRssMB: round(relay1.rss / 2 ** 20, 1),
      loadgenCpuMsPerChange: round((self1.cpuMs - self0.cpuMs) / changes, 4),
      loadgenCpuPercent: round((100 * (self1.cpuMs - self0.cpuMs)) / elapsedMs, 1),
    };
  } finally {
    await relay.stop();
  }
}
