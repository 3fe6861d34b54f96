import { readFile, writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { RecolteApp } from "./pages/RecolteApp";
import { AddressBookPage } from "./pages/AddressBookPage";

/** « Importer un fichier » on the home screen, through the system file picker. */
async function importFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Importer un fichier" }).click();
  await (await chooser).setFiles(path);
}

test("an atelier travels by file to an offline tablet; re-import changes nothing; bad files are refused", async ({
  browser,
}, testInfo) => {
  const tabletA = await browser.newContext({ acceptDownloads: true });
  const tabletB = await browser.newContext({ viewport: { width: 768, height: 1024 } });
  try {
    // Tablet A: an atelier with a programme and a contact, exported under « Partager ».
    const a = new RecolteApp(await tabletA.newPage());
    await a.goto("/");
    await a.ensureProfile("Alex");
    const id = await a.createAtelier("Atelier de Rennes");
    await a.addAgendaItem({ title: "Tour de table", start: "09:00" });
    await a.addAgendaItem({ title: "Groupes-actions", start: "14:00" });
    const carnetA = new AddressBookPage(a.page);
    await carnetA.open();
    await carnetA.openAddForm();
    await carnetA.addContact({ name: "Camille Martin" });
    await a.waitForLocalSave();
    await a.page.getByRole("link", { name: "Partager" }).click();
    const download = a.page.waitForEvent("download");
    await a.page.getByRole("button", { name: "Exporter l'atelier" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^atelier-de-rennes-\d{4}-\d{2}-\d{2}\.recolte$/);
    const bundlePath = testInfo.outputPath(file.suggestedFilename());
    await file.saveAs(bundlePath);
    await expect(
      a.page.getByText(/Fichier « atelier-de-rennes-.*\.recolte » enregistré/),
    ).toBeVisible();

    // Tablet B: the app installed (service worker), then no network at all.
    const b = new RecolteApp(await tabletB.newPage());
    await b.goto("/");
    await b.ensureProfile("Bea");
    await b.waitForServiceWorker();
    await tabletB.setOffline(true);
    await expect(b.status()).toContainText("Hors ligne");

    await importFile(b.page, bundlePath);
    const summary = b.page.getByRole("region", { name: "Résumé de l'import" });
    await expect(summary).toContainText("L'atelier « Atelier de Rennes » est sur cette tablette.");
    await expect(summary).toContainText(
      "Documents ajoutés : 3 · mis à jour : 0 · déjà à jour : 0.",
    );
    const ateliers = b.page.getByRole("list", { name: "Mes ateliers" });
    await expect(ateliers.getByRole("link", { name: "Atelier de Rennes" })).toHaveCount(1);

    await summary.getByRole("link", { name: "Ouvrir « Atelier de Rennes »" }).click();
    await b.page.waitForURL(`**/atelier/${id}`);
    await expect(
      b.page.getByRole("heading", { level: 1, name: "Atelier de Rennes" }),
    ).toBeVisible();
    await expect.poll(() => b.agendaTitles()).toEqual(["Tour de table", "Groupes-actions"]);
    const carnetB = new AddressBookPage(b.page);
    await carnetB.open();
    await expect(carnetB.row("Camille Martin")).toBeVisible();
    await expect(b.status()).toContainText("Hors ligne");

    // Re-importing the same file: nothing new, still one atelier.
    await b.page.goto("/");
    await importFile(b.page, bundlePath);
    await expect(summary).toContainText(
      "Rien de nouveau : cette tablette avait déjà tout le contenu de ce fichier.",
    );
    await expect(ateliers.getByRole("link", { name: "Atelier de Rennes" })).toHaveCount(1);

    // A damaged copy (one flipped bit) and a foreign file: refused in French, nothing written.
    const bytes = await readFile(bundlePath);
    bytes[bytes.length >> 1]! ^= 0x04;
    const damaged = testInfo.outputPath("abime.recolte");
    await writeFile(damaged, bytes);
    await importFile(b.page, damaged);
    const alert = b.page.getByRole("alert").filter({ hasText: "Rien n'a été modifié" });
    await expect(alert).toContainText("Ce fichier est endommagé. Exportez-le à nouveau.");
    const vcf = testInfo.outputPath("contacts.vcf");
    await writeFile(vcf, "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Sacha\r\nEND:VCARD\r\n");
    await importFile(b.page, vcf);
    await expect(alert).toContainText("n'est pas un fichier d'atelier Récolte");
    await expect(ateliers.getByRole("listitem")).toHaveCount(1);
  } finally {
    await tabletA.close();
    await tabletB.close();
  }
});
