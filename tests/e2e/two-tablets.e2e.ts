import { expect, test } from "@playwright/test";
import { RecolteApp } from "./pages/RecolteApp";

test("two tablets converge through the relay after one of them worked offline", async ({
  browser,
}) => {
  const tabletA = await browser.newContext();
  const tabletB = await browser.newContext({ viewport: { width: 768, height: 1024 } });
  try {
    const a = new RecolteApp(await tabletA.newPage());
    await a.goto("/");
    await a.ensureProfile("Alex");
    const id = await a.createAtelier("Atelier partagé");
    await expect(a.status()).toHaveText("Synchronisé");

    const b = new RecolteApp(await tabletB.newPage());
    await b.goto(`/atelier/${id}`);
    await b.ensureProfile("Bea");
    await expect(b.basics().getByLabel("Titre")).toHaveValue("Atelier partagé");

    await tabletA.setOffline(true);
    await expect(a.status()).toContainText("Hors ligne");
    await a.addAgendaItem({ title: "Ajouté hors ligne par A", start: "09:00" });
    await expect(a.status()).toContainText(/Hors ligne · \d+ modifications? en attente/);

    await b.addAgendaItem({ title: "Ajouté en ligne par B", start: "10:00" });
    await expect(b.status()).toHaveText("Synchronisé");

    await tabletA.setOffline(false);
    await expect(a.agendaItem("Ajouté en ligne par B")).toBeVisible();
    await expect(b.agendaItem("Ajouté hors ligne par A")).toBeVisible();
    await expect(a.status()).toHaveText("Synchronisé");
    expect(await a.agendaTitles()).toEqual(await b.agendaTitles());
  } finally {
    await tabletA.close();
    await tabletB.close();
  }
});
