import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { RecolteApp } from "./pages/RecolteApp";
import { AddressBookPage } from "./pages/AddressBookPage";
import { reviewShots } from "./pages/reviewShots";

/** Screenshots for review (not committed) when CARNET_SHOTS is set. */
const shot = reviewShots(process.env.CARNET_SHOTS ? "/tmp/shots-carnet" : null);

async function newCarnet(
  page: Page,
  title: string,
): Promise<{ app: RecolteApp; book: AddressBookPage; id: string }> {
  const app = new RecolteApp(page);
  await app.goto("/");
  await app.ensureProfile("Camille");
  const id = await app.createAtelier(title);
  const book = new AddressBookPage(page);
  await book.open();
  return { app, book, id };
}

test("fast add during a tour de table, accent-insensitive search, contact page and consent", async ({
  page,
}) => {
  const { book } = await newCarnet(page, "Atelier tour de table");
  await book.openAddForm();
  await book.addContact({
    name: "Hélène Dupont",
    structure: "Mairie de Lodève",
    role: "élue",
    email: "helene@exemple.fr",
    skills: "compostage, jardinage",
    needs: "local de stockage",
  });
  await book.addContact({ name: "Paul Martin", offers: "stockage, outils" });
  await book.addContact({ name: "Zoé Petit", structure: "mairie de lodeve" });
  // Only the name is required; the structure named twice (accents aside) exists once.
  await expect(book.row("Mairie de Lodève")).toBeVisible();
  await expect(book.list().getByRole("listitem")).toHaveCount(4);
  await expect(book.row("Hélène Dupont")).toContainText("consentement non recueilli");

  await book.search("helene");
  await expect(book.row("Hélène Dupont")).toBeVisible();
  await expect(book.list().getByRole("listitem")).toHaveCount(1);
  await book.search("LODEVE");
  await expect(book.row("Zoé Petit")).toBeVisible();
  await book.search("");
  await expect(book.list().getByRole("listitem")).toHaveCount(4);
  await shot(page, "list");

  await book.openContact("Hélène Dupont");
  await page.getByLabel("Commune", { exact: true }).fill("Lodève");
  await book.recordConsent(true, false);
  await expect(page.getByRole("heading", { level: 2, name: "Hélène Dupont" })).not.toContainText(
    "consentement non recueilli",
  );
  await shot(page, "contact");
  await page.reload();
  await expect(page.getByLabel("Commune", { exact: true })).toHaveValue("Lodève");
  await expect(book.consentSection()).toContainText("Consentement recueilli le");

  // Matching: Paul offers « stockage », Hélène needs a « local de stockage ».
  await book.view("Besoins et réponses").click();
  await expect(page.getByRole("listitem", { name: "local de stockage" })).toContainText(
    "Paul Martin",
  );
});

test("import a vCard file with a summary first, refuse a malformed one, export consented only", async ({
  page,
}) => {
  const dir = await mkdtemp(join(tmpdir(), "carnet-e2e-"));
  const vcf = join(dir, "contacts.vcf");
  await writeFile(
    vcf,
    [
      "BEGIN:VCARD",
      "VERSION:3.0",
      "FN:Jeanne Importée",
      "N:Importée;Jeanne;;;",
      "EMAIL;TYPE=WORK:jeanne@exemple.org",
      "TEL;TYPE=CELL:06 11 22 33 44",
      "END:VCARD",
      "BEGIN:VCARD",
      "VERSION:3.0",
      "FN:Marc Importé",
      "EMAIL:marc@exemple.org",
      "END:VCARD",
      "BEGIN:VCARD",
      "VERSION:3.0",
      "NOTE:une fiche sans nom",
      "END:VCARD",
      "",
    ].join("\r\n"),
  );
  const broken = join(dir, "broken.vcf");
  await writeFile(broken, "ceci n'est pas un fichier vCard\n");

  const { book } = await newCarnet(page, "Atelier import");
  await book.openAddForm();
  await book.addContact({ name: "Jeanne Importee", email: "JEANNE@exemple.org" });

  const summary = await book.importFile(vcf);
  await expect(summary).toContainText("1 contact à ajouter");
  await expect(summary).toContainText("1 doublon possible");
  await expect(summary).toContainText("« Jeanne Importée » ressemble à « Jeanne Importee »");
  await expect(summary).toContainText("1 entrée rejetée");
  await expect(summary).toContainText("fiche n° 3 : pas de nom");
  await shot(page, "import-summary");
  await summary.getByRole("button", { name: "Importer", exact: true }).click();
  await expect(page.getByText("1 contact importé.")).toBeVisible();

  await book.view("Contacts").click();
  await expect(book.row("Marc Importé")).toBeVisible();
  await expect(book.list().getByRole("listitem")).toHaveCount(2);

  await book.importFile(broken);
  await expect(page.getByRole("alert")).toContainText("Ce fichier n'a pas pu être lu");
  await expect(page.getByRole("alert")).toContainText("Aucun contact n'a été ajouté");
  await book.view("Contacts").click();
  await expect(book.list().getByRole("listitem")).toHaveCount(2);

  await book.openContact("Marc Importé");
  await book.recordConsent(true, true);
  await book.view("Contacts").click();
  const download = await book.exportContacts();
  const text = await readFile(await download.path(), "utf8");
  expect(text).toContain("BEGIN:VCARD");
  expect(text).toContain("VERSION:4.0");
  expect(text).toContain("Marc Importé");
  expect(text).not.toContain("Jeanne");
  expect(download.suggestedFilename()).toMatch(/\.vcf$/);
});
