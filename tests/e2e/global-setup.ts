import { startRelayProcess } from "../helpers/relayProcess";
import { E2E_PORT } from "./env";

/** Starts the relay (serving `dist/` and `/sync`) once for the whole e2e run. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const relay = await startRelayProcess({ port: E2E_PORT });
  return () => relay.stop();
}
