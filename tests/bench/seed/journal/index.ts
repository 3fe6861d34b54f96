/**
 * Benchmark `seed-journal` (issue 6): a seed journal of 60,000 characters with 200,000 edits of
 * history, in Chromium at 1× and 4× CPU: keypress-to-paint p95 in the app's JournalEditor
 * (ProseMirror + @automerge/prosemirror) against a plain ProseMirror editor with the same schema
 * and content and no Automerge binding (the floor), and the time to generate the sync message
 * of each keystroke for a peer that was in sync.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "playwright";
import type { Browser } from "playwright";
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumVersion, throttle } from "../../lib/chromium";
import { ROOT } from "../../lib/proc";
import { allMet, atMost } from "../../lib/result";
import type { BenchOptions, BenchResult, TargetCheck } from "../../lib/result";
import { serveStatic } from "../../lib/staticServer";
import { median, percentile, ratio, round } from "../../lib/stats";
import { buildJournalPage } from "./build";
import { buildJournalHistory } from "./history";
import type { OpenResult, Side } from "./page";

const SIDES: readonly Side[] = ["floor", "ours"];
/** Bump when history.ts changes, so a cached document is rebuilt. */
const HISTORY_VERSION = 1;

/** Keys typed per run: words with spaces, and a backspace now and then. */
function keySequence(n: number): string[] {
  // ASCII only: Playwright presses keys of a US layout.
  const text = "les voisins proposent un calendrier de semis partage pour le jardin ";
  const keys: string[] = [];
  for (let i = 0; keys.length < n; i++) {
    keys.push(i % 11 === 10 ? "Backspace" : (text[i % text.length] ?? "a"));
  }
  return keys;
}

async function journalBytes(length: number, edits: number, cacheDir: string) {
  const file = join(cacheDir, `journal-v${HISTORY_VERSION}-${length}-${edits}.bin`);
  const meta = `${file}.json`;
  if (existsSync(file) && existsSync(meta)) {
    return { bytes: await readFile(file), info: JSON.parse(await readFile(meta, "utf8")) };
  }
  process.stderr.write(`[seed-journal] building ${edits} edits of history (once, cached)…\n`);
  const history = buildJournalHistory(length, edits);
  const { bytes, ...info } = history;
  await writeFile(file, bytes);
  await writeFile(meta, JSON.stringify(info));
  return { bytes: Buffer.from(bytes), info };
}

interface RunFigures {
  open: OpenResult;
  samples: number[];
  toChange: number[];
  syncMs: number[];
  syncBytes: number[];
}

async function oneRun(
  browser: Browser,
  url: string,
  side: Side,
  rate: number,
  keys: readonly string[],
): Promise<RunFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${url}/page.html`);
    await page.waitForFunction(() => document.title === "ready");
    await throttle(page, rate);
    const open = await page.evaluate((s) => window.__bench.open(s), side);
    // Warm-up keys (JIT, first layout) are typed and dropped.
    const warm = 5;
    for (let i = 0; i < keys.length + warm; i++) {
      await page.keyboard.press(keys[i % keys.length] ?? "a");
      await page
        .waitForFunction((n) => window.__bench.count() >= n, i + 1, { polling: 20 })
        .catch(async (error: unknown) => {
          const shown = await page.evaluate(
            () => document.querySelector("[role=alert]")?.textContent ?? "no error shown",
          );
          throw new Error(`${side}: key ${i} produced no painted edit (${shown})`, {
            cause: error,
          });
        });
    }
    const results = await page.evaluate(() => window.__bench.results());
    return {
      open,
      samples: results.samples.slice(warm),
      toChange: results.toChange.slice(warm),
      syncMs: results.syncMs.slice(warm),
      syncBytes: results.syncBytes.slice(warm),
    };
  } finally {
    await context.close();
  }
}

export async function run({ quick }: BenchOptions): Promise<BenchResult> {
  const length = 60_000;
  const edits = 200_000;
  const runs = quick ? 1 : 3;
  const keysPerRun = quick ? 40 : 100;
  const throttles = [1, 4];
  const out = join(ROOT, ".bench-out", "seed-journal-page");
  const cacheDir = join(ROOT, ".bench-out", "cache");
  await mkdir(cacheDir, { recursive: true });
  const { bytes, info } = await journalBytes(length, edits, cacheDir);
  await buildJournalPage(out);
  await writeFile(join(out, "journal.bin"), bytes);
  const server = await serveStatic(out);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const keys = keySequence(keysPerRun);
  const rows: unknown[] = [];
  const targets: TargetCheck[] = [];
  try {
    for (const rate of throttles) {
      const per: Record<Side, RunFigures[]> = { floor: [], ours: [] };
      for (let r = 0; r < runs; r++) {
        // Interleave the sides, alternating which goes first.
        const order = r % 2 === 0 ? SIDES : [...SIDES].reverse();
        for (const side of order) {
          process.stderr.write(`[seed-journal] ${rate}× ${side} run ${r + 1}/${runs}…\n`);
          per[side].push(await oneRun(browser, server.url, side, rate, keys));
        }
      }
      const summary = (side: Side) => {
        const list = per[side];
        const sync = list.flatMap((x) => x.syncMs);
        return {
          runs: list.length,
          keysPerRun,
          keypressToPaintP95Ms: round(median(list.map((x) => percentile(x.samples, 95))), 2),
          keypressToPaintP50Ms: round(median(list.map((x) => percentile(x.samples, 50))), 2),
          keypressToPaintMaxMs: round(Math.max(...list.flatMap((x) => x.samples)), 2),
          ...(side === "ours"
            ? {
                keydownToChangeP50Ms: round(median(list.map((x) => percentile(x.toChange, 50))), 2),
                keydownToChangeP95Ms: round(median(list.map((x) => percentile(x.toChange, 95))), 2),
              }
            : {}),
          openMedianMs: round(median(list.map((x) => x.open.openMs)), 1),
          characters: list[0]?.open.characters ?? null,
          paragraphs: list[0]?.open.paragraphs ?? null,
          ...(sync.length
            ? {
                syncMessageMedianMs: round(median(sync), 3),
                syncMessageP95Ms: round(percentile(sync, 95), 3),
                syncMessageMedianBytes: median(list.flatMap((x) => x.syncBytes)),
              }
            : {}),
        };
      };
      const floor = summary("floor");
      const ours = summary("ours");
      rows.push({
        cpuThrottle: rate,
        sides: { floor, ours },
        ratiosOursOverFloor: {
          keypressToPaintP95: ratio(ours.keypressToPaintP95Ms, floor.keypressToPaintP95Ms),
          keypressToPaintP50: ratio(ours.keypressToPaintP50Ms, floor.keypressToPaintP50Ms),
          open: ratio(ours.openMedianMs, floor.openMedianMs),
        },
      });
      if (rate === 4) {
        targets.push(
          atMost(
            "4× ours keypress-to-paint p95, median of runs (ms)",
            ours.keypressToPaintP95Ms,
            16,
            "≤ 16 ms at 4×",
          ),
        );
      }
      targets.push(
        atMost(
          `${rate}× ours sync message per keystroke, p95 (ms)`,
          ours.syncMessageP95Ms ?? null,
          2,
          "≤ 2 ms per sync message",
        ),
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    name: "seed-journal",
    issue: 6,
    description: `A seed journal of ${length} characters with ${edits} edits of history: keypress-to-paint in Chromium (JournalEditor vs plain ProseMirror, the floor) and sync-message generation per keystroke`,
    settings: {
      targetLength: length,
      edits,
      history: info,
      documentBytes: bytes.byteLength,
      runs,
      keysPerRun,
      warmupKeys: 5,
      throttles,
      chromium: chromiumVersion(),
    },
    results: rows,
    targets,
    met: allMet(targets),
    notes: [
      "Document: built in Node with @automerge/automerge, one change per edit as the editor binding makes them (initSeed, then keystroke inserts, backspace runs, revisions elsewhere, paragraph/heading/list-item block markers, strong/em/link marks); cached in .bench-out/cache.",
      "Keys: pressed by Playwright (trusted CDP input) at the end of the middle paragraph, one at a time (the next key waits for the previous sample); every 11th key is Backspace.",
      "Keypress-to-paint: keydown event timestamp → a task posted from the first animation frame in which the edit is applied (after that frame's paint). Ours includes the @automerge/prosemirror transaction→change, the handle's change event and the React toolbar update.",
      "Reference (floor): plain ProseMirror, same schema, keymaps, history and content, no Automerge. It is not the textarea+updateText variant.",
      "Sync: Automerge.generateSyncMessage(handle.doc(), syncState) right after each keystroke's paint, for a peer (a loaded copy in the same page) that was in sync before the keystroke; the exchange is then completed untimed.",
      "keydownToChange (ours): keydown timestamp → the repo handle's change event, i.e. ProseMirror's transaction, the @automerge/prosemirror binding and the Automerge change; the rest of keypress-to-paint is React/DOM/paint.",
      "Figures: p95 per run, median over runs. The machine is shared (other benches and builds may run); wall figures carry that noise.",
    ],
  };
}
