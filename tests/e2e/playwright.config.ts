import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_PORT } from "./env";

/**
 * End-to-end tests in Debian's Chromium (no browser download here). The relay serves the built
 * app and syncs on the same port, exactly as `npm start` does; `global-setup.ts` builds the app
 * and starts it with a throw-away data directory.
 */
export default defineConfig({
  testDir: ".",
  testMatch: "**/*.e2e.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.PW_JSON
    ? [["list"], ["json", { outputFile: process.env.PW_JSON }]]
    : [["list"]],
  globalSetup: "./global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    locale: "fr-FR",
    viewport: { width: 1024, height: 768 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: "off",
    screenshot: "off",
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
});
