export { CHROMIUM_ARGS, CHROMIUM_PATH } from "../helpers/chromium";

/** Port of the relay the e2e suite starts (serves the built app and /sync). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4317);
