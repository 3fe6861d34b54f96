import { chromium, expect, test } from "@playwright/test";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RecolteApp } from "./pages/RecolteApp";
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_PORT } from "./env";

test.describe("the offline capture loop", () => {
  test("first launch asks for a name, then an atelier is created, edited and survives a reload", async ({
    page,
  }) => {
    const app = new RecolteApp(page);
    await app.goto("/");
    await expect(page.getByLabel("Votre nom")).toBeVisible();
    await app.ensureProfile("Camille");
    await expect(page.getByRole("button", { name: "Importer un fichier" })).toBeVisible();

    await app.createAtelier("Alimentation durable");
    await app.setBasic("Thématique", "Circuits courts");
    await app.setBasic("Territoire", "Pays de Redon");
    await app.addAgendaItem({ title: "Accueil café", start: "09:00", end: "09:30" });
    await app.addAgendaItem({ title: "Tour de table", start: "09:30", end: "10:30" });
    await app.addAgendaItem({ title: "Repas partagé", start: "12:00", end: "13:00" });
    await app
      .agendaItem("Repas partagé")
      .getByRole("button", { name: /^Monter/ })
      .click();
    await expect
      .poll(() => app.agendaTitles())
      .toEqual(["Accueil café", "Repas partagé", "Tour de table"]);
    await app.waitForLocalSave();

    await page.reload();
    await expect(app.basics().getByLabel("Thématique")).toHaveValue("Circuits courts");
    await expect(app.basics().getByLabel("Territoire")).toHaveValue("Pays de Redon");
    await expect
      .poll(() => app.agendaTitles())
      .toEqual(["Accueil café", "Repas partagé", "Tour de table"]);

    await page.getByRole("link", { name: "Récolte" }).click();
    await expect(page.getByRole("link", { name: "Alimentation durable" })).toBeVisible();
    await expect(page.getByText("prêt hors ligne").first()).toBeVisible();
  });

  test("after one online visit the app reloads and keeps working with the network cut", async ({
    page,
    context,
  }) => {
    const app = new RecolteApp(page);
    await app.goto("/");
    await app.ensureProfile();
    const id = await app.createAtelier("Atelier sans réseau");
    await app.waitForServiceWorker();

    await context.setOffline(true);
    await page.reload();
    await expect(app.basics().getByLabel("Titre")).toHaveValue("Atelier sans réseau");
    await expect(app.status()).toContainText("Hors ligne");
    await app.addAgendaItem({ title: "Capturé hors ligne", start: "14:00" });
    await app.waitForLocalSave();

    // A deep link opens offline too (navigateFallback).
    await page.goto(`/atelier/${id}/partager`);
    await expect(page.getByRole("heading", { name: "Lien de l'atelier" })).toBeVisible();
    await page.goto(`/atelier/${id}`);
    await expect(app.agendaItem("Capturé hors ligne")).toBeVisible();
    await context.setOffline(false);
  });

  test("closing the whole browser and reopening it offline keeps everything", async () => {
    const userDataDir = await mkdtemp(join(tmpdir(), "recolte-profile-"));
    const launch = () =>
      chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
        baseURL: `http://127.0.0.1:${E2E_PORT}`,
        locale: "fr-FR",
        viewport: { width: 768, height: 1024 },
      });
    try {
      let context = await launch();
      let app = new RecolteApp(context.pages()[0] ?? (await context.newPage()));
      await app.goto("/");
      await app.ensureProfile("Dominique");
      const id = await app.createAtelier("Atelier persistant");
      await app.addAgendaItem({ title: "Forum ouvert", start: "10:00", end: "11:00" });
      await app.waitForLocalSave();
      await app.waitForServiceWorker();
      await context.close();

      context = await launch();
      await context.setOffline(true);
      app = new RecolteApp(context.pages()[0] ?? (await context.newPage()));
      await app.goto(`/atelier/${id}`);
      await expect(app.basics().getByLabel("Titre")).toHaveValue("Atelier persistant");
      await expect(app.agendaItem("Forum ouvert")).toBeVisible();
      await expect(app.page.getByRole("button", { name: /Dominique/ })).toBeVisible();
      await context.close();
    } finally {
      await rm(userDataDir, { recursive: true, force: true });
    }
  });

  test("two tabs of the same device see each other's edits", async ({ context }) => {
    const first = new RecolteApp(await context.newPage());
    await first.goto("/");
    await first.ensureProfile();
    const id = await first.createAtelier("Deux onglets");

    const second = new RecolteApp(await context.newPage());
    await second.goto(`/atelier/${id}`);
    await expect(second.basics().getByLabel("Titre")).toHaveValue("Deux onglets");

    await second.addAgendaItem({ title: "Vu depuis l'onglet 2" });
    await expect(first.agendaItem("Vu depuis l'onglet 2")).toBeVisible();
    await first.setBasic("Description", "Écrit dans l'onglet 1");
    await expect(second.basics().getByLabel("Description")).toHaveValue("Écrit dans l'onglet 1");
  });
});
