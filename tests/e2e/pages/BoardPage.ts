import { expect } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";

/** Page object for « État des lieux », driven by accessible names (DESIGN.md §9). */
export class BoardPage {
  constructor(readonly page: Page) {}

  /** Opens the board through the atelier's navigation (the atelier page must be open). */
  async open(): Promise<void> {
    await this.page
      .getByRole("navigation", { name: "Sections de l'atelier" })
      .getByRole("link", { name: "État des lieux" })
      .click();
    await expect(this.column("Freins")).toBeVisible();
  }

  view(name: string): Locator {
    return this.page
      .getByRole("navigation", { name: "Vues de l'état des lieux" })
      .getByRole("link", { name });
  }

  /** A category column: a region named after its category. */
  column(title: string): Locator {
    return this.page.getByRole("region", { name: title, exact: true });
  }

  addField(category: string): Locator {
    return this.column(category).getByLabel("Ajouter une note");
  }

  /** Types notes into a category, Enter after each (the field keeps focus). */
  async addNotes(category: string, ...texts: string[]): Promise<void> {
    const field = this.addField(category);
    for (const text of texts) {
      await field.fill(text);
      await field.press("Enter");
      await expect(field).toHaveValue("");
      await expect(this.note(category, text)).toBeVisible();
    }
  }

  note(category: string, text: string): Locator {
    return this.column(category).getByRole("listitem", { name: text, exact: true });
  }

  /** Texts of a category's notes, in board order (groups first, then ungrouped notes). */
  async texts(category: string): Promise<string[]> {
    return this.column(category)
      .locator("li.note-card")
      .evaluateAll((items) => items.map((i) => i.getAttribute("aria-label") ?? ""));
  }

  /** Every column's texts, for comparing two tablets. */
  async snapshot(categories: readonly string[]): Promise<Record<string, string[]>> {
    const out: Record<string, string[]> = {};
    for (const c of categories) out[c] = await this.texts(c);
    return out;
  }

  async editNote(category: string, from: string, to: string): Promise<void> {
    const text = this.note(category, from).getByLabel("Texte de la note");
    await text.fill(to);
    await expect(this.note(category, to)).toBeVisible();
  }

  /** Opens a note's actions (the keyboard alternative to dragging). */
  async openActions(category: string, text: string): Promise<Locator> {
    await this.note(category, text)
      .getByRole("button", { name: `Actions de la note « ${text} »` })
      .click();
    const dialog = this.page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async closeDialog(): Promise<void> {
    await this.page.getByRole("dialog").getByRole("button", { name: "Fermer" }).click();
    await expect(this.page.getByRole("dialog")).toBeHidden();
  }

  /** « Déplacer » by keyboard: to the end of another category. */
  async moveToCategory(from: string, text: string, to: string): Promise<void> {
    const dialog = await this.openActions(from, text);
    await dialog.getByLabel("Catégorie").selectOption({ label: to });
    await dialog.getByRole("button", { name: "Déplacer ici" }).click();
    await expect(this.note(to, text)).toBeVisible();
    await this.closeDialog();
  }

  handle(category: string, text: string): Locator {
    return this.note(category, text).getByRole("button", { name: `Glisser la note « ${text} »` });
  }

  /**
   * Drags a note by its handle (mouse) and drops it before another note (pointer in its upper
   * quarter) or after it (lower quarter).
   */
  async dragOnto(
    from: { category: string; text: string },
    onto: Locator,
    where: "before" | "after" = "before",
  ): Promise<void> {
    const handle = this.handle(from.category, from.text);
    // Both ends on screen (columns scroll sideways on a portrait tablet).
    await onto.scrollIntoViewIfNeeded();
    await handle.scrollIntoViewIfNeeded();
    await expect(onto).toBeInViewport();
    const a = await handle.boundingBox();
    if (!a) throw new Error("no handle box");
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    // Several steps: the drag activates after a few pixels, then follows the pointer.
    await this.page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 4 });
    // Aim at where the target is NOW at every step: the page may shift during a drag (a banner
    // closing) and the previewed note pushes the target down; the upper or lower quarter of the
    // target decides before/after.
    const fraction = where === "before" ? 0.25 : 0.75;
    const x0 = a.x + a.width / 2 + 10;
    const y0 = a.y + a.height / 2 + 10;
    const STEPS = 10;
    for (let i = 1; i <= STEPS + 2; i++) {
      const box = await onto.boundingBox();
      if (!box) throw new Error("no target box");
      const k = Math.min(1, i / STEPS);
      const x = x0 + (box.x + box.width / 2 - x0) * k;
      const y = y0 + (box.y + box.height * fraction - y0) * k;
      await this.page.mouse.move(x, y);
    }
    await this.page.mouse.up();
  }
}

/** Opens the facilitator bar and switches this tablet's hide-until-reveal mode. */
export async function setHideMode(page: Page, on: boolean): Promise<void> {
  const bar = page.locator("details.facilitator-bar");
  if (!(await bar.getAttribute("open"))) await bar.locator("summary").click();
  await page.getByRole("checkbox", { name: "Notes masquées jusqu'à révélation" }).setChecked(on);
}

/** Casts a voter's dots in the open session shown on the « Vote » view. */
export async function castVote(
  page: Page,
  session: string,
  voter: string,
  dots: Record<string, number>,
): Promise<void> {
  const section = page.getByRole("region", { name: session, exact: true });
  await section.getByLabel("Qui vote ?").selectOption({ label: voter });
  for (const [text, n] of Object.entries(dots)) {
    const add = section.getByRole("button", { name: `Ajouter une gommette à « ${text} »` });
    for (let i = 0; i < n; i++) await add.click();
  }
  await section.getByRole("button", { name: "Enregistrer le vote" }).click();
  await expect(section.getByText(`Vote de ${voter} enregistré.`)).toBeVisible();
}
