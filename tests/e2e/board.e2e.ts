import { expect, test } from "@playwright/test";
import { RecolteApp } from "./pages/RecolteApp";
import { BoardPage } from "./pages/BoardPage";

const SIZES = [
  { name: "paysage", width: 1024, height: 768 },
  { name: "portrait", width: 768, height: 1024 },
] as const;

for (const size of SIZES) {
  test(`board (${size.name} ${size.width}×${size.height}): add, edit, move by keyboard and by drag, reload`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    const app = new RecolteApp(page);
    await app.goto("/");
    await app.ensureProfile("Camille");
    await app.createAtelier(`État des lieux ${size.name}`);
    const board = new BoardPage(page);
    await board.open();

    await board.addNotes("Freins", "Pas de local", "Peu de bénévoles", "Horaires difficiles");
    await board.addNotes("Leviers", "Mairie motivée");
    await board.addNotes("Besoins / manques", "Un lieu de stockage");

    await board.editNote("Freins", "Peu de bénévoles", "Peu de bénévoles disponibles");
    await board.moveToCategory("Freins", "Horaires difficiles", "Besoins / manques");

    // Keyboard reorder: « Monter » once.
    const dialog = await board.openActions("Freins", "Peu de bénévoles disponibles");
    await dialog.getByRole("button", { name: "Monter" }).click();
    await expect
      .poll(() => board.texts("Freins"))
      .toEqual(["Peu de bénévoles disponibles", "Pas de local"]);
    await board.closeDialog();

    // Mouse drag onto a note of another column.
    await board.dragOnto(
      { category: "Freins", text: "Pas de local" },
      board.note("Leviers", "Mairie motivée"),
    );
    await expect.poll(() => board.texts("Leviers")).toEqual(["Pas de local", "Mairie motivée"]);
    await expect.poll(() => board.texts("Freins")).toEqual(["Peu de bénévoles disponibles"]);

    await app.waitForLocalSave();
    // Screenshot review (not a test assertion): BOARD_SHOTS=/tmp/shots-board.
    if (process.env.BOARD_SHOTS) {
      await page.screenshot({ path: `${process.env.BOARD_SHOTS}/board-${size.name}.png` });
      await board.openActions("Freins", "Peu de bénévoles disponibles");
      await page.screenshot({ path: `${process.env.BOARD_SHOTS}/note-${size.name}.png` });
      await board.closeDialog();
    }
    const before = await board.snapshot(["Freins", "Leviers", "Besoins / manques"]);
    await page.reload();
    await expect(board.column("Freins")).toBeVisible();
    await expect
      .poll(() => board.snapshot(["Freins", "Leviers", "Besoins / manques"]))
      .toEqual(before);
    expect(before["Besoins / manques"]).toEqual(["Un lieu de stockage", "Horaires difficiles"]);
  });
}
