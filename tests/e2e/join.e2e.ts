import { writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import type { APIRequestContext, Browser, BrowserContext, Page } from "@playwright/test";
import { JoinPage } from "./pages/JoinPage";
import { installedTablet, LANDSCAPE, PORTRAIT } from "./pages/installedTablet";

/** A fresh installed tablet with the « Partager »/« Rejoindre » page object. */
async function freshTablet(browser: Browser, name: string, viewport = LANDSCAPE) {
  const tablet = await installedTablet(browser, name, { viewport });
  return { ...tablet, join: new JoinPage(tablet.app.page) };
}

async function shot(page: Page, path: string, viewport: { width: number; height: number }) {
  await page.setViewportSize(viewport);
  await page.screenshot({ path, fullPage: true });
}

/** Tablet A: an atelier with one programme item, held by the relay (« Synchronisé »). */
async function atelierOnRelay(browser: Browser, title: string) {
  const a = await freshTablet(browser, "Alex");
  await a.app.createAtelier(title);
  await a.app.addAgendaItem({ title: "Tour de table", start: "09:00" });
  await a.app.waitForLocalSave();
  await expect(a.app.status()).toContainText("Synchronisé");
  return a;
}

test("B joins by link while offline: « En attente de synchronisation », then the atelier when online", async ({
  browser,
}, testInfo) => {
  const contexts: BrowserContext[] = [];
  try {
    const a = await atelierOnRelay(browser, "Atelier de Brest");
    contexts.push(a.context);
    const link = await a.join.openShare();
    expect(link).toBe(`${new URL(a.app.page.url()).origin}/atelier/${a.app.atelierId()}`);
    await shot(a.app.page, testInfo.outputPath("partager-1024x768.png"), LANDSCAPE);
    await shot(a.app.page, testInfo.outputPath("partager-768x1024.png"), PORTRAIT);

    const b = await freshTablet(browser, "Bea", PORTRAIT);
    contexts.push(b.context);
    await b.context.setOffline(true);
    await expect(b.app.status()).toContainText("Hors ligne");

    // A bad paste gets a clear French message and loses nothing.
    await b.join.openJoin();
    await shot(b.app.page, testInfo.outputPath("rejoindre-768x1024.png"), PORTRAIT);
    await shot(b.app.page, testInfo.outputPath("rejoindre-1024x768.png"), LANDSCAPE);
    const field = b.app.page.getByLabel("Lien d'invitation");
    await field.fill(link.slice(0, -3));
    await b.app.page.getByRole("button", { name: "Ouvrir" }).click();
    await expect(b.join.joinError()).toContainText("incomplet ou abîmé");
    await expect(field).toHaveValue(link.slice(0, -3));

    await b.app.goto("/");
    await b.join.join(link);
    await b.app.page.waitForURL(`**/atelier/${a.app.atelierId()}`);
    await expect(b.join.waiting()).toBeVisible();
    await expect(b.app.page.getByText("n'est pas connecté au relais")).toBeVisible();
    await shot(b.app.page, testInfo.outputPath("attente-768x1024.png"), PORTRAIT);

    await b.context.setOffline(false);
    await expect(
      b.app.page.getByRole("heading", { level: 1, name: "Atelier de Brest" }),
    ).toBeVisible();
    await expect.poll(() => b.app.agendaTitles()).toEqual(["Tour de table"]);

    // It is in B's list now, and « Mes liens » carries the same link.
    await b.join.openMyLinks();
    await expect(b.join.myLinks().getByRole("link", { name: "Atelier de Brest" })).toBeVisible();
    expect(await b.join.listedLinks()).toEqual([link]);
    await shot(b.app.page, testInfo.outputPath("mes-liens-768x1024.png"), PORTRAIT);

    // « Mes liens » exported, then imported on a brand-new tablet: the same entries.
    const file = await b.join.exportMyLinks();
    const listPath = testInfo.outputPath(file.suggestedFilename());
    await file.saveAs(listPath);
    const c = await freshTablet(browser, "Chloé");
    contexts.push(c.context);
    await c.join.openMyLinks();
    const bad = testInfo.outputPath("pas-des-liens.json");
    await writeFile(bad, '{"format":"autre"}');
    await c.join.importMyLinks(bad);
    await expect(c.app.page.getByRole("alert")).toContainText("Rien n'a été ajouté.");
    await expect(c.join.myLinks().getByRole("listitem")).toHaveCount(0);
    await c.join.importMyLinks(listPath);
    await expect(c.app.page.getByText("1 lien ajouté sur cet appareil.")).toBeVisible();
    expect(await c.join.listedLinks()).toEqual([link]);
    await c.join.myLinks().getByRole("link", { name: "Atelier de Brest" }).click();
    await expect(
      c.app.page.getByRole("heading", { level: 1, name: "Atelier de Brest" }),
    ).toBeVisible();
  } finally {
    for (const context of contexts) await context.close();
  }
});

test("B opens the link offline, then A's bundle file is imported on the waiting page: the atelier appears", async ({
  browser,
}, testInfo) => {
  const contexts: BrowserContext[] = [];
  try {
    const a = await freshTablet(browser, "Alex");
    contexts.push(a.context);
    // A works with no network at all: the relay never sees this atelier.
    await a.context.setOffline(true);
    await a.app.createAtelier("Atelier sans réseau");
    await a.app.addAgendaItem({ title: "Accueil", start: "09:00" });
    await a.app.waitForLocalSave();
    const link = await a.join.openShare();
    const download = a.app.page.waitForEvent("download");
    await a.app.page.getByRole("button", { name: "Exporter l'atelier" }).click();
    const bundle = await download;
    const bundlePath = testInfo.outputPath(bundle.suggestedFilename());
    await bundle.saveAs(bundlePath);

    const b = await freshTablet(browser, "Bea", PORTRAIT);
    contexts.push(b.context);
    await b.context.setOffline(true);
    // The shared link opened directly (offline: the service worker serves the app shell).
    await b.app.goto(link);
    await expect(b.join.waiting()).toBeVisible();
    // Opening it was joining: it is in this tablet's list, and opens from there.
    await b.app.goto("/");
    const list = b.app.page.getByRole("list", { name: "Mes ateliers" });
    await list.getByRole("link", { name: "Atelier sans titre" }).click();
    await expect(b.join.waiting()).toBeVisible();

    await b.join.importBundle(bundlePath);
    await expect(
      b.app.page.getByRole("heading", { level: 1, name: "Atelier sans réseau" }),
    ).toBeVisible();
    await expect.poll(() => b.app.agendaTitles()).toEqual(["Accueil"]);
    await expect(b.app.status()).toContainText("Hors ligne");
  } finally {
    for (const context of contexts) await context.close();
  }
});

/** How many requests the relay has answered « doc-unavailable » (its Prometheus counter). */
async function unavailableAnswers(request: APIRequestContext): Promise<number> {
  const text = await (await request.get("/metrics")).text();
  const match = /^relay_unavailable_requests_total\s+(\d+)/m.exec(text);
  return match ? Number(match[1]) : 0;
}

test("B waits on a connected relay that lacks the atelier; it appears once A comes online", async ({
  browser,
  request,
}) => {
  const contexts: BrowserContext[] = [];
  try {
    const a = await freshTablet(browser, "Alex");
    contexts.push(a.context);
    await a.context.setOffline(true);
    await a.app.createAtelier("Atelier du soir");
    await a.app.waitForLocalSave();
    const link = await a.join.openShare();

    const b = await freshTablet(browser, "Bea", PORTRAIT);
    contexts.push(b.context);
    await expect(b.app.status()).toContainText("Synchronisé");
    const answered = await unavailableAnswers(request);
    await b.join.join(link);
    await expect(b.join.waiting()).toBeVisible();
    await expect(b.app.page.getByText("n'a pas encore ce document")).toBeVisible();

    // The relay has told B it does not have it (its short wait for uploads on their way is over):
    // only B asking again can bring it now.
    await expect
      .poll(() => unavailableAnswers(request), { timeout: 45_000 })
      .toBeGreaterThan(answered);
    await a.context.setOffline(false);
    await expect(a.app.status()).toContainText("Synchronisé");
    await expect(
      b.app.page.getByRole("heading", { level: 1, name: "Atelier du soir" }),
    ).toBeVisible({
      timeout: 45_000,
    });
  } finally {
    for (const context of contexts) await context.close();
  }
});
