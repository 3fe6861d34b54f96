/** The Chromium side of cold start: first visit (install), then measured offline launches. */
import type { BrowserContext } from "playwright";
import { chromium } from "playwright";
import { CHROMIUM_ARGS, CHROMIUM_PATH, throttle } from "../lib/chromium";
import { INTERACTIVE_PROBE, NAVIGATION_FACTS, WASM_PROBE, WASM_TIMING } from "./pageScripts";

const HOME = { role: "button", name: "Nouvel atelier" } as const;

function launch(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/** First visit on a fresh profile: create the profile, wait for the service worker to control the page. */
export async function install(userDataDir: string, url: string): Promise<void> {
  const context = await launch(userDataDir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    const name = page.getByLabel("Votre nom");
    const home = page.getByRole(HOME.role, { name: HOME.name });
    await name.or(home).first().waitFor({ timeout: 60_000 });
    if (await name.isVisible()) {
      await name.fill("Banc d'essai");
      await page.getByRole("button", { name: "Commencer" }).click();
    }
    await home.waitFor({ timeout: 60_000 });
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    // The first page is not controlled (no clients.claim in "prompt" mode): the next load is.
    await page.reload();
    await home.waitFor({ timeout: 60_000 });
    const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
    if (!controlled) throw new Error("service worker does not control the page after install");
  } finally {
    await context.close();
  }
}

export interface LaunchFigures {
  throttle: number;
  interactiveMs: number;
  domMs: number | null;
  controlled: boolean;
  workerStart: number | null;
  responseEnd: number | null;
  domContentLoaded: number | null;
  wasm: unknown;
}

/** One measured launch: new browser on the same profile, network cut, CPU throttled, load home. */
export async function measuredLaunch(
  userDataDir: string,
  url: string,
  rate: number,
): Promise<LaunchFigures> {
  const context = await launch(userDataDir);
  try {
    await context.setOffline(true);
    await context.addInitScript({ content: INTERACTIVE_PROBE });
    await context.addInitScript({ content: WASM_PROBE });
    const page = context.pages()[0] ?? (await context.newPage());
    await throttle(page, rate);
    await page.goto(url);
    await page.getByRole(HOME.role, { name: HOME.name }).waitFor({ timeout: 60_000 });
    await page.waitForFunction(
      () => (window as { __homeFrameAt?: number }).__homeFrameAt !== undefined,
    );
    const facts = (await page.evaluate(NAVIGATION_FACTS)) as {
      controlled: boolean;
      workerStart: number | null;
      responseEnd: number | null;
      domContentLoaded: number | null;
      homeDomAt: number | null;
      homeFrameAt: number | null;
    };
    const wasm = await page.evaluate(WASM_TIMING);
    return {
      throttle: rate,
      interactiveMs: facts.homeFrameAt ?? Number.NaN,
      domMs: facts.homeDomAt,
      controlled: facts.controlled,
      workerStart: facts.workerStart,
      responseEnd: facts.responseEnd,
      domContentLoaded: facts.domContentLoaded,
      wasm,
    };
  } finally {
    await context.close();
  }
}
