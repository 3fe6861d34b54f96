import { RecolteDb } from "../storage/LocalDb";
import { DexieStorageAdapter } from "../storage/DexieStorageAdapter";
import type { StorageErrorEvent } from "../storage/DexieStorageAdapter";
import { requestPersistentStorage } from "../storage/persist";
import { createRepo, defaultRelayUrl } from "../sync/createRepo";
import { trackLocalSaveState } from "../sync/localSaveState";
import type { DocumentId } from "@automerge/automerge-repo";
import type { AppServices, StorageAlert } from "./AppServices";
import { createLocalStore } from "./localStore";

/**
 * The composition root's wiring: the one place that names concrete adapters (Dexie storage, the
 * relay WebSocket, BroadcastChannel) and binds them to the interfaces features use.
 */
export async function createServices(location: Location): Promise<AppServices> {
  const db = new RecolteDb();
  const storage = new DexieStorageAdapter(db);
  const local = createLocalStore(db);
  const settings = await local.getSettings();
  const fallbackRelay = defaultRelayUrl(location);

  // A shared link to an access-protected relay carries `?key=`: keep it in the relay setting.
  const key = new URLSearchParams(location.search).get("key");
  if (key && !settings.relayUrl) {
    settings.relayUrl = `${fallbackRelay}?key=${encodeURIComponent(key)}`;
    await local.saveSettings(settings);
  }
  const relayUrl = settings.relayUrl ?? fallbackRelay;
  const { repo, relay } = createRepo({ storage, relayUrl });

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

  // Asked for, not awaited: the answer only changes a banner, never the start of the app.
  const persistence = window.isSecureContext
    ? requestPersistentStorage()
    : Promise.resolve("unsupported" as const);

  return {
    repo,
    relay,
    relayUrl,
    defaultRelayUrl: fallbackRelay,
    local,
    persistNow,
    quarantine: (documentId, reason) => storage.quarantineDocument(documentId, reason),
    onLocalSaveState: trackLocalSaveState(repo, storage).subscribe,
    acks: {
      load: (documentId) => local.loadAck(documentId),
      save: (ack) => local.saveAck(ack),
    },
    onStorageAlert: (listener: (alert: StorageAlert) => void) =>
      storage.onStorageError((event: StorageErrorEvent) => {
        if (event.type === "recovered") listener({ type: "recovered", at: event.at });
        else if (event.type === "write-failed") {
          listener({ type: "write-failed", error: event.error, at: event.at });
        }
      }),
    secureContext: window.isSecureContext,
    persistence,
  };
}
