import { expect } from "@playwright/test";
import type { Browser, BrowserContext, Locator, Page } from "@playwright/test";
import { RecolteApp } from "./RecolteApp";
import { BoardPage } from "./BoardPage";
import { AddressBookPage } from "./AddressBookPage";

/** Two tablets on one atelier, each on its board. */
export interface TwoTablets {
  a: RecolteApp;
  b: RecolteApp;
  boardA: BoardPage;
  boardB: BoardPage;
  contexts: [BrowserContext, BrowserContext];
  close(): Promise<void>;
}

/**
 * Tablet A (1024×768, « Alex », creator and so facilitator) creates the atelier; tablet B
 * (768×1024, « Bea », a participant) opens it by its link and holds it offline.
 */
export async function twoTablets(browser: Browser, title: string): Promise<TwoTablets> {
  const contextA = await browser.newContext();
  const contextB = await browser.newContext({ viewport: { width: 768, height: 1024 } });
  const a = new RecolteApp(await contextA.newPage());
  await a.goto("/");
  await a.ensureProfile("Alex");
  const id = await a.createAtelier(title);
  await expect(a.status()).toHaveText("Synchronisé");
  const b = new RecolteApp(await contextB.newPage());
  await b.goto(`/atelier/${id}`);
  await b.ensureProfile("Bea");
  await expect(b.page.getByText("prêt hors ligne", { exact: true })).toBeVisible();
  const boardA = new BoardPage(a.page);
  const boardB = new BoardPage(b.page);
  await boardA.open();
  await boardB.open();
  return {
    a,
    b,
    boardA,
    boardB,
    contexts: [contextA, contextB],
    close: async () => {
      await contextA.close();
      await contextB.close();
    },
  };
}

/** Adds people to the carnet (from the board), then comes back to the board. */
export async function addPeople(board: BoardPage, ...names: string[]): Promise<void> {
  const book = new AddressBookPage(board.page);
  await book.open();
  await book.openAddForm();
  for (const name of names) await book.addContact({ name });
  await board.open();
}

/** The facilitator bar, opened. */
export async function facilitatorBar(page: Page): Promise<Locator> {
  const bar = page.locator("details.facilitator-bar");
  if ((await bar.getAttribute("open")) === null) await bar.locator("summary").click();
  return bar;
}

/** « Gérer les catégories »: the categories screen of the board. */
export class CategoriesPage {
  constructor(readonly page: Page) {}

  async open(board: BoardPage): Promise<void> {
    await board.view("Catégories").click();
    await expect(this.page.getByRole("heading", { name: "Gérer les catégories" })).toBeVisible();
  }

  list(): Locator {
    return this.page.getByRole("list", { name: "Catégories, dans l'ordre du tableau" });
  }

  /** Category titles in board order. */
  async titles(): Promise<string[]> {
    return this.list()
      .locator(":scope > li")
      .evaluateAll((items) => items.map((i) => i.getAttribute("aria-label") ?? ""));
  }

  nameField(title: string): Locator {
    return this.page.getByLabel(`Nom de la catégorie « ${title} »`, { exact: true });
  }

  button(action: "Monter" | "Descendre" | "Mettre", title: string): Locator {
    const name =
      action === "Mettre" ? `Mettre « ${title} » à la corbeille` : `${action} « ${title} »`;
    return this.page.getByRole("button", { name, exact: true });
  }

  async add(title: string): Promise<void> {
    await this.page.getByLabel("Nom de la nouvelle catégorie").fill(title);
    await this.page.getByRole("button", { name: "Ajouter une catégorie" }).click();
    await expect(this.list().getByRole("listitem", { name: title, exact: true })).toBeVisible();
  }
}
