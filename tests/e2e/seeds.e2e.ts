import { expect, test } from "@playwright/test";
import type { Browser, BrowserContext } from "@playwright/test";
import { RecolteApp } from "./pages/RecolteApp";
import { BoardPage } from "./pages/BoardPage";
import { AddressBookPage } from "./pages/AddressBookPage";
import { SeedPage } from "./pages/SeedPage";
import { reviewShots } from "./pages/reviewShots";

/** Screenshots for review (not committed) when SEED_SHOTS is set. */
const shot = reviewShots(process.env.SEED_SHOTS ? "/tmp/shots-seed" : null);

/** A tablet with a profile, on the home screen. */
async function tablet(browser: Browser, name: string, portrait = false) {
  const context = await browser.newContext(
    portrait ? { viewport: { width: 768, height: 1024 } } : {},
  );
  const app = new RecolteApp(await context.newPage());
  await app.goto("/");
  await app.ensureProfile(name);
  return { context, app, seeds: new SeedPage(app.page) };
}

test("a seed from a need on the board, members from the carnet, then opened alone by its link", async ({
  browser,
}) => {
  const a = await tablet(browser, "Alex");
  const contexts: BrowserContext[] = [a.context];
  try {
    await a.app.createAtelier("Atelier alimentation");
    const book = new AddressBookPage(a.app.page);
    await book.open();
    await book.openAddForm();
    await book.addContact({ name: "Hélène Martin" });
    await book.addContact({ name: "Paul Durand" });

    const board = new BoardPage(a.app.page);
    await board.open();
    await board.addNotes("Besoins / manques", "Un local partagé pour stocker");
    const dialog = await board.openActions("Besoins / manques", "Un local partagé pour stocker");
    await dialog.getByRole("button", { name: "Créer une graine" }).click();
    // The form shows the need and suggests its text as the title.
    await expect(a.app.page.getByText("Cette graine répondra au besoin")).toContainText(
      "Un local partagé pour stocker",
    );
    await expect(a.app.page.getByLabel("Titre")).toHaveValue("Un local partagé pour stocker");
    await a.app.page.getByLabel("Titre").fill("Local partagé");
    await a.app.page.getByRole("button", { name: "Créer", exact: true }).click();
    const seedId = await a.seeds.waitForSeed("Local partagé");
    await expect(a.seeds.needs()).toContainText("Un local partagé pour stocker");
    await expect(a.seeds.needs()).toContainText("Besoins / manques");
    await expect(a.app.page.getByText("Atelier : Atelier alimentation")).toBeVisible();

    await a.seeds.section("Groupe-action");
    await a.seeds.addMemberFromCarnet("Hélène Martin", "Hélène M.");
    await a.seeds.addMemberFromCarnet("Paul Durand");
    await a.seeds.addMemberByName("Zoé Petit");
    await a.seeds
      .member("Hélène M.")
      .getByRole("button", { name: "Désigner Hélène M. comme référent·e" })
      .click();
    await expect(a.seeds.member("Hélène M.")).toContainText("Référent·e");
    await a.seeds.member("Zoé Petit").getByText("Communication", { exact: true }).click();
    await a.seeds.section("Prochaines étapes");
    await a.seeds.addTask({
      title: "Visiter la salle",
      assignee: "Paul Durand",
      due: "2026-12-15",
    });
    await a.seeds.section("La graine");
    await a.app.page
      .getByLabel("Statut", { exact: true })
      .selectOption({ label: "En germination" });
    await expect(a.app.page.locator(".seed-header .badge")).toHaveText("En germination");
    await shot(a.app.page, "seed-page");
    await a.seeds.section("Groupe-action");
    await shot(a.app.page, "seed-members");
    await expect(a.app.status()).toHaveText("Synchronisé");

    // The atelier's list: the card shows status, group size and next step.
    await a.app.goto("/");
    await a.app.page.getByRole("link", { name: "Atelier alimentation" }).click();
    await a.seeds.openList();
    const card = a.seeds.card("Local partagé");
    await expect(card).toContainText("En germination");
    await expect(card).toContainText("3 membres");
    await expect(card).toContainText("Visiter la salle");
    await shot(a.app.page, "seed-list");

    // A groupe-action member's tablet: nothing of the atelier, only the seed's link.
    const c = await tablet(browser, "Zoé", true);
    contexts.push(c.context);
    await c.app.goto(`/graine/${seedId}`);
    await expect(
      c.app.page.getByRole("heading", { level: 1, name: "Local partagé" }),
    ).toBeVisible();
    await expect(c.seeds.needs()).toContainText("Un local partagé pour stocker");
    await c.seeds.section("Groupe-action");
    await expect(c.seeds.member("Hélène M.")).toContainText("Référent·e");
    await expect(c.seeds.member("Paul Durand")).toBeVisible();
    await expect(c.seeds.member("Zoé Petit")).toBeVisible();
    await expect(
      c.app.page.getByText("Le carnet de l'atelier n'est pas sur cet appareil"),
    ).toBeVisible();
    // It works there: a task added alone reaches the atelier's tablet.
    await c.seeds.section("Prochaines étapes");
    await c.seeds.addTask({ title: "Écrire à la mairie", assignee: "Zoé Petit" });
    await c.app.goto("/");
    await expect(c.app.page.getByText("Aucun atelier sur cet appareil")).toBeVisible();
    await c.app.page.getByRole("link", { name: "Mes graines" }).click();
    await expect(c.app.page.getByRole("listitem", { name: "Local partagé" })).toContainText(
      "Atelier : Atelier alimentation",
    );
    await shot(c.app.page, "my-seeds");
    await a.app.page.goto(`/graine/${seedId}/etapes`);
    await expect(a.seeds.task("Écrire à la mairie")).toBeVisible();
  } finally {
    for (const context of contexts) await context.close();
  }
});

test("two tablets edit tasks offline, reconnect through the relay: the same steps", async ({
  browser,
}) => {
  const a = await tablet(browser, "Alex");
  const b = await tablet(browser, "Bea", true);
  try {
    await a.app.createAtelier("Graine à deux");
    await a.seeds.openList();
    const seedId = await a.seeds.create("Fête de quartier");
    await a.seeds.section("Groupe-action");
    await a.seeds.addMemberByName("Hélène");
    await a.seeds.addMemberByName("Paul");
    await a.seeds.section("Prochaines étapes");
    await a.seeds.addTask({ title: "Réserver la salle" });
    await expect(a.app.status()).toHaveText("Synchronisé");

    await b.app.goto(`/graine/${seedId}/etapes`);
    await expect(b.seeds.task("Réserver la salle")).toBeVisible();

    await a.context.setOffline(true);
    await b.context.setOffline(true);
    await expect(a.app.status()).toContainText("Hors ligne");
    await expect(b.app.status()).toContainText("Hors ligne");

    await a.seeds.addTask({ title: "Trouver des tables", assignee: "Paul", due: "2026-12-10" });
    await a.seeds
      .task("Réserver la salle")
      .getByLabel("Qui s'en charge")
      .selectOption({ label: "Hélène" });
    await b.seeds.addTask({ title: "Prévenir les voisins", due: "2026-12-05" });
    await b.seeds.task("Réserver la salle").getByLabel("Échéance").fill("2026-12-01");
    await b.seeds
      .task("Réserver la salle")
      .getByLabel("Intitulé de l'étape")
      .fill("Réserver la salle des fêtes");
    await expect(b.app.status()).toContainText("en attente");

    // The journal, co-written offline on both tablets (merged by character).
    await a.seeds.section("Journal");
    await b.seeds.section("Journal");
    const journalA = a.app.page.getByRole("textbox", { name: "Journal", exact: true });
    const journalB = b.app.page.getByRole("textbox", { name: "Journal", exact: true });
    await journalA.click();
    await a.app.page.keyboard.type("Alex a appelé la mairie.");
    await journalB.click();
    await b.app.page.keyboard.type("Bea prépare l'affiche.");
    await expect(journalA).toContainText("Alex a appelé la mairie.");
    await expect(journalB).toContainText("Bea prépare l'affiche.");

    await a.context.setOffline(false);
    await b.context.setOffline(false);
    await expect(a.app.status()).toHaveText("Synchronisé");
    await expect(b.app.status()).toHaveText("Synchronisé");
    for (const journal of [journalA, journalB]) {
      await expect(journal).toContainText("Alex a appelé la mairie.");
      await expect(journal).toContainText("Bea prépare l'affiche.");
    }
    await expect
      .poll(async () => (await journalA.innerText()) === (await journalB.innerText()))
      .toBe(true);
    await shot(b.app.page, "seed-journal");
    await a.seeds.section("Prochaines étapes");
    await b.seeds.section("Prochaines étapes");
    const expected = [
      "Réserver la salle des fêtes | Hélène | 2026-12-01",
      "Prévenir les voisins | Personne | 2026-12-05",
      "Trouver des tables | Paul | 2026-12-10",
    ];
    await expect.poll(() => a.seeds.taskRows()).toEqual(expected);
    await expect.poll(() => b.seeds.taskRows()).toEqual(expected);
  } finally {
    await a.context.close();
    await b.context.close();
  }
});

test("a decision by consent: an objection blocks until addressed, then adopted and closed read-only", async ({
  browser,
}) => {
  const a = await tablet(browser, "Alex", true);
  try {
    const atelierId = await a.app.createAtelier("Décider ensemble");
    await a.seeds.openList();
    await a.seeds.create("Boîte à outils des élus");
    await a.seeds.section("Groupe-action");
    await a.seeds.addMemberByName("Hélène");
    await a.seeds.addMemberByName("Paul");
    await a.seeds.addMemberByName("Zoé");
    await a.seeds.section("Décisions");
    const question = "Publier la boîte à outils sous licence libre ?";
    await a.seeds.propose(question, "Consentement");
    await a.seeds.consent(question, "Hélène", "Pour");
    await a.seeds.consent(question, "Paul", "Avec réserve", "Relire la licence");
    await a.seeds.consent(question, "Zoé", "Objection", "Il faut l'accord de la mairie");
    const results = a.seeds.results(question);
    await expect(results).toContainText("Bloquée : une objection n'est pas encore traitée.");
    await expect(results).toContainText("Objection de Zoé : Il faut l'accord de la mairie");
    await shot(a.app.page, "seed-decision");

    await results.getByLabel("Comment l'objection a été traitée").fill("Accord écrit obtenu");
    await results.getByRole("button", { name: "Objection traitée" }).click();
    await expect(results).toContainText("Traitée : Accord écrit obtenu");
    await expect(results).toContainText("Adoptée");

    const card = a.seeds.decision(question);
    await card.getByLabel("Décision retenue (résumé)").fill("Licence CC BY-SA");
    await card.getByRole("button", { name: "Clore la décision" }).click();
    await expect(card).toContainText("Licence CC BY-SA");
    await expect(card).toContainText("Décision close : elle ne peut plus être modifiée.");
    await expect(card.getByRole("button", { name: "Enregistrer le vote" })).toHaveCount(0);
    await expect(card.getByRole("button", { name: "Objection traitée" })).toHaveCount(0);
    await a.app.page.reload();
    await expect(a.seeds.decision(question)).toContainText("Adoptée");
    await expect(
      a.seeds.decision(question).getByRole("button", { name: "Clore la décision" }),
    ).toHaveCount(0);

    // A meeting (who came, notes) and the experimentation protocol.
    await a.seeds.section("Rencontres");
    const meetingForm = a.app.page.getByRole("form", { name: "Noter une rencontre" });
    await meetingForm.getByLabel("Date").fill("2026-12-04");
    await meetingForm.getByLabel("Lieu").fill("Salle des fêtes");
    await meetingForm.getByRole("button", { name: "Noter une rencontre" }).click();
    const meeting = a.app.page.getByRole("article", { name: /^Rencontre du / });
    await meeting.getByText("Hélène", { exact: true }).click();
    await meeting.getByText("Zoé", { exact: true }).click();
    await meeting.getByLabel("Compte rendu").fill("Licence choisie, relecture par Paul.");
    await expect(meeting.getByRole("checkbox", { name: "Hélène" })).toBeChecked();
    await shot(a.app.page, "seed-meetings");
    await a.seeds.section("Protocole");
    await a.app.page.getByText("Suivre un protocole d'expérimentation").click();
    await a.app.page.getByLabel("Hypothèses").fill("Les élus utilisent une fiche d'une page.");
    await a.app.page.getByRole("button", { name: "Ajouter une itération" }).click();
    await a.app.page.getByLabel("Ce qui a été appris").fill("Deux pages, c'est trop.");
    await shot(a.app.page, "seed-protocol");
    await a.seeds.section("Rencontres");
    await expect(a.app.page.getByLabel("Compte rendu")).toHaveValue(
      "Licence choisie, relecture par Paul.",
    );

    // The bin: the seed leaves its atelier's list, and comes back.
    await a.seeds.section("La graine");
    await a.app.page.getByRole("button", { name: "Mettre la graine à la corbeille" }).click();
    await expect(
      a.app.page.getByText("Cette graine est dans la corbeille de son atelier."),
    ).toBeVisible();
    await a.app.waitForLocalSave();
    await a.app.page.goto(`/atelier/${atelierId}/graines`);
    await expect(a.seeds.list().getByRole("listitem")).toHaveCount(0);
    await a.app.page.getByRole("link", { name: "Corbeille (1)" }).click();
    await a.app.page.getByRole("button", { name: "Restaurer « Boîte à outils des élus »" }).click();
    await a.app.page.getByRole("link", { name: "En cours (1)" }).click();
    await expect(a.seeds.card("Boîte à outils des élus")).toBeVisible();
    await a.seeds.card("Boîte à outils des élus").getByRole("link").click();
    await expect(
      a.app.page.getByText("Cette graine est dans la corbeille de son atelier."),
    ).toHaveCount(0);
  } finally {
    await a.context.close();
  }
});
