import type { DocumentId, StorageId } from "@automerge/automerge-repo";
import { createRepo } from "../sync/createRepo";
import { trackLocalSaveState } from "../sync/localSaveState";
import { UpstreamWatcher } from "../sync/upstreamWatcher";
import type { SyncServices } from "./AppServices";
import type { LocalPhase } from "./createServices";

/**
 * Second half of the composition root, loaded as its own chunk: the Repo on Dexie storage, the
 * relay WebSocket and BroadcastChannel between tabs.
 */
export function createSyncServices({ services, storage, store }: LocalPhase): SyncServices {
  const { repo, relay } = createRepo({ storage, relayUrl: services.relayUrl });

  // Only loaded documents can be flushed (automerge-repo throws on a handle still loading).
  const loaded = () =>
    Object.values(repo.handles)
      .filter((handle) => handle.isReady())
      .map((handle) => handle.documentId);
  const persistNow = async (documentIds?: DocumentId[]) => {
    await repo.flush(documentIds ?? loaded());
    await storage.flush();
  };
  // Flush pending saves whenever the tablet may be put away or the page goes (DESIGN.md §4).
  // Order matters: `repo.flush()` hands automerge-repo's debounced chunks to the adapter
  // synchronously, then `storage.flush()` opens the IndexedDB transaction in the same task, before
  // the page can be torn down.
  const flush = () => {
    repo.flush(loaded()).catch((error: unknown) => console.error("flush failed", error));
    void storage.flush();
  };
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush();
  });

  // Through a field relay, learn the central relay's storage id and follow its heads by gossip.
  const upstream = relay
    ? new UpstreamWatcher({
        relay,
        store: { load: store.loadUpstream, save: store.saveUpstream },
        subscribe: (storageIds) => repo.subscribeToRemotes(storageIds as StorageId[]),
        // The relay replays the central heads it holds to a subscriber only for documents
        // opened after the subscription: reconnect once so every open document gets them now.
        onLateSubscription: () => {
          const { peerId, peerMetadata } = relay;
          if (!peerId) return;
          relay.disconnect();
          relay.connect(peerId, peerMetadata);
        },
      })
    : null;
  void upstream?.start();

  return {
    repo,
    relay,
    upstream,
    safetyAcks: { loadAll: store.loadRelayAcks, save: store.saveRelayAck },
    seenHeads: { load: store.loadSeenHeads, save: store.saveSeenHeads },
    persistNow,
    quarantine: (documentId, reason) => storage.quarantineDocument(documentId, reason),
    onLocalSaveState: trackLocalSaveState(repo, storage).subscribe,
    acks: {
      load: (documentId) => store.loadAck(documentId),
      save: (ack) => store.saveAck(ack),
    },
  };
}
