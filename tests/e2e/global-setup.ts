import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnRelay } from "../helpers/relayProcess";
import { E2E_PORT } from "./env";

/** Starts the relay (serving the built `dist/` and `/sync`) once for the whole e2e run. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(join(tmpdir(), "recolte-e2e-"));
  const relay = await spawnRelay({
    dataDir,
    env: {
      PORT: String(E2E_PORT),
      STATIC_DIR: resolve(import.meta.dirname, "../../dist"),
    },
  });
  return async () => {
    relay.child.kill("SIGTERM");
    await relay.exited;
    await rm(dataDir, { recursive: true, force: true });
  };
}
