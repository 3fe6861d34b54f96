import { expect } from "@playwright/test";
import type { Download, Locator, Page } from "@playwright/test";

/** Page object for « Graines de projet » and one seed's page, by accessible names (DESIGN §9). */
export class SeedPage {
  constructor(readonly page: Page) {}

  /** The atelier's « Graines de projet » (the atelier page must be open). */
  async openList(): Promise<void> {
    await this.page
      .getByRole("navigation", { name: "Sections de l'atelier" })
      .getByRole("link", { name: "Graines de projet" })
      .click();
    await expect(this.page.getByRole("button", { name: "Nouvelle graine" })).toBeVisible();
  }

  list(): Locator {
    return this.page.getByRole("list", { name: "Graines de projet" });
  }

  card(title: string): Locator {
    return this.list().getByRole("listitem", { name: title, exact: true });
  }

  /** « Nouvelle graine » → « Titre » → « Créer »; returns the new seed's document id. */
  async create(title: string): Promise<string> {
    await this.page.getByRole("button", { name: "Nouvelle graine" }).click();
    await this.page.getByLabel("Titre").fill(title);
    await this.page.getByRole("button", { name: "Créer", exact: true }).click();
    return this.waitForSeed(title);
  }

  /** Waits for a seed's page; returns its document id. */
  async waitForSeed(title: string): Promise<string> {
    await this.page.waitForURL(/\/graine\/[^/?#]+/);
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    return this.seedId();
  }

  seedId(): string {
    const match = /\/graine\/([^/?#]+)/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`not on a seed page: ${this.page.url()}`);
    return match[1];
  }

  /** A section of the seed page through its tabs. */
  async section(
    name:
      | "La graine"
      | "Groupe-action"
      | "Prochaines étapes"
      | "Rencontres"
      | "Décisions"
      | "Journal"
      | "Protocole"
      | "Partager",
  ): Promise<void> {
    await this.page
      .getByRole("navigation", { name: "Sections de la graine" })
      .getByRole("link", { name, exact: true })
      .click();
  }

  /** H6's waiting state, shown while the seed is not on this device. */
  waiting(): Locator {
    return this.page.getByRole("heading", { level: 1, name: "En attente de synchronisation" });
  }

  /** Waits for a seed's page by its title (the URL is already the seed's). */
  heading(title: string): Locator {
    return this.page.getByRole("heading", { level: 1, name: title });
  }

  /** « Partager » of the seed: the link its panel shows. */
  async shareLink(): Promise<string> {
    await this.section("Partager");
    const link = this.page.getByRole("region", { name: "Lien de la graine" }).getByRole("link");
    const href = await link.getAttribute("href");
    if (!href) throw new Error("no share link shown");
    return href;
  }

  /** « Partager » → « Exporter la graine »: the `.recolte` file of this seed. */
  async exportSeed(): Promise<Download> {
    await this.section("Partager");
    const download = this.page.waitForEvent("download");
    await this.page.getByRole("button", { name: "Exporter la graine" }).click();
    return download;
  }

  /** « Importer un fichier » (the waiting page offers it), through the file picker. */
  async importBundle(path: string): Promise<void> {
    const chooser = this.page.waitForEvent("filechooser");
    await this.page.getByRole("button", { name: "Importer un fichier" }).click();
    await (await chooser).setFiles(path);
  }

  /** « La graine » → « Titre »: renames the seed. */
  async rename(title: string): Promise<void> {
    await this.section("La graine");
    await this.page.getByLabel("Titre", { exact: true }).fill(title);
    await expect(this.heading(title)).toBeVisible();
  }

  needs(): Locator {
    return this.page.getByRole("list", { name: "Besoins auxquels elle répond" });
  }

  members(): Locator {
    return this.page.getByRole("list", { name: "Groupe-action" });
  }

  member(name: string): Locator {
    return this.members().getByRole("listitem", { name, exact: true });
  }

  async addMemberFromCarnet(contact: string, agreedName?: string): Promise<void> {
    const form = this.page.getByRole("form", { name: "Depuis le carnet de l'atelier" });
    await form.getByLabel("Contact du carnet").selectOption({ label: contact });
    const field = form.getByLabel("Nom affiché (accepté par la personne)");
    await expect(field).toHaveValue(contact);
    if (agreedName !== undefined) await field.fill(agreedName);
    await form.getByRole("button", { name: "Ajouter depuis le carnet" }).click();
    await expect(this.member(agreedName ?? contact)).toBeVisible();
  }

  async addMemberByName(name: string): Promise<void> {
    const form = this.page.getByRole("form", { name: "Ajouter par son nom" });
    await form.getByLabel("Nom du membre").fill(name);
    await form.getByRole("button", { name: "Ajouter au groupe" }).click();
    await expect(this.member(name)).toBeVisible();
  }

  tasks(): Locator {
    return this.page.getByRole("list", { name: "Prochaines étapes", exact: true });
  }

  task(title: string): Locator {
    return this.tasks().getByRole("listitem", { name: title, exact: true });
  }

  async addTask(task: { title: string; assignee?: string; due?: string }): Promise<void> {
    const form = this.page.getByRole("form", { name: "Ajouter une étape" });
    await form.getByLabel("Intitulé de l'étape").fill(task.title);
    if (task.assignee)
      await form.getByLabel("Qui s'en charge").selectOption({ label: task.assignee });
    if (task.due) await form.getByLabel("Échéance").fill(task.due);
    await form.getByRole("button", { name: "Ajouter une étape" }).click();
    await expect(this.task(task.title)).toBeVisible();
  }

  /** Open tasks as shown: title, assignee and due date of each, in order. */
  async taskRows(): Promise<string[]> {
    return this.tasks()
      .getByRole("listitem")
      .evaluateAll((items) =>
        items.map((li) => {
          const title = li.querySelector<HTMLInputElement>(".seed-task-title")?.value ?? "";
          const select = li.querySelector("select");
          const who = select?.selectedOptions[0]?.textContent ?? "";
          const due = li.querySelector<HTMLInputElement>('input[type="date"]')?.value ?? "";
          return `${title} | ${who} | ${due}`;
        }),
      );
  }

  decision(question: string): Locator {
    return this.page.getByRole("article", { name: question, exact: true });
  }

  async propose(
    question: string,
    method: "Consentement" | "Majorité simple" | "Vote par classement",
    options: string[] = [],
  ) {
    const form = this.page.getByRole("form", { name: "Nouvelle proposition" });
    await form.getByLabel("Question").fill(question);
    await form.getByLabel("Mode de décision").selectOption({ label: method });
    if (options.length > 0)
      await form.getByLabel("Options (une par ligne)").fill(options.join("\n"));
    await form.getByRole("button", { name: "Soumettre la proposition" }).click();
    await expect(this.decision(question)).toBeVisible();
  }

  /** A consent voice for a member (« Pour », « Avec réserve », « Objection »). */
  async consent(
    question: string,
    voter: string,
    choice: "Pour" | "Avec réserve" | "Objection",
    comment = "",
  ): Promise<void> {
    const card = this.decision(question);
    const ballot = card.getByRole("form", { name: "Enregistrer le vote" });
    await ballot.getByLabel("Qui vote ?").selectOption({ label: voter });
    await ballot.getByRole("radio", { name: choice, exact: true }).check();
    if (comment) await ballot.getByLabel("Commentaire (réserve ou objection)").fill(comment);
    await ballot.getByRole("button", { name: "Enregistrer le vote" }).click();
    await expect(card.getByText(`Vote de ${voter} enregistré.`)).toBeVisible();
  }

  results(question: string): Locator {
    return this.decision(question).getByRole("group", { name: "Résultats" });
  }
}
