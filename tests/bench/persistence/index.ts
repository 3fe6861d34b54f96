/** Benchmark `local-persistence` (issue 2): IndexedDB transactions/s and write amplification. */
import { join } from "node:path";
import { chromium } from "playwright";
import { buildBenchPages } from "../browser/build";
import { IDB_COUNTER_SCRIPT } from "../browser/idbCount";
import type { PersistenceRun } from "../browser/persistence";
import { CHROMIUM_ARGS, CHROMIUM_PATH, throttle } from "../lib/chromium";
import { ROOT } from "../lib/proc";
import { allMet, atMost } from "../lib/result";
import type { BenchOptions, BenchResult, TargetCheck } from "../lib/result";
import { serveStatic } from "../lib/staticServer";
import { ratio, round } from "../lib/stats";

const RATE = 10;
const ADAPTERS = ["reference", "ours"] as const;

function summarize(run: PersistenceRun) {
  const seconds = run.elapsedMs / 1000;
  return {
    edits: run.edits,
    seconds: round(seconds, 2),
    transactionsPerSecond: round(
      (run.transactions.readonly + run.transactions.readwrite) / seconds,
      3,
    ),
    writeTransactionsPerSecond: round(run.transactions.readwrite / seconds, 3),
    transactions: run.transactions,
    storedBytes: run.storedBytes,
    storedRecords: run.storedRecords,
    saveBytes: run.saveBytes,
    amplification: round(run.storedBytes / run.saveBytes, 3),
    databases: run.databases,
  };
}

export async function run({ quick }: BenchOptions): Promise<BenchResult> {
  const plan = quick
    ? [
        { throttle: 1, durationMs: 10_000 },
        { throttle: 4, durationMs: 10_000 },
      ]
    : [
        { throttle: 1, durationMs: 60_000 },
        { throttle: 4, durationMs: 30_000 },
      ];
  const pages = join(ROOT, ".bench-out", "pages");
  await buildBenchPages(pages);
  const server = await serveStatic(pages);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rows = [];
  const targets: TargetCheck[] = [];
  try {
    for (const step of plan) {
      const by: Partial<Record<(typeof ADAPTERS)[number], ReturnType<typeof summarize>>> = {};
      for (const adapter of ADAPTERS) {
        process.stderr.write(`[local-persistence] ${step.throttle}× ${adapter}…\n`);
        // A fresh context per run: an empty origin, so stored bytes are this run's alone.
        const context = await browser.newContext();
        await context.addInitScript({ content: IDB_COUNTER_SCRIPT });
        const page = await context.newPage();
        await page.goto(`${server.url}/persistence.html`);
        await page.waitForFunction(() => document.title === "ready");
        await throttle(page, step.throttle);
        const result = await page.evaluate(
          ([name, ms, rate]) =>
            (
              window as unknown as {
                __bench: {
                  runPersistence(a: string, d: number, r: number): Promise<PersistenceRun>;
                };
              }
            ).__bench.runPersistence(name, ms, rate),
          [adapter, step.durationMs, RATE] as const,
        );
        by[adapter] = summarize(result);
        await context.close();
      }
      const label = `${step.throttle}×`;
      targets.push(
        atMost(
          `${label} ours IndexedDB transactions/s`,
          by.ours?.transactionsPerSecond ?? null,
          2,
          "≤ 2",
        ),
        atMost(
          `${label} ours amplification (stored ÷ save)`,
          by.ours?.amplification ?? null,
          2,
          "≤ 2",
        ),
      );
      rows.push({
        cpuThrottle: step.throttle,
        durationMs: step.durationMs,
        adapters: by,
        ratiosOursOverReference: {
          transactionsPerSecond: ratio(
            by.ours?.transactionsPerSecond,
            by.reference?.transactionsPerSecond,
          ),
          amplification: ratio(by.ours?.amplification, by.reference?.amplification),
        },
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    name: "local-persistence",
    issue: 2,
    description: `${RATE} small text edits/s on one document in Chromium; IndexedDB transactions/s and bytes stored ÷ Automerge.save()`,
    settings: {
      editsPerSecond: RATE,
      plan,
      reference: "IndexedDBStorageAdapter() at defaults on new Repo({ storage })",
    },
    results: rows,
    targets,
    met: allMet(targets),
    notes: [
      "Transactions counted by wrapping IDBDatabase.prototype.transaction before any page script; the window covers the edits and the final flush (repo.flush, then the adapter's flush for ours).",
      "Stored bytes = sum of binary values in every IndexedDB database of the origin after the run.",
      "Ours is composed as the app does (createRepo + DexieStorageAdapter), without network.",
    ],
  };
}
