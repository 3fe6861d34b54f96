/**
 * Benchmark `seeds-list` (issue 6): open an atelier with 50 seeds at `/atelier/<id>/graines` in
 * the built app (served by our relay), data already in this device's IndexedDB, at 1× and 4× CPU:
 * navigation start → first frame with the 50 seed cards listed, and → first frame where every card
 * shows its summary (status, group size, next task). Reference, same origin and storage: the naive
 * list — `repo.find` of the workshop and all 50 seeds, then the cards rendered from them.
 */
import { join } from "node:path";
import { chromium } from "playwright";
import type { BrowserContext, Page } from "playwright";
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumVersion, throttle } from "../../lib/chromium";
import { ROOT } from "../../lib/proc";
import { allMet, atMost } from "../../lib/result";
import type { BenchOptions, BenchResult, TargetCheck } from "../../lib/result";
import { median, ratio, round } from "../../lib/stats";
import { buildApp, serveApp } from "../../coldStart/app";
import { buildRefPage } from "./build";

const SEEDS = 50;
const REF_DIR = "bench-seeds-ref";

/** Page-clock times: the list reaching `n` cards, and every card showing a summary (string: TS-free). */
function probe(n: number): string {
  return `(() => {
  const state = (window.__seedsProbe = { bootAt: null, listedAt: null, summariesAt: null, liveAtListed: null, cachedAtListed: null });
  const check = () => {
    if (state.bootAt === null && document.querySelector("[role=status]")) state.bootAt = performance.now();
    const cards = document.querySelectorAll("li.seed-card");
    if (state.listedAt === null && cards.length >= ${n}) {
      const live = [...cards].filter((c) => c.dataset.summary === "live").length;
      const cached = [...cards].filter((c) => c.dataset.summary === "cache").length;
      requestAnimationFrame(() => {
        if (state.listedAt === null) {
          state.listedAt = performance.now();
          state.liveAtListed = live;
          state.cachedAtListed = cached;
        }
      });
    }
    if (state.summariesAt === null && cards.length >= ${n} &&
        [...cards].every((c) => c.dataset.summary === "live" || c.dataset.summary === "cache")) {
      requestAnimationFrame(() => { if (state.summariesAt === null) state.summariesAt = performance.now(); });
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;
}

interface Probe {
  /** The app's shell is up (its sync indicator is in the DOM): boot is over, the atelier opens. */
  bootAt: number | null;
  listedAt: number | null;
  summariesAt: number | null;
  liveAtListed: number | null;
  cachedAtListed: number | null;
}

async function firstLaunch(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const name = page.getByLabel("Votre nom");
  const home = page.getByRole("button", { name: "Nouvel atelier" });
  await name.or(home).first().waitFor({ timeout: 60_000 });
  if (await name.isVisible()) {
    await name.fill("Banc d'essai");
    await page.getByRole("button", { name: "Commencer" }).click();
  }
  await home.waitFor({ timeout: 60_000 });
}

function readProbe(page: Page): Promise<Probe> {
  return page.evaluate(() => (window as unknown as { __seedsProbe: Probe }).__seedsProbe);
}

/** What the page shows, for an error message when the list never appears. */
async function describePage(page: Page): Promise<string> {
  const cards = await page.locator("li.seed-card").count();
  const text = (await page.locator("body").innerText()).slice(0, 300).replace(/\s+/g, " ");
  return `${cards} cards; page: ${text}`;
}

async function measureOurs(
  context: BrowserContext,
  url: string,
  rate: number,
  id: string,
  { warm = false } = {},
): Promise<Probe> {
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: probe(SEEDS) });
    await throttle(page, rate);
    await page.goto(`${url}/atelier/${id}/graines`);
    try {
      await page.waitForFunction(
        () => (window as unknown as { __seedsProbe: Probe }).__seedsProbe.listedAt !== null,
        undefined,
        { timeout: 60_000 },
      );
    } catch (error) {
      throw new Error(`the seed list never showed ${SEEDS} cards (${await describePage(page)})`, {
        cause: error,
      });
    }
    if (warm) {
      // Bring every card on screen once, so each loads its seed and caches its summary.
      const cards = page.locator("li.seed-card");
      for (let i = 0; i < SEEDS; i += 4) await cards.nth(i).scrollIntoViewIfNeeded();
      await cards.nth(SEEDS - 1).scrollIntoViewIfNeeded();
      await page.waitForFunction(
        (n) => document.querySelectorAll('li.seed-card[data-summary="live"]').length >= n,
        SEEDS,
        { timeout: 120_000 },
      );
    } else {
      // Summaries: from the cache for cards shown before; a miss is reported as null.
      await page
        .waitForFunction(
          () => (window as unknown as { __seedsProbe: Probe }).__seedsProbe.summariesAt !== null,
          undefined,
          { timeout: 30_000 },
        )
        .catch(() => undefined);
    }
    return await readProbe(page);
  } finally {
    await page.close();
  }
}

async function measureReference(context: BrowserContext, url: string, rate: number, id: string) {
  const page = await context.newPage();
  try {
    await throttle(page, rate);
    await page.goto(`${url}/${REF_DIR}/ref.html`);
    await page.waitForFunction(() => document.title === "ready");
    return await page.evaluate((w) => window.__seeds.reference(w), id);
  } finally {
    await page.close();
  }
}

export async function run({ quick }: BenchOptions): Promise<BenchResult> {
  const runs = quick ? 2 : 5;
  const throttles = [1, 4];
  const outDir = join(ROOT, ".bench-out", "seeds-app-dist");
  process.stderr.write("[seeds-list] building the app…\n");
  buildApp(outDir);
  await buildRefPage(join(outDir, REF_DIR));
  const app = await serveApp(outDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rows: unknown[] = [];
  const targets: TargetCheck[] = [];
  let seedSeconds = 0;
  try {
    // One context = one device: its IndexedDB holds the atelier. No service worker, so the helper
    // page is not answered with the app shell; the app itself is served by the relay.
    const context = await browser.newContext({ serviceWorkers: "block" });
    const setup = await context.newPage();
    await firstLaunch(setup, app.url);
    await setup.goto(`${app.url}/${REF_DIR}/ref.html`);
    await setup.waitForFunction(() => document.title === "ready");
    const started = Date.now();
    process.stderr.write(`[seeds-list] writing an atelier with ${SEEDS} seeds…\n`);
    const id = await setup.evaluate((n) => window.__seeds.seed(n), SEEDS);
    seedSeconds = round((Date.now() - started) / 1000, 1);
    await setup.close();
    // A first visit, as the tablet that opened the list before: visible cards cache summaries.
    await measureOurs(context, app.url, 1, id, { warm: true });
    for (const rate of throttles) {
      const ours: Probe[] = [];
      const reference: { listedMs: number; startedMs: number; seeds: number }[] = [];
      for (let r = 0; r < runs; r++) {
        process.stderr.write(`[seeds-list] ${rate}× run ${r + 1}/${runs}…\n`);
        ours.push(await measureOurs(context, app.url, rate, id));
        reference.push(await measureReference(context, app.url, rate, id));
      }
      const listed = round(median(ours.map((p) => p.listedAt ?? Number.NaN)), 1);
      const opened = round(
        median(ours.map((p) => (p.listedAt ?? Number.NaN) - (p.bootAt ?? Number.NaN))),
        1,
      );
      const refOpened = round(median(reference.map((x) => x.listedMs - x.startedMs)), 1);
      const withSummaries = ours.flatMap((p) => (p.summariesAt === null ? [] : [p.summariesAt]));
      const summaries = withSummaries.length ? round(median(withSummaries), 1) : null;
      const refListed = round(median(reference.map((x) => x.listedMs)), 1);
      rows.push({
        cpuThrottle: rate,
        ours: {
          appReadyToListedMedianMs: opened,
          bootMedianMs: round(median(ours.map((p) => p.bootAt ?? Number.NaN)), 1),
          listedMedianMs: listed,
          allSummariesMedianMs: summaries,
          runsWithoutAllSummaries: runs - withSummaries.length,
          liveCardsAtListed: ours.map((p) => p.liveAtListed),
          cachedCardsAtListed: ours.map((p) => p.cachedAtListed),
          listedMs: ours.map((p) => round(p.listedAt ?? Number.NaN, 1)),
        },
        reference: {
          scriptStartToListedMedianMs: refOpened,
          listedMedianMs: refListed,
          seeds: reference[0]?.seeds ?? null,
          listedMs: reference.map((x) => round(x.listedMs, 1)),
        },
        ratioOursOverReference: {
          opened: ratio(opened, refOpened),
          listed: ratio(listed, refListed),
          allSummaries: ratio(summaries, refListed),
        },
      });
      if (rate === 4) {
        targets.push(
          atMost(
            `4× ours atelier open (app ready) → ${SEEDS} seed cards listed, median (ms)`,
            opened,
            1000,
            "≤ 1 s at 4×",
          ),
          atMost(
            `4× ours navigation start (cold page load, app boot included) → ${SEEDS} seed cards listed, median (ms)`,
            listed,
            1000,
            "≤ 1 s at 4×",
          ),
        );
      }
    }
    await context.close();
  } finally {
    await browser.close();
    await app.close();
  }
  return {
    name: "seeds-list",
    issue: 6,
    description: `Open an atelier with ${SEEDS} seeds (« Graines de projet ») in the built app, data in IndexedDB: navigation start → ${SEEDS} cards listed, vs repo.find of all ${SEEDS} seeds then the cards (naive)`,
    settings: {
      seeds: SEEDS,
      runs,
      throttles,
      seedSeconds,
      chromium: chromiumVersion(),
      server: app.server,
    },
    results: rows,
    targets,
    met: allMet(targets),
    notes: [
      "Each seed: 6 members, 12 tasks, 3 meetings, a status change and a ~4,500-character journal typed in 300 changes, written through the app's own createAtelier/createSeed/linkSeed into the app's IndexedDB (same origin helper page).",
      "Ours: a new page on the same device (browser context) at /atelier/<id>/graines, throttled before navigation; times on the page clock from navigation start (app boot included): listed = first frame with the 50 li.seed-card, allSummaries = first frame where every card shows a summary (cached or live).",
      "appReadyToListed: from the app's shell being up (its role=status sync indicator in the DOM) to the 50 cards painted — the atelier's open time proper; boot: navigation start → shell up (what the cold-start bench covers, here without service worker). Reference scriptStartToListed: from its script starting (Automerge wasm ready) to its cards painted.",
      "liveCardsAtListed / cachedCardsAtListed: how many cards had a live (document loaded) or cached summary when the list was first painted — the list does not wait for the seed documents.",
      "A first unmeasured visit warms the device's summary cache for the cards it showed, as a tablet that opened the list before.",
      "Reference: same origin and IndexedDB, a page with a Repo on the app's DexieStorageAdapter: repo.find(workshop), then repo.find of all seeds (Promise.all), summarizeSeed of each, React render of the cards; navigation start → first frame after the render. It has no app boot (router, profile, relay) to do, which favours it.",
      "Service workers are blocked in this context (the helper page must not get the app shell); the relay serves the app and /sync.",
    ],
  };
}
