/** Seeds a relay with N small documents through one client and waits until it holds them all. */
import type { AutomergeUrl } from "@automerge/automerge-repo";
import { clientRepo, closeRepo, connected, relayHolds, relayStorageId } from "../lib/repoClients";
import type { RelayProcess } from "../relays/RelayProcess";

/** A small document of the kind an atelier holds (a seed card: a title, a status, a short text). */
export function smallDoc(i: number): { title: string; status: string; n: number; text: string } {
  return {
    title: `Graine ${i}`,
    status: "idée",
    n: i,
    text: `Note ${i} : une courte description.`,
  };
}

/**
 * Creates `count` documents on a client (which announces them: its share policy is the default),
 * waits until the relay has acknowledged each one's heads, then asks it to flush to disk.
 */
export async function seedRelay(
  relay: RelayProcess,
  count: number,
): Promise<{ urls: AutomergeUrl[]; ms: number }> {
  const started = performance.now();
  const repo = clientRepo(relay.wsUrl());
  await connected(repo);
  const storageId = await relayStorageId(repo);
  const handles = Array.from({ length: count }, (_, i) => repo.create(smallDoc(i)));
  await relayHolds(handles, storageId, 600_000);
  await relay.flush();
  const ms = performance.now() - started;
  await closeRepo(repo);
  return { urls: handles.map((h) => h.url), ms };
}
