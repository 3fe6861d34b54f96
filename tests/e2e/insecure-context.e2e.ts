import { chromium, expect, test } from "@playwright/test";
import { RecolteApp } from "./pages/RecolteApp";
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_PORT } from "./env";

/**
 * A laptop relay in the room serves the app over plain HTTP at a LAN name: the browser treats the
 * page as insecure (no service worker, no persistent storage). The name is mapped to loopback, so
 * the test never leaves this machine.
 */
test("served over plain HTTP from a LAN name, the app says « mode relais local » and still works live", async () => {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, "--host-resolver-rules=MAP relais-salle.test 127.0.0.1"],
  });
  try {
    const context = await browser.newContext({
      locale: "fr-FR",
      viewport: { width: 768, height: 1024 },
    });
    const page = await context.newPage();
    await page.goto(`http://relais-salle.test:${E2E_PORT}/`);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    const app = new RecolteApp(page);
    await app.ensureProfile("Salle 2");
    await expect(page.getByText(/Mode relais local/)).toBeVisible();
    await app.createAtelier("Atelier en salle");
    await app.addAgendaItem({ title: "Capturé sur le relais du portable" });
    await expect(app.status()).toHaveText("Synchronisé");
    await page.reload();
    await expect(app.agendaItem("Capturé sur le relais du portable")).toBeVisible();
  } finally {
    await browser.close();
  }
});
