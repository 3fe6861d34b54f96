/**
 * Test factories for the relay: an in-process relay on a free port with a temp DATA_DIR, stock
 * automerge-repo clients connected to it, and a polling `waitFor`.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Repo, type AnyDocumentId, type DocHandle } from "@automerge/automerge-repo";
import { WebSocketClientAdapter } from "@automerge/automerge-repo-network-websocket";
import { NodeFSStorageAdapter } from "@automerge/automerge-repo-storage-nodefs";
import { createRelay, type Relay, type RelayOptions } from "../../sync-server/src/relay.js";
import { waitFor } from "./waitFor.js";

export { waitFor } from "./waitFor.js";

/** A temp directory that tests remove in `afterEach`/`afterAll`. */
export async function tempDir(prefix = "recolte-relay-"): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export interface TestRelay extends Relay {
  dataDir: string;
}

/** Starts an in-process relay (port 0 = a free port) and waits until it is ready. */
export async function startRelay(options: Partial<RelayOptions> = {}): Promise<TestRelay> {
  const dataDir = options.dataDir ?? path.join(await tempDir(), "data");
  const relay = await createRelay({ port: 0, ...options, dataDir });
  await relay.ready();
  return Object.assign(relay, { dataDir });
}

export interface ClientOptions {
  /** Persist the client's documents here (a "device"), so it can go offline and come back. */
  storageDir?: string;
  /** Start without network (an offline tablet). */
  offline?: boolean;
}

/** A stock automerge-repo client (WebSocketClientAdapter) pointed at `url`. */
export function connectClient(url: string, options: ClientOptions = {}): Repo {
  const network = [];
  if (!options.offline) {
    const adapter = new WebSocketClientAdapter(url, 200);
    // The stock adapter rethrows socket errors other than ECONNREFUSED from an event listener
    // (an uncaught exception in Node); tests kill relays mid-connection, so tolerate them.
    adapter.onError = () => undefined;
    network.push(adapter);
  }
  return new Repo({
    network,
    // As the app does (DESIGN.md §5): learn other devices' heads through the relay.
    enableRemoteHeadsGossiping: true,
    ...(options.storageDir !== undefined && {
      storage: new NodeFSStorageAdapter(options.storageDir),
    }),
  });
}

/** Resolves when the relay has content for `documentId` on disk. */
export async function relayHolds(
  relay: Relay,
  documentId: string,
  timeout = 10_000,
): Promise<void> {
  await waitFor(() => relay.storage.has(documentId), {
    timeout,
    message: `relay holds ${documentId}`,
  });
}

/**
 * Finds a document through a client once it is connected to the relay. (The stock client
 * declares itself ready after 1 s even without a peer; a find then would be "unavailable" for
 * good, so we wait for the handshake first.)
 */
export async function findOn<T>(
  repo: Repo,
  id: AnyDocumentId,
  timeout = 10_000,
): Promise<DocHandle<T>> {
  await waitFor(() => repo.peers.length > 0, { timeout, message: "client connected to the relay" });
  return waitFor(() => repo.find<T>(id), { timeout, message: `find ${String(id)}` });
}
