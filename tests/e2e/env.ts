/** Chromium from Debian (DESIGN.md §11): the flags this sandbox needs. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
/** Port of the relay the e2e suite starts (serves the built app and /sync). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4317);
