import { expect } from "@playwright/test";
import type { Download, Locator, Page } from "@playwright/test";

/** A contact as the fast form takes it (« Ajouter un contact »). */
export interface QuickContact {
  name: string;
  structure?: string;
  role?: string;
  email?: string;
  phone?: string;
  skills?: string;
  offers?: string;
  needs?: string;
}

/** Page object for « Carnet d'adresses », driven by accessible names (DESIGN.md §9). */
export class AddressBookPage {
  constructor(readonly page: Page) {}

  /** Opens the carnet through the atelier's navigation (the atelier page must be open). */
  async open(): Promise<void> {
    await this.page.getByRole("link", { name: "Carnet d'adresses" }).click();
    await expect(this.searchBox()).toBeVisible();
  }

  async goto(atelierId: string, sub = ""): Promise<void> {
    await this.page.goto(`/atelier/${atelierId}/carnet${sub ? `/${sub}` : ""}`);
  }

  view(name: string): Locator {
    return this.page
      .getByRole("navigation", { name: "Vues du carnet" })
      .getByRole("link", { name });
  }

  searchBox(): Locator {
    return this.page.getByRole("searchbox", { name: "Rechercher" });
  }

  list(): Locator {
    return this.page.getByRole("list", { name: "Liste des contacts" });
  }

  row(name: string): Locator {
    return this.list().getByRole("listitem", { name, exact: true });
  }

  /** Names of the rows currently rendered (the list is virtualised: the visible window). */
  async visibleNames(): Promise<string[]> {
    return this.list()
      .getByRole("listitem")
      .evaluateAll((items) => items.map((i) => i.getAttribute("aria-label") ?? ""));
  }

  addForm(): Locator {
    return this.page.getByRole("form", { name: "Ajouter un contact" });
  }

  nameField(): Locator {
    return this.addForm().getByLabel("Nom", { exact: true });
  }

  async openAddForm(): Promise<void> {
    const button = this.page.getByRole("button", { name: "Ajouter un contact" });
    if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
    await expect(this.nameField()).toBeFocused();
  }

  /** Types a contact and presses Enter, as during a tour de table; the form stays open. */
  async addContact(contact: QuickContact): Promise<void> {
    const form = this.addForm();
    if (contact.structure) {
      await form.getByRole("combobox", { name: "Structure", exact: true }).fill(contact.structure);
    }
    if (contact.role) await form.getByLabel("Rôle", { exact: true }).fill(contact.role);
    if (contact.email) await form.getByLabel("E-mail", { exact: true }).fill(contact.email);
    if (contact.phone) await form.getByLabel("Téléphone", { exact: true }).fill(contact.phone);
    if (contact.skills) await form.getByLabel("Compétences").fill(contact.skills);
    if (contact.offers) await form.getByLabel("Propose").fill(contact.offers);
    if (contact.needs) await form.getByLabel("Besoins").fill(contact.needs);
    await this.nameField().fill(contact.name);
    await this.nameField().press("Enter");
    await expect(this.nameField()).toHaveValue("");
    await expect(this.nameField()).toBeFocused();
    await expect(this.row(contact.name)).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.searchBox().fill(text);
  }

  async openContact(name: string): Promise<void> {
    await this.row(name).getByRole("link", { name, exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 2, name })).toBeVisible();
  }

  consentSection(): Locator {
    return this.page.getByRole("region", { name: "Consentement" });
  }

  async recordConsent(share: boolean, publicRestitution: boolean): Promise<void> {
    const section = this.consentSection();
    await section
      .getByRole("group", { name: "Partage de ses coordonnées avec les participants" })
      .getByLabel(share ? "Oui" : "Non", { exact: true })
      .check();
    await section
      .getByRole("group", { name: "Apparition dans une restitution publique" })
      .getByLabel(publicRestitution ? "Oui" : "Non", { exact: true })
      .check();
    await section.getByRole("button", { name: "Noter le consentement" }).click();
    await expect(section.getByText(/Consentement recueilli le/)).toBeVisible();
  }

  /** Picks a file on « Importer des contacts » and waits for the summary. */
  async importFile(path: string): Promise<Locator> {
    await this.page.getByRole("link", { name: "Importer des contacts" }).click();
    await this.page.getByLabel("Fichier (.vcf ou .csv)").setInputFiles(path);
    return this.page.getByRole("region", { name: "Avant d'importer" });
  }

  /** Exports through the dialog and returns the download. */
  async exportContacts(
    options: { format?: "vCard" | "CSV"; all?: boolean } = {},
  ): Promise<Download> {
    await this.page.getByRole("button", { name: "Exporter les contacts" }).click();
    const dialog = this.page.getByRole("dialog", { name: "Exporter les contacts" });
    if (options.format === "CSV") await dialog.getByLabel("Tableur (.csv)").check();
    if (options.all) await dialog.getByLabel("Tous les contacts").check();
    const download = this.page.waitForEvent("download");
    await dialog.getByRole("button", { name: "Télécharger" }).click();
    return download;
  }

  duplicatePairs(): Locator {
    return this.page.getByRole("article", { name: /^Doublon possible/ });
  }
}
