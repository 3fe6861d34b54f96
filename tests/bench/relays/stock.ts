import { hostname } from "node:os";
import { Repo } from "@automerge/automerge-repo";
import type { PeerId } from "@automerge/automerge-repo";
import { WebSocketServerAdapter } from "@automerge/automerge-repo-network-websocket";
import { NodeFSStorageAdapter } from "@automerge/automerge-repo-storage-nodefs";
import { WebSocketServer } from "ws";
import type { HostedRelay } from "./kinds";

/**
 * The reference: automerge-repo-sync-server's setup from the same packages, at their defaults
 * (`ws` server without compression, NodeFSStorageAdapter, a Repo that never announces). It is
 * reported ready once the Repo has its storage id (DESIGN §11): real clients connect later than a
 * benchmark does, so waiting changes nothing for them.
 */
export async function startStockRelay(port: number, dataDir: string): Promise<HostedRelay> {
  const wss = new WebSocketServer({ port, host: "127.0.0.1" });
  await new Promise<void>((done) => wss.once("listening", () => done()));
  const repo = new Repo({
    // The adapter's types name its own copy of `ws`; at runtime it is the same server class.
    network: [
      new WebSocketServerAdapter(
        wss as unknown as ConstructorParameters<typeof WebSocketServerAdapter>[0],
      ),
    ],
    storage: new NodeFSStorageAdapter(dataDir),
    peerId: `storage-server-${hostname()}` as PeerId,
    sharePolicy: async () => false,
  });
  await repo.storageId();
  return {
    wsUrl: () => `ws://127.0.0.1:${port}`,
    flush: () => repo.flush(),
    close: async () => {
      await repo.flush();
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((done) => wss.close(() => done()));
      await repo.shutdown();
    },
  };
}
