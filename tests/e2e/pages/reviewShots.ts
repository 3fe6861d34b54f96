import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "@playwright/test";

/**
 * Screenshots for a person to review (not committed): when `dir` is set, `shot(page, name)` saves
 * the full page at 1024×768 and 768×1024 (the two tablet orientations), then restores the viewport.
 */
export function reviewShots(dir: string | null) {
  return async function shot(page: Page, name: string): Promise<void> {
    if (!dir) return;
    await mkdir(dir, { recursive: true });
    const original = page.viewportSize();
    for (const [width, height] of [
      [1024, 768],
      [768, 1024],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(dir, `${name}-${width}x${height}.png`), fullPage: true });
    }
    if (original) await page.setViewportSize(original);
  };
}
