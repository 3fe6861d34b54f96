import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { RecolteApp } from "./pages/RecolteApp";
import { SafetyPage } from "./pages/SafetyPage";
import { AddressBookPage } from "./pages/AddressBookPage";
import { BoardPage } from "./pages/BoardPage";

const SAVED = "Tout est enregistré sur le serveur";

async function shoot(page: Page, name: string): Promise<void> {
  for (const [w, h] of [
    [1024, 768],
    [768, 1024],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `test-results/safety/${name}-${w}x${h}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1024, height: 768 });
}

test("the safety view tells the truth: pending while offline, everything on the server once back", async ({
  browser,
}) => {
  const context = await browser.newContext();
  try {
    const app = new RecolteApp(await context.newPage());
    const safety = new SafetyPage(app.page);
    await app.goto("/");
    await app.ensureProfile("Alex");
    await app.createAtelier("Atelier sauvegarde");
    await expect(app.status()).toHaveText("Synchronisé");

    // Reachable from the status element too.
    await app.page.getByRole("button", { name: "Détails de la synchronisation" }).click();
    await app.page.getByRole("banner").getByRole("link", { name: "État de la sauvegarde" }).click();
    await expect(safety.verdict()).toHaveText(SAVED);
    await expect(safety.documents().getByRole("row")).toHaveCount(4); // header + 3 documents
    await shoot(app.page, "saved");

    await context.setOffline(true);
    await expect(app.status()).toContainText("Hors ligne");
    await safety.openBasics();
    await app.addAgendaItem({ title: "Ajouté hors ligne", start: "09:00" });
    await app.waitForLocalSave();
    await safety.openSafety();
    await expect(safety.verdict()).toContainText("Pas encore sauvegardé");
    await expect(safety.verdict()).toContainText(
      /\d+ modifications? (n'est|ne sont) pas sur le serveur/,
    );
    await expect(app.page.getByText(SAVED)).toHaveCount(0);
    await expect(app.page.getByText(/^Hors ligne : voici/)).toBeVisible();
    await shoot(app.page, "offline-pending");

    // Still offline after a reload: the acknowledgements were persisted, the count is the same.
    await app.page.reload();
    await expect(safety.verdict()).toContainText("Pas encore sauvegardé");

    await context.setOffline(false);
    await expect(safety.verdict()).toHaveText(SAVED, { timeout: 30_000 });
    await expect(app.status()).toHaveText("Synchronisé");
  } finally {
    await context.close();
  }
});

test("two tablets: presence shows the other; « Quoi de neuf ? » lists B's contact and note under B's name", async ({
  browser,
}) => {
  const tabletA = await browser.newContext();
  const tabletB = await browser.newContext({ viewport: { width: 768, height: 1024 } });
  try {
    const a = new RecolteApp(await tabletA.newPage());
    await a.goto("/");
    await a.ensureProfile("Alex");
    const id = await a.createAtelier("Atelier à deux");
    await expect(a.status()).toHaveText("Synchronisé");

    const b = new RecolteApp(await tabletB.newPage());
    await b.goto(`/atelier/${id}`);
    await b.ensureProfile("Bea");
    await expect(b.basics().getByLabel("Titre")).toHaveValue("Atelier à deux");

    const safetyA = new SafetyPage(a.page);
    const safetyB = new SafetyPage(b.page);
    await expect(safetyA.presence()).toHaveText("Ici maintenant : Bea");
    await expect(safetyB.presence()).toHaveText("Ici maintenant : Alex");
    await shoot(a.page, "presence");
    // Presence messages never cost a tablet its relay connection.
    await expect(a.status()).toHaveText("Synchronisé");
    await expect(b.status()).toHaveText("Synchronisé");

    const book = new AddressBookPage(b.page);
    await book.open();
    await book.openAddForm();
    await book.addContact({ name: "Chloé Martin" });
    const board = new BoardPage(b.page);
    await board.open();
    await board.addNotes("Freins", "Pas de local");
    await expect(b.status()).toHaveText("Synchronisé");

    await safetyA.openNews();
    const bea = safetyA.person("Bea");
    await expect(bea).toContainText("Chloé Martin");
    await expect(bea).toContainText("Pas de local");
    await expect(bea).toContainText("1 contact ajouté");
    await expect(bea).toContainText("1 note ajoutée");
    // Alex created the atelier: their own work is not news to them.
    await expect(safetyA.person("Alex")).toHaveCount(0);
    await shoot(a.page, "whats-new");

    await safetyA.markRead();
    await expect(a.page.getByText("Marqué comme lu.")).toBeVisible();
    await expect(bea).toHaveCount(0);
    // Still read after a reload (the seen heads are stored on the device).
    await a.page.reload();
    await expect(a.page.getByText("Rien de neuf depuis votre dernière visite.")).toBeVisible();

    // B leaves: presence on A forgets B after the expiry.
    await tabletB.close();
    await expect(safetyA.presence()).toHaveCount(0, { timeout: 30_000 });
  } finally {
    await tabletA.close();
    await tabletB.close().catch(() => undefined);
  }
});
