import { expect } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";

/** Page object for Récolte, driven by accessible names only (DESIGN.md §9). */
export class RecolteApp {
  constructor(readonly page: Page) {}

  async goto(path = "/"): Promise<void> {
    await this.page.goto(path);
  }

  /** Answers the first-launch question if it is asked. */
  async ensureProfile(name = "Camille"): Promise<void> {
    const nameField = this.page.getByLabel("Votre nom");
    const home = this.page.getByRole("button", { name: "Nouvel atelier" });
    const atelierNav = this.page.getByRole("navigation", { name: "Sections de l'atelier" });
    await expect(nameField.or(home).or(atelierNav).first()).toBeVisible();
    if (await nameField.isVisible()) {
      await nameField.fill(name);
      await this.page.getByRole("button", { name: "Commencer" }).click();
      await expect(nameField).toBeHidden();
    }
  }

  async createAtelier(title: string): Promise<string> {
    await this.page.getByRole("button", { name: "Nouvel atelier" }).click();
    await this.page.getByLabel("Titre").fill(title);
    await this.page.getByRole("button", { name: "Créer" }).click();
    await this.page.waitForURL(/\/atelier\/[^/]+$/);
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    return this.atelierId();
  }

  atelierId(): string {
    const match = /\/atelier\/([^/?#]+)/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`not on an atelier page: ${this.page.url()}`);
    return match[1];
  }

  basics(): Locator {
    return this.page.getByRole("region", { name: "L'atelier" });
  }

  agenda(): Locator {
    return this.page.getByRole("region", { name: "Programme de la journée" });
  }

  async setBasic(label: "Titre" | "Thématique" | "Territoire" | "Description", value: string) {
    const field = this.basics().getByLabel(label, { exact: true });
    await field.fill(value);
    await expect(field).toHaveValue(value);
  }

  async addAgendaItem(item: { title: string; start?: string; end?: string }): Promise<void> {
    const form = this.page.getByRole("form", { name: "Ajouter une séquence" });
    if (item.start) await form.getByLabel("Début").fill(item.start);
    if (item.end) await form.getByLabel("Fin").fill(item.end);
    await form.getByLabel("Intitulé").fill(item.title);
    await form.getByRole("button", { name: "Ajouter au programme" }).click();
    await expect(this.agendaItem(item.title)).toBeVisible();
  }

  agendaItem(title: string): Locator {
    return this.agenda().getByRole("listitem", { name: title, exact: true });
  }

  /** Titles of the programme's sequences, in order. */
  async agendaTitles(): Promise<string[]> {
    const list = this.agenda().getByRole("list").first();
    return list
      .getByRole("listitem")
      .evaluateAll((items) => items.map((item) => item.getAttribute("aria-label") ?? ""));
  }

  status(): Locator {
    return this.page.getByRole("status");
  }

  /** Waits until every change is written to this device's storage (« enregistré sur cet appareil »). */
  async waitForLocalSave(): Promise<void> {
    await expect(this.page.locator('[data-local-save="saved"]')).toBeAttached();
  }

  /** Waits until a service worker controls the page, so the next load can work offline. */
  async waitForServiceWorker(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    if (!(await this.page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
      await this.page.reload();
    }
    await expect
      .poll(() => this.page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
      .toBe(true);
  }
}
