import type { RecolteDb } from "../storage/LocalDb";
import * as profiles from "../storage/profiles";
import * as ateliers from "../storage/ateliers";
import * as settings from "../storage/settings";
import * as syncState from "../storage/syncState";
import { removeDocumentChunks } from "../storage/removeDocuments";
import * as relayAcks from "../storage/relayAcks";
import type { RelayAck } from "../sync/syncStatus";
import { parseHealth } from "../sync/upstream";
import type { UpstreamInfo } from "../sync/upstream";
import type { LocalSettings, LocalStore } from "./AppServices";

/** The device-local store bound to Dexie, plus the relay acknowledgements the sync status needs. */
export interface DexieLocalStore extends LocalStore {
  loadAck(documentId: string): Promise<RelayAck | undefined>;
  saveAck(ack: RelayAck): Promise<void>;
  /** Acknowledgements of a document by every relay (connected and central). */
  loadRelayAcks(documentId: string): Promise<RelayAck[]>;
  saveRelayAck(ack: RelayAck): Promise<void>;
  /** The last known upstream of a relay (`null`: none; `undefined`: never asked). */
  loadUpstream(relayKey: string): Promise<UpstreamInfo | null | undefined>;
  saveUpstream(relayKey: string, info: UpstreamInfo | null): Promise<void>;
  /** Heads of a document when this device last looked at « Quoi de neuf ? ». */
  loadSeenHeads(documentId: string): Promise<string[] | undefined>;
  saveSeenHeads(documentId: string, heads: string[]): Promise<void>;
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
    loadRelayAcks: (documentId) => relayAcks.loadRelayAcks(db, documentId),
    saveRelayAck: (ack) => relayAcks.saveRelayAck(db, ack),
    loadUpstream: async (relayKey) => {
      const value = await relayAcks.getMeta(db, `upstream:${relayKey}`);
      if (value === undefined) return undefined;
      return parseHealth({ status: "stored", upstream: value })?.upstream;
    },
    saveUpstream: (relayKey, info) => relayAcks.setMeta(db, `upstream:${relayKey}`, info),
    loadSeenHeads: async (documentId) => {
      const value = await relayAcks.getMeta(db, `seen:${documentId}`);
      return Array.isArray(value) && value.every((h) => typeof h === "string") ? value : undefined;
    },
    saveSeenHeads: (documentId, heads) => relayAcks.setMeta(db, `seen:${documentId}`, [...heads]),
  };
}
