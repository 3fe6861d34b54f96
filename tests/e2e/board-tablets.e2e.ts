import { expect, test } from "@playwright/test";
import { castVote, setHideMode } from "./pages/BoardPage";
import { AddressBookPage } from "./pages/AddressBookPage";
import { twoTablets } from "./pages/BoardTablets";

const CATEGORIES = ["Freins", "Leviers", "Points de vue", "Besoins / manques"] as const;

test("two tablets add and move notes offline, reconnect through the relay, same board", async ({
  browser,
}) => {
  const { a, b, boardA, boardB, contexts } = await twoTablets(browser, "Deux tablettes");
  const [contextA, contextB] = contexts;
  try {
    await boardA.addNotes("Freins", "Pas de local");
    await expect(boardB.note("Freins", "Pas de local")).toBeVisible();

    await contextA.setOffline(true);
    await contextB.setOffline(true);
    await expect(a.status()).toContainText("Hors ligne");
    await expect(b.status()).toContainText("Hors ligne");

    await boardA.addNotes("Freins", "Transport rare", "Manque de temps");
    await boardA.moveToCategory("Freins", "Manque de temps", "Besoins / manques");
    await boardB.addNotes("Leviers", "Associations actives", "Salle des fêtes");
    // The header grows with the pending count: let it settle before a drag aims at the board.
    await expect(b.status()).toContainText("2 modifications en attente");
    await boardB.dragOnto(
      { category: "Freins", text: "Pas de local" },
      boardB.note("Leviers", "Associations actives"),
    );
    // Where exactly the pointer drops (above or below its target) depends on layout under load;
    // what matters here is the move across columns and that both tablets end identical.
    await expect
      .poll(async () => [...(await boardB.texts("Leviers"))].sort())
      .toEqual(["Associations actives", "Pas de local", "Salle des fêtes"]);

    await contextA.setOffline(false);
    await contextB.setOffline(false);
    await expect(a.status()).toHaveText("Synchronisé");
    await expect(b.status()).toHaveText("Synchronisé");
    await expect.poll(() => boardA.texts("Leviers")).toHaveLength(3);
    await expect.poll(() => boardB.texts("Freins")).toHaveLength(1);
    const leviersOnB = await boardB.texts("Leviers");
    const expected = {
      Freins: ["Transport rare"],
      Leviers: leviersOnB,
      "Points de vue": [],
      "Besoins / manques": ["Manque de temps"],
    };
    expect([...leviersOnB].sort()).toEqual([
      "Associations actives",
      "Pas de local",
      "Salle des fêtes",
    ]);
    await expect.poll(() => boardA.snapshot(CATEGORIES)).toEqual(expected);
    await expect.poll(() => boardB.snapshot(CATEGORIES)).toEqual(expected);
  } finally {
    await contextA.close();
    await contextB.close();
  }
});

test("a hidden note is « masqué » on the other tablet until a facilitator reveals it", async ({
  browser,
}) => {
  const { boardA, boardB, contexts } = await twoTablets(browser, "Notes masquées");
  try {
    await setHideMode(boardA.page, true);
    await boardA.addNotes("Points de vue", "Conflit avec le voisinage");
    // The facilitator's tablet reads it, flagged; the other tablet sees its place only.
    await expect(boardA.note("Points de vue", "Conflit avec le voisinage")).toContainText(
      "masquée jusqu'à révélation",
    );
    await expect(boardB.note("Points de vue", "masqué")).toBeVisible();
    await expect(boardB.note("Points de vue", "masqué")).toContainText("pas confidentiel");
    await expect(boardB.column("Points de vue")).not.toContainText("Conflit");

    await boardA.column("Points de vue").getByRole("button", { name: "Révéler les notes" }).click();
    await expect(boardB.note("Points de vue", "Conflit avec le voisinage")).toBeVisible();
    await expect(boardB.column("Points de vue")).not.toContainText("masqué");
  } finally {
    for (const c of contexts) await c.close();
  }
});

test("dot voting on two tablets offline: voters from the carnet, results after closing", async ({
  browser,
}) => {
  const { a, b, boardA, boardB, contexts } = await twoTablets(browser, "Vote à deux tablettes");
  const [contextA, contextB] = contexts;
  try {
    await boardA.addNotes("Besoins / manques", "Un local partagé", "Un site web");
    const book = new AddressBookPage(a.page);
    await book.open();
    await book.openAddForm();
    await book.addContact({ name: "Hélène Martin" });
    await book.addContact({ name: "Paul Durand" });
    await boardA.open();
    await boardA.view("Vote").click();
    await a.page.getByLabel("Intitulé du vote").fill("Priorités");
    await a.page.getByLabel("Gommettes par personne").fill("3");
    await a.page.getByRole("button", { name: "Ouvrir un vote" }).click();
    await boardB.view("Vote").click();
    const ballotB = b.page.getByRole("region", { name: "Priorités", exact: true });
    await expect(ballotB.getByLabel("Qui vote ?")).toContainText("Paul Durand");

    await contextA.setOffline(true);
    await contextB.setOffline(true);
    await castVote(a.page, "Priorités", "Hélène Martin", {
      "Un local partagé": 2,
      "Un site web": 1,
    });
    await castVote(b.page, "Priorités", "Paul Durand", { "Un local partagé": 1 });
    // Votes stay hidden until the session is closed.
    await expect(
      a.page.getByText("Votes cachés jusqu'à la clôture (1 personnes ont voté)."),
    ).toBeVisible();

    await contextA.setOffline(false);
    await contextB.setOffline(false);
    await expect(a.status()).toHaveText("Synchronisé");
    await expect(b.status()).toHaveText("Synchronisé");
    await expect(b.page.getByText("(2 personnes ont voté)")).toBeVisible();
    await a.page.getByRole("button", { name: "Clore le vote" }).click();
    for (const page of [a.page, b.page]) {
      const results = page
        .getByRole("region", { name: "Priorités", exact: true })
        .getByRole("list", { name: "Résultats" });
      await expect(results.getByRole("listitem")).toHaveText([
        "Un local partagé — 3 gommettes",
        "Un site web — 1 gommette",
      ]);
    }
  } finally {
    await contextA.close();
    await contextB.close();
  }
});
