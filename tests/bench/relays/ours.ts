import { createRelay } from "../../../sync-server/src/relay";
import type { HostedRelay } from "./kinds";

/**
 * Récolte's relay through its library entry (the CLI wraps the same call), at its documented
 * defaults: compression, validation, rate limits, atomic storage and bounded cache all on.
 */
export async function startOursRelay(
  port: number,
  dataDir: string,
  staticDir?: string,
): Promise<HostedRelay> {
  const relay = await createRelay({
    port,
    host: "127.0.0.1",
    dataDir,
    ...(staticDir && { staticDir }),
  });
  await relay.ready();
  return {
    wsUrl: () => relay.url,
    flush: () => relay.repo.flush(),
    close: () => relay.close(),
  };
}
