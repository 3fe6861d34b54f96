import { expect, test } from "@playwright/test";
import { RecolteApp } from "./pages/RecolteApp";
import { BoardPage, castVote } from "./pages/BoardPage";
import { addPeople, CategoriesPage, facilitatorBar, twoTablets } from "./pages/BoardTablets";

test("« notes masquées » is shared: a facilitator turns it on, the other tablet's note stays hidden until revealed", async ({
  browser,
}) => {
  const { a, b, boardA, boardB, close } = await twoTablets(browser, "Mode masqué partagé");
  try {
    // The participant's tablet has no switch: the mode is the facilitators' (a UI gate).
    await facilitatorBar(b.page);
    await expect(b.page.getByRole("checkbox", { name: "Notes masquées" })).toHaveCount(0);
    const barA = await facilitatorBar(a.page);
    await barA.getByRole("checkbox", { name: "Notes masquées jusqu'à révélation" }).check();
    // Tablet B learns it from the document, and says « masqué, pas confidentiel ».
    await expect(b.page.getByRole("note")).toContainText("Mode « notes masquées » actif");
    await expect(b.page.getByRole("note")).toContainText("pas confidentiel");

    await boardB.addNotes("Points de vue", "Conflit d'usage du parc");
    await expect(boardB.note("Points de vue", "Conflit d'usage du parc")).toContainText(
      "masquée jusqu'à révélation",
    );
    // The facilitator's tablet holds it but shows it sealed until revealed.
    await expect(boardA.note("Points de vue", "masqué")).toBeVisible();
    await expect(boardA.column("Points de vue")).not.toContainText("Conflit");

    await barA.getByRole("button", { name: "Révéler toutes les notes masquées" }).click();
    for (const board of [boardA, boardB]) {
      await expect(board.note("Points de vue", "Conflit d'usage du parc")).toBeVisible();
      await expect(board.column("Points de vue")).not.toContainText("masqué");
    }
    // Off again for everyone: the next note is plain on both tablets.
    await barA.getByRole("checkbox", { name: "Notes masquées jusqu'à révélation" }).uncheck();
    await expect(b.page.getByRole("note")).toHaveCount(0);
    await boardB.addNotes("Points de vue", "Envie de bancs");
    await expect(boardA.note("Points de vue", "Envie de bancs")).toBeVisible();
  } finally {
    await close();
  }
});

test("categories: rename in place, Monter / Descendre, add, bin with their notes and restore", async ({
  page,
}) => {
  const app = new RecolteApp(page);
  await app.goto("/");
  await app.ensureProfile("Camille");
  await app.createAtelier("Catégories");
  const board = new BoardPage(page);
  await board.open();
  await board.addNotes("Freins", "Pas de local");
  const categories = new CategoriesPage(page);
  await categories.open(board);

  await categories.nameField("Freins").fill("Obstacles");
  await expect(categories.nameField("Obstacles")).toBeVisible();
  // A blank name is refused without losing the old one.
  await categories.nameField("Obstacles").fill("");
  await expect(page.getByText("Le nom ne peut pas être vide")).toBeVisible();
  await categories.nameField("Obstacles").fill("Obstacles");

  const before = await categories.titles();
  expect(before.slice(2, 5)).toEqual(["Points de vue", "Obstacles", "Leviers"]);
  await categories.button("Monter", "Obstacles").click();
  await expect
    .poll(() => categories.titles().then((t) => t.slice(2, 4)))
    .toEqual(["Obstacles", "Points de vue"]);
  await categories.button("Descendre", "Travaux précédents").click();
  await expect
    .poll(() => categories.titles().then((t) => t.slice(0, 2)))
    .toEqual(["Ressources (experts, acteurs locaux)", "Travaux précédents"]);
  await categories.add("Idées en vrac");
  await expect.poll(() => categories.titles().then((t) => t.at(-1))).toBe("Idées en vrac");

  await categories.button("Mettre", "Obstacles").click();
  await expect(categories.list().getByRole("listitem", { name: "Obstacles" })).toHaveCount(0);
  await board.view("Tableau").click();
  await expect(board.column("Obstacles")).toHaveCount(0);
  await expect(board.column("Idées en vrac")).toBeVisible();

  await board.view("Corbeille (1)").click();
  const binned = page.getByRole("listitem", { name: "Obstacles", exact: true });
  await expect(binned).toContainText("1 note gardée avec elle");
  await expect(binned).toContainText("Pas de local");
  await binned.getByRole("button", { name: "Restaurer « Obstacles »" }).click();
  await board.view("Tableau").click();
  await expect(board.note("Obstacles", "Pas de local")).toBeVisible();
  await app.waitForLocalSave();
  await page.reload();
  await expect(board.note("Obstacles", "Pas de local")).toBeVisible();
});

test("tour de table: order from the carnet, per-speaker timer, capture into a category, who has spoken", async ({
  page,
}) => {
  const app = new RecolteApp(page);
  await app.goto("/");
  await app.ensureProfile("Camille");
  await app.createAtelier("Tour de table");
  const board = new BoardPage(page);
  await board.open();
  await addPeople(board, "Zoé Bernard", "Ali Haddad");
  await board.view("Animation").click();
  const tour = page.getByRole("region", { name: "Tour de table" });
  await tour.getByRole("button", { name: "Ordre alphabétique" }).click();
  const order = () =>
    tour
      .locator("ol.tour-list > li")
      .evaluateAll((items) => items.map((i) => i.getAttribute("aria-label")));
  await expect.poll(order).toEqual(["Ali Haddad", "Zoé Bernard"]);
  await tour.getByRole("button", { name: "Faire parler Zoé Bernard plus tôt" }).click();
  await expect.poll(order).toEqual(["Zoé Bernard", "Ali Haddad"]);
  await expect(tour).toContainText("À la parole : Zoé Bernard");

  await tour.getByLabel("Temps de parole (minutes)").fill("3");
  await tour.getByRole("button", { name: "Démarrer" }).click();
  await expect(page.getByRole("timer", { name: "Temps restant" }).first()).toHaveText(
    /^0[23]:\d\d$/,
  );

  await tour.getByLabel("Dans la catégorie").selectOption({ label: "Leviers" });
  await tour.getByLabel("Noter ce qui est dit").fill("Un jardin partagé existe déjà");
  await tour.getByRole("button", { name: "Noter", exact: true }).click();
  await expect(tour.getByLabel("Noter ce qui est dit")).toHaveValue("");
  await tour.getByRole("button", { name: "Personne suivante" }).click();
  await expect(tour).toContainText("À la parole : Ali Haddad");
  await expect(tour.getByRole("listitem", { name: "Zoé Bernard" })).toContainText("a parlé");
  await expect(
    tour.getByRole("checkbox", { name: "Zoé Bernard n'a pas encore parlé" }),
  ).toBeChecked();

  // Random order: the same two people, whatever the draw.
  await tour.getByRole("button", { name: "Ordre aléatoire" }).click();
  await expect.poll(async () => [...(await order())].sort()).toEqual(["Ali Haddad", "Zoé Bernard"]);

  await board.view("Tableau").click();
  await expect(board.note("Leviers", "Un jardin partagé existe déjà")).toBeVisible();
});

test("one participant votes on two tablets offline: counted once after merge, the conflict shown", async ({
  browser,
}) => {
  const { a, b, boardA, contexts, close } = await twoTablets(browser, "Double vote");
  const [contextA, contextB] = contexts;
  try {
    await boardA.addNotes("Besoins / manques", "Un local partagé", "Un site web");
    await addPeople(boardA, "Hélène Martin");
    await boardA.view("Vote").click();
    await a.page.getByLabel("Intitulé du vote").fill("Priorités");
    await a.page.getByLabel("Gommettes par personne").fill("3");
    await a.page.getByRole("button", { name: "Ouvrir un vote" }).click();
    await new BoardPage(b.page).view("Vote").click();
    const ballotB = b.page.getByRole("region", { name: "Priorités", exact: true });
    await expect(ballotB.getByLabel("Qui vote ?")).toContainText("Hélène Martin");

    await contextA.setOffline(true);
    await contextB.setOffline(true);
    await castVote(a.page, "Priorités", "Hélène Martin", { "Un local partagé": 3 });
    await castVote(b.page, "Priorités", "Hélène Martin", { "Un site web": 2 });

    await contextA.setOffline(false);
    await contextB.setOffline(false);
    await expect(a.status()).toHaveText("Synchronisé");
    await expect(b.status()).toHaveText("Synchronisé");
    // One participant, whatever the number of tablets she voted on.
    for (const page of [a.page, b.page]) {
      await expect(page.getByText("(1 personnes ont voté)")).toBeVisible();
    }
    await a.page.getByRole("button", { name: "Clore le vote" }).click();
    for (const page of [a.page, b.page]) {
      const closed = page.getByRole("region", { name: "Priorités", exact: true });
      await expect(closed).toContainText(
        "Hélène Martin a voté sur deux tablettes : 5 gommettes pour un budget de 3. Seules 3 sont comptées.",
      );
      const counted = await closed
        .getByRole("list", { name: "Résultats" })
        .getByRole("listitem")
        .allTextContents();
      const total = counted.reduce((sum, row) => sum + Number(/— (\d+)/.exec(row)?.[1] ?? 0), 0);
      expect(total).toBe(3);
    }
  } finally {
    await close();
  }
});

test("moderation hides a note with a reason from participants, stays visible to facilitators, reversible; synthesis copies", async ({
  browser,
}) => {
  const { a, boardA, boardB, contexts, close } = await twoTablets(browser, "Modération");
  try {
    await contexts[0].grantPermissions(["clipboard-read", "clipboard-write"]);
    await boardA.addNotes("Freins", "Le maire est nul", "Pas de transport");
    await expect(boardB.note("Freins", "Le maire est nul")).toBeVisible();
    const dialog = await boardA.openActions("Freins", "Le maire est nul");
    await dialog.getByLabel("Raison").fill("Propos blessant");
    await dialog.getByRole("button", { name: "Masquer avec cette raison" }).click();
    await boardA.closeDialog();
    await expect(boardA.note("Freins", "Le maire est nul")).toContainText(
      "Modérée : Propos blessant",
    );
    await expect(boardB.note("Freins", "Le maire est nul")).toHaveCount(0);
    await expect.poll(() => boardB.texts("Freins")).toEqual(["Pas de transport"]);

    const again = await boardA.openActions("Freins", "Le maire est nul");
    await again.getByRole("button", { name: "Rétablir la note" }).click();
    await boardA.closeDialog();
    await expect(boardB.note("Freins", "Le maire est nul")).toBeVisible();
    await expect(boardA.note("Freins", "Le maire est nul")).not.toContainText("Modérée");

    await boardA.view("Synthèse").click();
    await a.page.getByRole("button", { name: "Copier la synthèse" }).click();
    await expect(a.page.getByRole("button", { name: "Synthèse copiée" })).toBeVisible();
    const copied = await a.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("Freins — 2 notes, 0 groupes");
    expect(copied).toContain("Besoins prioritaires");
  } finally {
    await close();
  }
});
