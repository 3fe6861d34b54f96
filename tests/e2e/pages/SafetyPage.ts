import { expect } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";

/** Page object for « État de la sauvegarde », presence and « Quoi de neuf ? » (accessible names). */
export class SafetyPage {
  constructor(readonly page: Page) {}

  nav(): Locator {
    return this.page.getByRole("navigation", { name: "Sections de l'atelier" });
  }

  async openSafety(): Promise<void> {
    await this.nav().getByRole("link", { name: "État de la sauvegarde" }).click();
    await expect(this.page.getByRole("heading", { name: "État de la sauvegarde" })).toBeVisible();
  }

  async openNews(): Promise<void> {
    await this.nav().getByRole("link", { name: "Quoi de neuf ?" }).click();
    await expect(this.page.getByRole("heading", { name: "Quoi de neuf ?" })).toBeVisible();
  }

  async openBasics(): Promise<void> {
    await this.nav().getByRole("link", { name: "L'atelier" }).click();
  }

  verdict(): Locator {
    return this.page.getByTestId("safety-verdict");
  }

  documents(): Locator {
    return this.page.getByRole("table", { name: "Documents de l'atelier" });
  }

  presence(): Locator {
    return this.page.getByRole("group", { name: "Personnes présentes" });
  }

  person(name: string): Locator {
    return this.page.getByRole("article", { name, exact: true });
  }

  async markRead(): Promise<void> {
    await this.page.getByRole("button", { name: "Marquer comme lu" }).click();
  }
}
