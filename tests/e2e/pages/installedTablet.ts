import type { Browser, BrowserContext } from "@playwright/test";
import { RecolteApp } from "./RecolteApp";

export const LANDSCAPE = { width: 1024, height: 768 };
export const PORTRAIT = { width: 768, height: 1024 };

/**
 * A fresh tablet: its own context (storage), a profile, the app loaded once and installed (a
 * service worker controls it), so it can then work offline. `baseURL` serves it from another
 * relay than the suite's.
 */
export async function installedTablet(
  browser: Browser,
  name: string,
  options: { viewport?: { width: number; height: number }; baseURL?: string } = {},
): Promise<{ context: BrowserContext; app: RecolteApp }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? LANDSCAPE,
    acceptDownloads: true,
    ...(options.baseURL !== undefined && { baseURL: options.baseURL }),
  });
  const app = new RecolteApp(await context.newPage());
  await app.goto("/");
  await app.ensureProfile(name);
  await app.waitForServiceWorker();
  return { context, app };
}
