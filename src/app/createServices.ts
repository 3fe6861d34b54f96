import { RecolteDb } from "../storage/LocalDb";
import { DexieStorageAdapter } from "../storage/DexieStorageAdapter";
import type { StorageErrorEvent } from "../storage/DexieStorageAdapter";
import { requestPersistentStorage } from "../storage/persist";
import { loadCachedView, saveCachedView } from "../storage/viewCache";
import { defaultRelayUrl, relayUrlWithKey } from "../sync/relayUrl";
import type { LocalServices, StorageAlert } from "./AppServices";
import { createLocalStore } from "./localStore";
import type { DexieLocalStore } from "./localStore";

/** What the first screen needs, plus what the sync runtime is built from when it has loaded. */
export interface LocalPhase {
  services: LocalServices;
  storage: DexieStorageAdapter;
  store: DexieLocalStore;
}

/**
 * First half of the composition root: Dexie storage and device-local data, no Automerge. The home
 * screen is drawn from this alone while the Automerge runtime (a 3.6 MB wasm) loads in parallel.
 */
export async function createLocalServices(location: Location): Promise<LocalPhase> {
  const db = new RecolteDb();
  const storage = new DexieStorageAdapter(db);
  const store = createLocalStore(db);
  const settings = await store.getSettings();
  const fallbackRelay = defaultRelayUrl(location);

  const key = new URLSearchParams(location.search).get("key");
  if (key && !settings.relayUrl) {
    settings.relayUrl = relayUrlWithKey(fallbackRelay, key);
    await store.saveSettings(settings);
  }

  // Asked for, not awaited: the answer only changes a banner, never the start of the app.
  const persistence = window.isSecureContext
    ? requestPersistentStorage()
    : Promise.resolve("unsupported" as const);

  const services: LocalServices = {
    local: store,
    viewCache: {
      load: (documentId) => loadCachedView(db, documentId),
      save: (documentId, heads, view) =>
        saveCachedView(db, { documentId, heads, savedAt: Date.now(), view }),
    },
    relayUrl: settings.relayUrl ?? fallbackRelay,
    defaultRelayUrl: fallbackRelay,
    language: settings.language,
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
  return { services, storage, store };
}
