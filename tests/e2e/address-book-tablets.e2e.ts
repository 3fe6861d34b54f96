import { expect, test } from "@playwright/test";
import { RecolteApp } from "./pages/RecolteApp";
import { AddressBookPage } from "./pages/AddressBookPage";

test("two tablets add contacts offline, reconnect, see one duplicate, merge it and undo", async ({
  browser,
}) => {
  const tabletA = await browser.newContext();
  const tabletB = await browser.newContext({ viewport: { width: 768, height: 1024 } });
  try {
    const a = new RecolteApp(await tabletA.newPage());
    await a.goto("/");
    await a.ensureProfile("Alex");
    const id = await a.createAtelier("Tour de table à deux tablettes");
    const bookA = new AddressBookPage(a.page);
    await bookA.open();
    await expect(a.status()).toHaveText("Synchronisé");

    const b = new RecolteApp(await tabletB.newPage());
    await b.goto(`/atelier/${id}`);
    await b.ensureProfile("Bea");
    // Both tablets hold the atelier and its address book before the room loses the network.
    await expect(b.page.getByText("prêt hors ligne", { exact: true })).toBeVisible();
    const bookB = new AddressBookPage(b.page);
    await bookB.open();

    await tabletA.setOffline(true);
    await tabletB.setOffline(true);
    await expect(a.status()).toContainText("Hors ligne");
    await expect(b.status()).toContainText("Hors ligne");

    await bookA.openAddForm();
    await bookA.addContact({ name: "Hélène Martin", email: "helene.martin@exemple.fr" });
    await bookA.addContact({ name: "Paul Durand", skills: "menuiserie" });
    await bookB.openAddForm();
    await bookB.addContact({ name: "Helene Martin", email: "Helene.Martin@exemple.fr" });
    await bookB.addContact({ name: "Zoé Petit", needs: "menuiserie" });

    await tabletA.setOffline(false);
    await tabletB.setOffline(false);
    for (const book of [bookA, bookB]) {
      await expect(book.list().getByRole("listitem")).toHaveCount(4);
      await expect(book.row("Zoé Petit")).toBeVisible();
      await expect(book.row("Paul Durand")).toBeVisible();
    }
    await expect(a.status()).toHaveText("Synchronisé");
    await expect(b.status()).toHaveText("Synchronisé");

    // Both tablets suggest the same single pair; neither merges on its own.
    await bookA.view("Doublons possibles").click();
    await bookB.view("Doublons possibles").click();
    await expect(bookA.duplicatePairs()).toHaveCount(1);
    await expect(bookB.duplicatePairs()).toHaveCount(1);
    await expect(bookA.duplicatePairs()).toContainText("même e-mail");

    await bookA.duplicatePairs().getByRole("button", { name: "Fusionner" }).click();
    await expect(bookA.duplicatePairs()).toHaveCount(0);
    await expect(bookB.duplicatePairs()).toHaveCount(0);
    await bookB.view("Contacts").click();
    await expect(bookB.list().getByRole("listitem")).toHaveCount(3);

    await a.page.getByRole("button", { name: "Annuler la fusion", exact: true }).click();
    await expect(bookA.duplicatePairs()).toHaveCount(1);
    await expect(bookB.list().getByRole("listitem")).toHaveCount(4);
  } finally {
    await tabletA.close();
    await tabletB.close();
  }
});
