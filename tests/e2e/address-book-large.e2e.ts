import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { RecolteApp } from "./pages/RecolteApp";
import { AddressBookPage } from "./pages/AddressBookPage";

const GIVEN = ["Hélène", "Paul", "Zoé", "Marc", "Léa", "Hugo", "Inès", "Jules", "Chloé", "Louis"];
const FAMILY = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand"];
const SKILLS = ["compostage", "menuiserie", "comptabilité", "animation", "jardinage", "vidéo"];

/** A CSV of `n` distinct people, as a spreadsheet export would hold them. */
function bigCsv(n: number): string {
  const lines = ["Prénom;Nom;E-mail;Téléphone;Commune;Compétences"];
  for (let i = 0; i < n; i++) {
    const given = GIVEN[i % GIVEN.length] ?? "";
    const family = `${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length] ?? ""}${i}`;
    const phone = `06${String(10_000_000 + i).padStart(8, "0")}`;
    const skill = SKILLS[i % SKILLS.length] ?? "";
    lines.push(`${given};${family};p${i}@exemple.fr;${phone};Lodève;${skill}`);
  }
  return `${lines.join("\r\n")}\r\n`;
}

test("5,000 imported contacts: one import, a virtualised list, instant search", async ({
  page,
}) => {
  const dir = await mkdtemp(join(tmpdir(), "carnet-large-"));
  const csv = join(dir, "participants.csv");
  await writeFile(csv, bigCsv(5000));

  const app = new RecolteApp(page);
  await app.goto("/");
  await app.ensureProfile("Camille");
  await app.createAtelier("Grand carnet");
  const book = new AddressBookPage(page);
  await book.open();

  const summary = await book.importFile(csv);
  await expect(page.getByRole("combobox", { name: "Colonne « Prénom »" })).toHaveValue("givenName");
  await expect(summary).toContainText("5000 contacts à ajouter");
  await summary.getByRole("button", { name: "Importer", exact: true }).click();
  await expect(page.getByText("5000 contacts importés.")).toBeVisible();

  await book.view("Contacts").click();
  await expect(page.getByText("5000 contacts").first()).toBeVisible();
  // Virtualised: a screenful of rows in the DOM, not 5,000.
  // The list renders in a deferred pass: wait for the rows, then count them.
  await expect.poll(() => book.list().getByRole("listitem").count()).toBeGreaterThan(5);
  expect(await book.list().getByRole("listitem").count()).toBeLessThan(60);

  await book.search("helene martin80");
  await expect(book.row("Hélène Martin80")).toBeVisible();
  await book.search("");
  await book.list().evaluate((list) => {
    list.parentElement?.scrollTo({ top: list.scrollHeight });
  });
  await expect
    .poll(async () => (await book.visibleNames()).some((name) => name.startsWith("Zoé")))
    .toBe(true);
  expect((await book.visibleNames()).length).toBeLessThan(60);
});
