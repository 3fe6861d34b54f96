/**
 * A real pointer drag on the real board: Playwright's mouse takes the first note of « Travaux
 * précédents » by its handle and drops it between the 2nd and 3rd notes of « Ressources »,
 * moving in small steps with one animation frame between steps (as a finger would), while the
 * page records frame intervals and long tasks. The drop's commit is included (until the note
 * shows in its new column and one more frame is painted).
 */
import type { Page } from "playwright";

interface ProbeApi {
  probeStart(): void;
  probeStop(): { frames: number[]; longTasks: number[] };
}

const FROM = "travaux|";
const TO = "ressources|";

export interface DragRun {
  frames: number[];
  longTasks: number[];
  /** From the mouse release to the note shown in the target column (ms, measured by Node). */
  dropToScreenMs: number;
  moved: boolean;
}

const frame = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

export async function dragOnce(page: Page, steps: number): Promise<DragRun> {
  const handle = page.locator(`[data-container="${FROM}"] > [data-note-id] .note-handle`).first();
  const target = page.locator(`[data-container="${TO}"] > [data-note-id]`).nth(2);
  const id = await handle.evaluate(
    (el) => el.closest<HTMLElement>("[data-note-id]")?.dataset.noteId ?? "",
  );
  const a = await handle.boundingBox();
  const b = await target.boundingBox();
  if (!a || !b) throw new Error("drag source or target not on screen");
  const from = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
  const to = { x: b.x + b.width / 2, y: b.y + b.height * 0.25 };
  await page.evaluate(() => (window as unknown as { __bench: ProbeApi }).__bench.probeStart());
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await frame(page);
  for (let k = 1; k <= steps; k++) {
    const t = k / steps;
    await page.mouse.move(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
    await frame(page);
  }
  const released = Date.now();
  await page.mouse.up();
  await page.waitForFunction(
    ([noteId, key]) =>
      document
        .querySelector(`[data-note-id="${noteId}"]`)
        ?.closest("[data-container]")
        ?.getAttribute("data-container") === key,
    [id, TO] as const,
    { timeout: 60_000 },
  );
  const dropToScreenMs = Date.now() - released;
  await frame(page);
  const probe = await page.evaluate(() =>
    (window as unknown as { __bench: ProbeApi }).__bench.probeStop(),
  );
  return { ...probe, dropToScreenMs, moved: true };
}
