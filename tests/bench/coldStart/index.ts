/** Benchmark `cold-start` (issue 2): offline launch of the built PWA from the service-worker cache. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../lib/proc";
import { allMet, atMost } from "../lib/result";
import type { BenchOptions, BenchResult } from "../lib/result";
import { median, round } from "../lib/stats";
import { buildApp, serveApp, wasmSizes } from "./app";
import { install, measuredLaunch } from "./browser";
import type { LaunchFigures } from "./browser";

const THROTTLES = [1, 4] as const;

function pick(
  runs: readonly LaunchFigures[],
  field: (r: LaunchFigures) => number | null | undefined,
): number {
  return round(
    median(runs.map(field).filter((v): v is number => typeof v === "number" && Number.isFinite(v))),
    1,
  );
}

function wasmField(run: LaunchFigures, key: "compileMs" | "instantiateMs"): number | null {
  const value = (run.wasm as Record<string, unknown> | null)?.[key];
  return typeof value === "number" ? value : null;
}

/** Duration of the app's own first WebAssembly.instantiate[Streaming] call (fetch included when streaming). */
function appInstantiateMs(run: LaunchFigures): number | null {
  const calls = (
    run.wasm as { appCalls?: { name: string; startMs: number; endMs: number | null }[] } | null
  )?.appCalls;
  const call = calls?.find(
    (c) => c.name.startsWith("instantiate") && c.endMs !== null && c.endMs >= 0,
  );
  return call && call.endMs !== null ? call.endMs - call.startMs : null;
}

export async function run({ quick }: BenchOptions): Promise<BenchResult> {
  const runs = quick ? 3 : 9;
  const outDir = join(ROOT, ".bench-out", "app-dist");
  process.stderr.write("[cold-start] building the app…\n");
  const buildMs = buildApp(outDir);
  const sizes = await wasmSizes(outDir);
  const app = await serveApp(outDir);
  const profile = await mkdtemp(join(tmpdir(), "recolte-bench-profile-"));
  const byThrottle: Record<string, LaunchFigures[]> = {};
  try {
    await install(profile, app.url);
    // Interleaved: 1×, 4×, 1×, 4×… so drift in machine load hits both alike.
    for (let i = 0; i < runs; i++) {
      for (const rate of THROTTLES) {
        process.stderr.write(`[cold-start] launch ${i + 1}/${runs} at ${rate}×\n`);
        (byThrottle[`${rate}x`] ??= []).push(await measuredLaunch(profile, app.url, rate));
      }
    }
  } finally {
    await app.close();
    await rm(profile, { recursive: true, force: true });
  }
  const summary = THROTTLES.map((rate) => {
    const list = byThrottle[`${rate}x`] ?? [];
    return {
      cpuThrottle: rate,
      runs: list.length,
      allControlledBySW: list.every((r) => r.controlled),
      medianInteractiveMs: pick(list, (r) => r.interactiveMs),
      medianHomeInDomMs: pick(list, (r) => r.domMs),
      medianDomContentLoadedMs: pick(list, (r) => r.domContentLoaded),
      medianAppWasmInstantiateMs: pick(list, appInstantiateMs),
      medianWasmCompileFromBytesMs: pick(list, (r) => wasmField(r, "compileMs")),
      medianWasmInstantiateCompiledMs: pick(list, (r) => wasmField(r, "instantiateMs")),
      interactiveMs: list.map((r) => round(r.interactiveMs, 1)),
      samples: list,
    };
  });
  const at4 = summary.find((s) => s.cpuThrottle === 4);
  const targets = [
    atMost(
      "median offline launch to interactive home at 4× (ms)",
      at4?.medianInteractiveMs ?? null,
      1000,
      "≤ 1000 ms",
    ),
  ];
  return {
    name: "cold-start",
    issue: 2,
    description:
      "built PWA, headless Chromium, persistent profile, network cut: navigation start → first frame showing an enabled « Nouvel atelier »",
    settings: {
      runsPerThrottle: runs,
      throttles: THROTTLES,
      server: app.server,
      buildMs: round(buildMs, 0),
    },
    results: { wasm: sizes, launches: summary },
    targets,
    met: allMet(targets),
    notes: [
      "Each launch is a new browser process on the same user-data dir (the SW and its precache persist), offline via context.setOffline(true), throttled via CDP Emulation.setCPUThrottlingRate on the page (the service worker itself is not throttled).",
      "Time is on the page clock from navigation start; browser process start-up is excluded.",
      "medianAppWasmInstantiateMs: the app's own WebAssembly.instantiate[Streaming] call during the launch (wrapped by an init script; includes the SW fetch when streaming).",
      "medianWasmCompileFromBytesMs / medianWasmInstantiateCompiledMs: after the launch, WebAssembly.compile of the bytes fetched through the SW, then instantiate with stub imports, at the same throttle (no code cache).",
    ],
  };
}
