import type { RecolteDb } from "../storage/LocalDb";
import * as profiles from "../storage/profiles";
import * as ateliers from "../storage/ateliers";
import * as settings from "../storage/settings";
import * as syncState from "../storage/syncState";
import { removeDocumentChunks } from "../storage/removeDocuments";
import type { RelayAck } from "../sync/syncStatus";
import type { LocalSettings, LocalStore } from "./AppServices";

/** The device-local store bound to Dexie, plus the relay acknowledgements the sync status needs. */
export interface DexieLocalStore extends LocalStore {
  loadAck(documentId: string): Promise<RelayAck | undefined>;
  saveAck(ack: RelayAck): Promise<void>;
}

/** Binds {@link LocalStore} to the Dexie database; notifies subscribers after each write. */
export function createLocalStore(db: RecolteDb): DexieLocalStore {
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const writing =
    <A extends unknown[]>(write: (...args: A) => Promise<unknown>) =>
    async (...args: A): Promise<void> => {
      await write(...args);
      notify();
    };

  return {
    getCurrentProfile: () => profiles.getCurrentProfile(db),
    listProfiles: () => profiles.listProfiles(db),
    saveProfile: writing((profile) => profiles.saveProfile(db, profile)),
    setCurrentProfile: writing((id: string) => profiles.setCurrentProfile(db, id)),
    listAteliers: () => ateliers.listAteliers(db),
    upsertAtelier: writing((entry) => ateliers.upsertAtelier(db, entry)),
    touchAtelier: writing((documentId: string) => ateliers.touchAtelier(db, documentId)),
    setReadyOffline: writing((documentId: string, ready: boolean) =>
      ateliers.setReadyOffline(db, documentId, ready),
    ),
    removeAtelier: writing(async (documentId: string, documentIds: string[]) => {
      await removeDocumentChunks(db, documentIds);
      await ateliers.removeAtelier(db, documentId);
    }),
    getSettings: async (): Promise<LocalSettings> => ({
      relayUrl: await settings.getSetting(db, "relayUrl"),
      language: await settings.getSetting(db, "language"),
    }),
    saveSettings: writing(async (value: LocalSettings) => {
      await settings.setSetting(db, "relayUrl", value.relayUrl);
      await settings.setSetting(db, "language", value.language);
    }),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    loadAck: (documentId) => syncState.getSyncState(db, documentId),
    saveAck: (ack) => syncState.saveSyncState(db, ack),
  };
}
