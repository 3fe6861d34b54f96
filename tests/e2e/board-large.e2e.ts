import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { RecolteApp } from "./pages/RecolteApp";
import { BoardPage } from "./pages/BoardPage";
import { addPeople } from "./pages/BoardTablets";

/** Types `n` notes into a category quickly (the field keeps focus between notes). */
async function typeNotes(board: BoardPage, category: string, n: number, prefix: string) {
  const field = board.addField(category);
  for (let i = 1; i <= n; i++) {
    await field.fill(`${prefix} ${String(i).padStart(3, "0")}`);
    await field.press("Enter");
  }
  await expect(field).toHaveValue("");
}

test("a long column renders only what it shows, and still scrolls, moves by keyboard and drags", async ({
  page,
}) => {
  const app = new RecolteApp(page);
  await app.goto("/");
  await app.ensureProfile("Camille");
  await app.createAtelier("Longue colonne");
  const board = new BoardPage(page);
  await board.open();
  await typeNotes(board, "Envies", 120, "Envie");
  await expect(board.column("Envies")).toContainText("120 notes");
  // Virtualised: far fewer cards in the DOM than notes in the column.
  const rendered = () => board.column("Envies").locator("li.note-card").count();
  await expect.poll(rendered).toBeGreaterThan(3);
  expect(await rendered()).toBeLessThan(60);
  await expect(board.note("Envies", "Envie 120")).toHaveCount(0);

  // Scrolling the column brings the last notes in.
  const body = board.column("Envies").locator(".board-column-body");
  await body.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(board.note("Envies", "Envie 120")).toBeVisible();
  await expect(board.note("Envies", "Envie 001")).toHaveCount(0);

  // Keyboard move out of the long column, then a drag from it onto another column.
  await board.moveToCategory("Envies", "Envie 118", "Leviers");
  await expect(board.column("Envies")).toContainText("119 notes");
  await board.addNotes("Initiatives locales", "Pas de local");
  await board.dragOnto(
    { category: "Envies", text: "Envie 119" },
    board.note("Initiatives locales", "Pas de local"),
  );
  await expect
    .poll(async () => [...(await board.texts("Initiatives locales"))].sort())
    .toEqual(["Envie 119", "Pas de local"]);
  await expect(board.column("Envies")).toContainText("118 notes");

  // The reload paints the board, long column included.
  await app.waitForLocalSave();
  await page.reload();
  await expect(board.column("Envies")).toContainText("118 notes");
  await expect(board.note("Leviers", "Envie 118")).toBeVisible();
});

/** Controls of the board page smaller than a fingertip (44 px), by accessible name. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.locator(".board-page").evaluate((root) => {
    const out: string[] = [];
    for (const el of root.querySelectorAll<HTMLElement>(
      "button, select, input:not([type=checkbox]), textarea, summary, nav a",
    )) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue; // not shown
      if (el.closest("[aria-hidden=true], .visually-hidden")) continue;
      if (r.height < 43.5 || r.width < 30) {
        out.push(
          `${el.tagName} « ${el.getAttribute("aria-label") ?? el.textContent ?? ""} » ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
      }
    }
    return out;
  });
}

const SIZES = [
  { name: "paysage", width: 1024, height: 768 },
  { name: "portrait", width: 768, height: 1024 },
] as const;

for (const size of SIZES) {
  test(`screen review (${size.name} ${size.width}×${size.height}): board, kit, list, bin, categories — no page overflow, 44 px targets, French`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    const shots = process.env.BOARD_SHOTS;
    const shot = async (name: string) =>
      page.screenshot({
        path: shots ? `${shots}/${name}-${size.name}.png` : testInfo.outputPath(`${name}.png`),
        fullPage: true,
      });
    const app = new RecolteApp(page);
    await app.goto("/");
    await app.ensureProfile("Camille");
    await app.createAtelier(`Revue ${size.name}`);
    const board = new BoardPage(page);
    await board.open();
    await addPeople(board, "Hélène Martin", "Paul Durand");
    await board.addNotes("Freins", "Pas de local", "Transport rare le soir et le week-end");
    await board.addNotes("Besoins / manques", "Un local partagé");
    await page.getByRole("button", { name: "Nouveau groupe" }).first().click();
    const screens = [
      ["tableau", "Tableau"],
      ["liste", "Liste"],
      ["vote", "Vote"],
      ["animation", "Animation"],
      ["synthese", "Synthèse"],
      ["categories", "Catégories"],
      ["corbeille", "Corbeille"],
    ] as const;
    const problems: string[] = [];
    for (const [file, link] of screens) {
      await board.view(link).click();
      await expect(board.view(link)).toHaveAttribute("aria-current", "page");
      await shot(file);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 1) problems.push(`${link}: page wider than the screen by ${overflow} px`);
      for (const s of await smallTargets(page)) problems.push(`${link}: ${s}`);
      const english = await page
        .locator(".board-page")
        .evaluate((root) =>
          /\b(Add|Delete|Remove|Save|Cancel|Loading|Drag|Move|Close)\b/.test(
            root.textContent ?? "",
          ),
        );
      if (english) problems.push(`${link}: English text`);
    }
    expect(problems).toEqual([]);
  });
}
