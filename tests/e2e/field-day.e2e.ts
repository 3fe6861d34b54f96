/**
 * Issue 7's whole day in the field, end to end: tablet A creates an atelier with no network and
 * shows its QR; tablet B joins by link while offline (waiting state) and receives everything from
 * A's bundle file; both capture offline; they converge through a laptop relay that reaches the
 * central relay only later; a third device on the central relay sees all of it; A's « État de la
 * sauvegarde » tells the truth at every step.
 *
 * This test runs its own two relays (field and central) beside the suite's: the field relay is
 * started with UPSTREAM_URL pointing at a port where nothing listens yet.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import type { Browser, BrowserContext } from "@playwright/test";
import { spawnRelay, type RelayProcess } from "../helpers/relayProcess";
import { JoinPage } from "./pages/JoinPage";
import { installedTablet, LANDSCAPE, PORTRAIT } from "./pages/installedTablet";
import { SafetyPage } from "./pages/SafetyPage";
import { AddressBookPage } from "./pages/AddressBookPage";
import { BoardPage } from "./pages/BoardPage";

const DIST = resolve(import.meta.dirname, "../../dist");
const SAVED = "Tout est enregistré sur le serveur";

/** A port that was free a moment ago (the central relay starts on it later). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** A tablet whose app comes from `origin`, installed (service worker) so it opens offline. */
async function tablet(browser: Browser, origin: string, name: string, viewport = LANDSCAPE) {
  const { context, app } = await installedTablet(browser, name, { viewport, baseURL: origin });
  return { context, app, join: new JoinPage(app.page), safety: new SafetyPage(app.page) };
}

test("a day in the field: QR, bundle, laptop relay, central relay later, the truth at every step", async ({
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  const dirs: string[] = [];
  const relays: RelayProcess[] = [];
  const contexts: BrowserContext[] = [];
  const spawn = async (env: Record<string, string>) => {
    const dataDir = await mkdtemp(join(tmpdir(), "recolte-field-day-"));
    dirs.push(dataDir);
    const relay = await spawnRelay({ dataDir, env: { STATIC_DIR: DIST, ...env } });
    relays.push(relay);
    return relay;
  };
  try {
    const centralPort = await freePort();
    const field = await spawn({ UPSTREAM_URL: `ws://127.0.0.1:${centralPort}/sync` });

    // Tablet A, no network at all: creates the atelier, shows the QR, exports the bundle.
    const a = await tablet(browser, field.httpUrl, "Alex");
    contexts.push(a.context);
    await a.context.setOffline(true);
    const atelierId = await a.app.createAtelier("Atelier de terrain");
    await a.app.addAgendaItem({ title: "Tour de table", start: "09:00" });
    await a.app.waitForLocalSave();
    const link = await a.join.openShare();
    await expect(a.join.shareQr()).toBeVisible();
    expect(link).toBe(`${field.httpUrl}/atelier/${atelierId}`);
    const download = a.app.page.waitForEvent("download");
    await a.app.page.getByRole("button", { name: "Exporter l'atelier" }).click();
    const bundlePath = testInfo.outputPath("atelier-de-terrain.recolte");
    await (await download).saveAs(bundlePath);

    // Tablet B, offline, joins by link: waiting, honestly; then A's file brings everything.
    const b = await tablet(browser, field.httpUrl, "Bea", PORTRAIT);
    contexts.push(b.context);
    await b.context.setOffline(true);
    await b.join.join(link);
    await expect(b.join.waiting()).toBeVisible();
    await b.join.importBundle(bundlePath);
    await expect(
      b.app.page.getByRole("heading", { level: 1, name: "Atelier de terrain" }),
    ).toBeVisible();
    await expect.poll(() => b.app.agendaTitles()).toEqual(["Tour de table"]);

    // Both capture offline: A a contact, B a note.
    await a.app.goto(`/atelier/${atelierId}`);
    const carnetA = new AddressBookPage(a.app.page);
    await carnetA.open();
    await carnetA.openAddForm();
    await carnetA.addContact({ name: "Awa Diallo" });
    await a.app.waitForLocalSave();
    const boardB = new BoardPage(b.app.page);
    await boardB.open();
    await boardB.addNotes("Freins", "Pas de salle le samedi");
    await b.app.waitForLocalSave();

    // Offline, A's work is not on any server, and the view says so.
    await a.safety.openSafety();
    await expect(a.safety.verdict()).toContainText("Pas encore sauvegardé");
    await expect(a.app.page.getByText(SAVED)).toHaveCount(0);

    // Online in the room: both converge through the laptop relay; the central one is unreachable.
    await a.context.setOffline(false);
    await b.context.setOffline(false);
    await expect(a.app.page.getByText(/Relais local \(ordinateur\).*a tout reçu/)).toBeVisible({
      timeout: 30_000,
    });
    const centralLine = a.app.page.getByRole("listitem").filter({ hasText: "Serveur central" });
    await expect(centralLine).not.toContainText("a tout reçu");
    await expect(a.safety.verdict()).not.toHaveText(SAVED);
    await expect(a.app.page.getByText(SAVED)).toHaveCount(0);
    await boardB.page.getByRole("link", { name: "Carnet d'adresses" }).click();
    await expect(new AddressBookPage(b.app.page).row("Awa Diallo")).toBeVisible();
    const boardA = new BoardPage(a.app.page);
    await a.app.goto(`/atelier/${atelierId}`);
    await boardA.open();
    await expect(boardA.note("Freins", "Pas de salle le samedi")).toBeVisible();

    // The central relay comes up: the laptop forwards everything, A's view turns to saved.
    const central = await spawn({ PORT: String(centralPort) });
    await a.safety.openSafety();
    await expect(a.safety.verdict()).toHaveText(SAVED, { timeout: 90_000 });
    await expect(centralLine).toContainText("a tout reçu");

    // A third device on the central relay sees all of it.
    const c = await tablet(browser, central.httpUrl, "Chloé");
    contexts.push(c.context);
    await c.app.goto(`/atelier/${atelierId}`);
    await expect(
      c.app.page.getByRole("heading", { level: 1, name: "Atelier de terrain" }),
    ).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => c.app.agendaTitles()).toEqual(["Tour de table"]);
    const boardC = new BoardPage(c.app.page);
    await boardC.open();
    await expect(boardC.note("Freins", "Pas de salle le samedi")).toBeVisible();
    const carnetC = new AddressBookPage(c.app.page);
    await carnetC.open();
    await expect(carnetC.row("Awa Diallo")).toBeVisible();
  } finally {
    for (const context of contexts) await context.close();
    for (const relay of relays) {
      relay.child.kill("SIGTERM");
      await relay.exited;
    }
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  }
});
