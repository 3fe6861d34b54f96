/** automerge-repo clients as the benchmarks use them: stock adapters, package defaults. */
import { Repo } from "@automerge/automerge-repo";
import type { DocHandle, StorageId } from "@automerge/automerge-repo";
import { WebSocketClientAdapter } from "@automerge/automerge-repo-network-websocket";
import { waitFor } from "../../helpers/waitFor";

/**
 * A client Repo on one WebSocket, no storage (a fresh device). The same stock client talks to the
 * stock relay and to ours, so a difference in the figures is the relay's.
 */
export function clientRepo(url: string): Repo {
  return new Repo({ network: [new WebSocketClientAdapter(url)] });
}

/** Resolves once the client has completed the handshake with the relay. */
export async function connected(repo: Repo, timeout = 30_000): Promise<void> {
  await waitFor(() => repo.peers.length > 0, { timeout, interval: 10, message: "relay handshake" });
}

/** The relay's storage id, as announced in its handshake. */
export async function relayStorageId(repo: Repo): Promise<StorageId> {
  return waitFor(
    () => {
      const peer = repo.peers[0];
      return peer ? repo.getStorageIdOfPeer(peer) : undefined;
    },
    { timeout: 30_000, interval: 10, message: "relay storage id" },
  );
}

function sameHeads(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((head) => b.includes(head));
}

/**
 * Waits until the relay has acknowledged every handle's current heads (its sync messages carry
 * them) — i.e. it holds the documents, so a fresh peer's `find` will not be answered "unavailable".
 */
export async function relayHolds(
  handles: readonly DocHandle<unknown>[],
  storageId: StorageId,
  timeout = 300_000,
): Promise<void> {
  await waitFor(
    () => handles.every((h) => sameHeads(h.getSyncInfo(storageId)?.lastHeads, h.heads())),
    {
      timeout,
      interval: 50,
      message: `relay to hold ${handles.length} documents`,
    },
  );
}

/** Closes a client Repo and its socket. */
export async function closeRepo(repo: Repo): Promise<void> {
  await repo.shutdown();
}
