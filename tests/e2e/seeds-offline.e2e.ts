import { expect, test } from "@playwright/test";
import type { Browser, BrowserContext } from "@playwright/test";
import { SeedPage } from "./pages/SeedPage";
import { installedTablet, PORTRAIT } from "./pages/installedTablet";

/** A fresh installed tablet with the seeds page object. */
async function freshTablet(browser: Browser, name: string, portrait = false) {
  const tablet = await installedTablet(browser, name, portrait ? { viewport: PORTRAIT } : {});
  return { ...tablet, seeds: new SeedPage(tablet.app.page) };
}

test("a fresh tablet opens seed links offline: « En attente de synchronisation », then the seed from the relay or from its file", async ({
  browser,
}, testInfo) => {
  const contexts: BrowserContext[] = [];
  try {
    const a = await freshTablet(browser, "Alex");
    contexts.push(a.context);
    const atelierId = await a.app.createAtelier("Atelier jardins");
    await a.seeds.openList();
    const onRelay = await a.seeds.create("Composteur");
    // « Partager » of a seed gives the seed's own link, never the atelier's.
    const link = await a.seeds.shareLink();
    expect(link).toBe(`${new URL(a.app.page.url()).origin}/graine/${onRelay}`);
    await a.app.waitForLocalSave();
    await expect(a.app.status()).toHaveText("Synchronisé");

    // A second seed made with no network: the relay never sees it; it travels by file.
    await a.context.setOffline(true);
    await a.app.page.goto(`/atelier/${atelierId}/graines`);
    const byFile = await a.seeds.create("Jardin partagé");
    await a.app.waitForLocalSave();
    const file = await a.seeds.exportSeed();
    const filePath = testInfo.outputPath(file.suggestedFilename());
    await file.saveAs(filePath);

    const b = await freshTablet(browser, "Bea", true);
    contexts.push(b.context);
    await b.context.setOffline(true);
    await expect(b.app.status()).toContainText("Hors ligne");

    // The relay's seed: waiting offline, then the seed itself once the tablet is online.
    await b.app.page.goto(`/graine/${onRelay}`);
    await expect(b.seeds.waiting()).toBeVisible();
    await expect(
      b.app.page.getByText("Cette graine n'est pas encore sur cet appareil."),
    ).toBeVisible();
    await b.context.setOffline(false);
    await expect(b.seeds.heading("Composteur")).toBeVisible();

    // The file's seed: waiting (offline), then imported right on the waiting page.
    await b.context.setOffline(true);
    await b.app.page.goto(`/graine/${byFile}`);
    await expect(b.seeds.waiting()).toBeVisible();
    await expect(b.app.page.getByText("« Exporter la graine »")).toBeVisible();
    await b.seeds.importBundle(filePath);
    await expect(b.seeds.heading("Jardin partagé")).toBeVisible();
    await expect(b.seeds.waiting()).toHaveCount(0);
    await expect(b.app.status()).toContainText("Hors ligne");

    // The journal's « Lien » tool draws its own icon (no font glyph that may be missing).
    await b.seeds.section("Journal");
    const linkTool = b.app.page.getByRole("button", { name: "Lien", exact: true });
    await expect(linkTool.locator("svg")).toBeVisible();
    expect((await linkTool.locator("svg").boundingBox())?.width).toBeGreaterThan(10);
  } finally {
    for (const context of contexts) await context.close();
  }
});

test("opening an atelier online fetches every seed: offline afterwards, each one opens; a rename reaches the atelier's link", async ({
  browser,
}) => {
  const contexts: BrowserContext[] = [];
  try {
    const a = await freshTablet(browser, "Alex");
    contexts.push(a.context);
    const atelierId = await a.app.createAtelier("Atelier mobilités");
    const titles = ["Covoiturage", "Pédibus", "Vélo-école"];
    const ids: string[] = [];
    for (const title of titles) {
      await a.app.page.goto(`/atelier/${atelierId}/graines`);
      ids.push(await a.seeds.create(title));
    }
    // Renamed from its page opened from the atelier's list: the list and the link follow.
    await a.app.page.goto(`/atelier/${atelierId}/graines`);
    await a.seeds.card("Pédibus").getByRole("link").click();
    await a.seeds.rename("Pédibus du matin");
    await a.app.page.getByRole("button", { name: "Mettre la graine à la corbeille" }).click();
    // Back through the app (no reload): home, the atelier, its seeds' bin.
    await a.app.page.getByRole("link", { name: "Récolte", exact: true }).click();
    await a.app.page.getByRole("link", { name: "Atelier mobilités" }).click();
    await a.seeds.openList();
    await a.app.page.getByRole("link", { name: "Corbeille (1)" }).click();
    await a.app.page.getByRole("button", { name: "Restaurer « Pédibus du matin »" }).click();
    await a.app.page.getByRole("link", { name: "En cours (3)" }).click();
    await expect(a.seeds.card("Pédibus du matin")).toBeVisible();
    await a.app.waitForLocalSave();
    await expect(a.app.status()).toHaveText("Synchronisé");

    // Tablet B opens the atelier online and stays on its first page: no seed card is shown,
    // yet every seed is fetched in the background before « prêt hors ligne ».
    const b = await freshTablet(browser, "Bea", true);
    contexts.push(b.context);
    await b.app.page.goto(`/atelier/${atelierId}`);
    await expect(
      b.app.page.getByRole("heading", { level: 1, name: "Atelier mobilités" }),
    ).toBeVisible();
    await expect(b.app.page.getByText("prêt hors ligne", { exact: true })).toBeVisible();
    await expect(b.app.page.getByText(/graines sur cet appareil/)).toHaveCount(0);

    await b.context.setOffline(true);
    const shown = ["Covoiturage", "Pédibus du matin", "Vélo-école"];
    for (const [i, id] of ids.entries()) {
      await b.app.page.goto(`/graine/${id}`);
      await expect(b.seeds.heading(shown[i] ?? "")).toBeVisible();
      await expect(b.seeds.waiting()).toHaveCount(0);
    }
    await expect(b.app.status()).toContainText("Hors ligne");
    // The list offline: every card from this device.
    await b.app.page.goto(`/atelier/${atelierId}/graines`);
    for (const title of shown) {
      await expect(b.seeds.card(title)).toContainText("Idée");
    }
  } finally {
    for (const context of contexts) await context.close();
  }
});
