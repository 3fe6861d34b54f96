import { expect, test } from "@playwright/test";
import { RecolteApp } from "./pages/RecolteApp";

test.describe("a tablet shared by several people", () => {
  test("profiles can be added and switched, and the choice survives a reload", async ({ page }) => {
    const app = new RecolteApp(page);
    await app.goto("/");
    await app.ensureProfile("Camille");
    await page.getByRole("button", { name: /Changer de profil/ }).click();
    const dialog = page.getByRole("dialog", { name: "Qui utilise cette tablette ?" });
    await dialog.getByLabel("Votre nom").fill("Sami");
    await dialog.getByRole("button", { name: "Commencer" }).click();
    await expect(page.getByRole("button", { name: /Sami/ })).toBeVisible();

    await page.getByRole("button", { name: /Changer de profil/ }).click();
    await dialog.getByRole("button", { name: "Utiliser ce profil Camille" }).click();
    await expect(page.getByRole("button", { name: /Camille/ })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("button", { name: /Camille/ })).toBeVisible();
  });

  test("« Retirer cet atelier de cet appareil » erases the local copy; the relay still serves it", async ({
    page,
  }) => {
    const app = new RecolteApp(page);
    await app.goto("/");
    await app.ensureProfile();
    const id = await app.createAtelier("Atelier à retirer");
    await app.addAgendaItem({ title: "Gardé par le relais" });
    await expect(app.status()).toHaveText("Synchronisé");

    await page.getByRole("button", { name: "Retirer cet atelier de cet appareil" }).click();
    const dialog = page.getByRole("dialog", { name: "Retirer cet atelier de cette tablette ?" });
    await expect(dialog).toContainText("Le relais garde sa copie");
    await dialog.getByRole("button", { name: "Retirer de cet appareil" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("link", { name: "Atelier à retirer" })).toBeHidden();

    // The shared link still opens it, from the relay.
    await app.goto(`/atelier/${id}`);
    await expect(app.agendaItem("Gardé par le relais")).toBeVisible();
  });
});
