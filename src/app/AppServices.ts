import { createContext, useContext } from "react";
import type { DocumentId, Repo } from "@automerge/automerge-repo";
import type { RelayClientAdapter } from "../sync/RelayClientAdapter";
import type { RelayAckStore } from "../sync/syncStatus";
import type { LocalSaveState } from "../sync/localSaveState";
import type { SafetyAckStore } from "../sync/safetyTracker";
import type { UpstreamWatcher } from "../sync/upstreamWatcher";

/** A person using this device (local only, never synced). */
export interface Profile {
  id: string;
  name: string;
  color: string;
  createdAt: number;
}

/** An atelier (or later a seed) this device has opened. */
export interface LocalAtelier {
  documentId: string;
  url: string;
  title: string;
  addedAt: number;
  lastOpenedAt: number;
  readyOffline: boolean;
  kind: "atelier" | "seed";
}

export interface LocalSettings {
  relayUrl: string | null;
  language: "fr" | "en";
}

/** A problem with local storage the user must see. */
export type StorageAlert =
  { type: "write-failed"; error: string; at: number } | { type: "recovered"; at: number };

/**
 * Device-local data (profiles, this device's ateliers, settings). An interface so features never
 * touch Dexie: the composition root binds it to storage, tests can bind it to memory.
 */
export interface LocalStore {
  getCurrentProfile(): Promise<Profile | undefined>;
  listProfiles(): Promise<Profile[]>;
  saveProfile(profile: Profile): Promise<void>;
  setCurrentProfile(id: string): Promise<void>;
  listAteliers(): Promise<LocalAtelier[]>;
  upsertAtelier(entry: Pick<LocalAtelier, "documentId" | "url" | "title" | "kind">): Promise<void>;
  touchAtelier(documentId: string, title?: string): Promise<void>;
  setReadyOffline(documentId: string, ready: boolean): Promise<void>;
  /** Removes the atelier from this device's list and erases the local copies of its documents. */
  removeAtelier(documentId: string, documentIds: string[]): Promise<void>;
  getSettings(): Promise<LocalSettings>;
  saveSettings(settings: LocalSettings): Promise<void>;
  /** Called after any write above, so views can refresh. */
  subscribe(listener: () => void): () => void;
}

/** A document's last rendered view, kept on the device for a first paint before it loads. */
export interface CachedView<V> {
  heads: string[];
  savedAt: number;
  view: V;
}

/**
 * Cached views of documents (plain data). Callers validate what they read back with the kind's
 * tolerant reader: the cache is as untrusted as anything else stored on the device.
 */
export interface ViewCache {
  load(documentId: string): Promise<CachedView<unknown> | undefined>;
  save(documentId: string, heads: string[], view: unknown): Promise<void>;
}

/** What the first screen needs: device-local data and environment facts (no Automerge). */
export interface LocalServices {
  local: LocalStore;
  viewCache: ViewCache;
  relayUrl: string;
  defaultRelayUrl: string;
  language: LocalSettings["language"];
  onStorageAlert(listener: (alert: StorageAlert) => void): () => void;
  /** False when served over plain HTTP from a LAN address (field relay, DESIGN.md §6). */
  secureContext: boolean;
  /** The browser's answer to `navigator.storage.persist()`. */
  persistence: Promise<"granted" | "denied" | "unsupported">;
}

/** The Automerge runtime: loaded as its own chunk, after the first screen is drawn. */
export interface SyncServices {
  repo: Repo;
  relay: RelayClientAdapter | null;
  acks: RelayAckStore;
  /**
   * Writes the given documents (all loaded ones when omitted) to this device's storage now,
   * instead of after the usual coalescing window: for moments that must survive an immediate
   * reload or close.
   */
  persistNow(documentIds?: DocumentId[]): Promise<void>;
  /** Moves a document's unreadable stored bytes aside (kept, never deleted) so a peer can resend it. */
  quarantine(documentId: DocumentId, reason: string): Promise<number>;
  /** Whether every change made here is written to this device's storage. */
  onLocalSaveState(listener: (state: LocalSaveState) => void): () => void;
  /** Acknowledgements per (document, relay), for « État de la sauvegarde ». */
  safetyAcks: SafetyAckStore;
  /** The relay's upstream (field relay → central relay), when a relay is configured. */
  upstream: UpstreamWatcher | null;
  /** Heads of each document when « Quoi de neuf ? » was last marked as read on this device. */
  seenHeads: SeenHeadsStore;
}

/** Where « Quoi de neuf ? » remembers what this device has seen (device-local). */
export interface SeenHeadsStore {
  load(documentId: string): Promise<string[] | undefined>;
  save(documentId: string, heads: string[]): Promise<void>;
}

/** Everything features may use under a {@link SyncBoundary}. */
export type AppServices = LocalServices & SyncServices;

export const LocalServicesContext = createContext<LocalServices | null>(null);
export const AppServicesContext = createContext<AppServices | null>(null);

/** Device-local services; available from the first frame. */
export function useLocalServices(): LocalServices {
  const services = useContext(LocalServicesContext);
  if (!services) throw new Error("useLocalServices() outside <LocalServicesContext.Provider>");
  return services;
}

/** All services; only inside a SyncBoundary (throws otherwise: a programming error). */
export function useServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error("useServices() outside a <SyncBoundary>");
  return services;
}
