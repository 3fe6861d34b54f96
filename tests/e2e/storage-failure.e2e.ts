import { expect, test } from "@playwright/test";
import { RecolteApp } from "./pages/RecolteApp";

test("a failed local write is shown within 2 seconds, the document keeps working, and recovery is announced", async ({
  page,
}) => {
  const app = new RecolteApp(page);
  await app.goto("/");
  await app.ensureProfile();
  await app.createAtelier("Atelier quota");

  // The disk fills up: every IndexedDB write now fails the way a quota error does.
  await page.evaluate(() => {
    const w = window as unknown as { __restorePut?: () => void };
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
    w.__restorePut = () => {
      IDBObjectStore.prototype.put = original;
    };
  });
  await app.setBasic("Thématique", "Écrit pendant la panne");
  await expect(
    page.getByRole("alert").filter({ hasText: "L'enregistrement sur cet appareil a échoué" }),
  ).toBeVisible({
    timeout: 2_000,
  });
  // The in-memory document keeps working.
  await app.addAgendaItem({ title: "Toujours modifiable" });

  await page.evaluate(() => (window as unknown as { __restorePut: () => void }).__restorePut());
  await expect(page.getByText("L'enregistrement local fonctionne à nouveau.")).toBeVisible({
    timeout: 30_000,
  });
  await page.reload();
  await expect(app.basics().getByLabel("Thématique")).toHaveValue("Écrit pendant la panne");
  await expect(app.agendaItem("Toujours modifiable")).toBeVisible();
});
