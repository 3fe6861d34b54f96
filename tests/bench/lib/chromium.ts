/** Headless Chromium as this machine needs it (DESIGN §11), and CDP CPU throttling. */
import { execFileSync } from "node:child_process";
import type { Page } from "playwright";

export { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../helpers/chromium";
import { CHROMIUM_PATH } from "../../helpers/chromium";

/** `Chromium 156.0…` from the binary (null if it cannot be run). */
export function chromiumVersion(): string | null {
  try {
    return execFileSync(CHROMIUM_PATH, ["--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return null;
  }
}

/** Applies a CPU slowdown factor to the page's renderer (1 = none). */
export async function throttle(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
}
