import Dexie, { type DexieOptions, type EntityTable, type Table } from "dexie";

/**
 * The one IndexedDB database of Récolte (DESIGN.md §4). Automerge chunks and device-local tables
 * live side by side so a single owner manages upgrades: two libraries opening the same database
 * block each other's version changes (DESIGN.md §11).
 */

/** One automerge-repo chunk. `id` is the storage key encoded by {@link encodeKey}. */
export interface ChunkRow {
  id: string;
  key: string[];
  data: Uint8Array;
  /** Save order: automerge-repo's acceptance suite expects `loadRange` in the order of saves. */
  seq: number;
}

/** A person using this device (local only, never synced). */
export interface ProfileRecord {
  id: string;
  name: string;
  color: string;
  createdAt: number;
}

/** Device-local key/value pairs (e.g. the current profile id). */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/** An atelier (or a seed) this device has opened. */
export interface AtelierRecord {
  documentId: string;
  url: string;
  title: string;
  addedAt: number;
  lastOpenedAt: number;
  readyOffline: boolean;
  kind: "atelier" | "seed";
}

/** A user setting; values are checked on read by `settings.ts`. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** The relay's last acknowledgement of a document, persisted because automerge-repo keeps it in memory only. */
export interface SyncStateRecord {
  documentId: string;
  relayStorageId: string;
  heads: string[];
  lastSyncAt: number;
}

/** Bytes that could not be loaded, kept aside (never deleted) while the document is fetched again. */
export interface QuarantineRecord {
  id: number;
  documentId: string;
  key: string[];
  data: Uint8Array;
  reason: string;
  at: number;
}

/**
 * A document's last rendered view (plain data), for a first paint before Automerge has loaded
 * the document: large documents take seconds to hydrate on a slow tablet.
 */
export interface ViewCacheRecord {
  documentId: string;
  /** Heads of the document the view was computed from (hex). */
  heads: string[];
  savedAt: number;
  view: unknown;
}

/** Default database name used by the app. */
export const DEFAULT_DB_NAME = "recolte";

/**
 * The Dexie database. Schema versions are declared newest-last and never deleted: a device may
 * skip releases, and Dexie upgrades through every declared version in turn.
 */
export class RecolteDb extends Dexie {
  // Table<T, Key> where callers give the key; EntityTable only where IndexedDB generates it.
  chunks!: Table<ChunkRow, string>;
  profiles!: Table<ProfileRecord, string>;
  meta!: Table<MetaRecord, string>;
  ateliers!: Table<AtelierRecord, string>;
  settings!: Table<SettingRecord, string>;
  syncState!: Table<SyncStateRecord, string>;
  /** Acknowledgements per (document, relay storage id): the relay and, behind it, the central one. */
  relayAcks!: Table<SyncStateRecord, [string, string]>;
  quarantine!: EntityTable<QuarantineRecord, "id">;
  viewCache!: Table<ViewCacheRecord, string>;

  constructor(name: string = DEFAULT_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      chunks: "id, seq",
      profiles: "id, createdAt",
      meta: "key",
      ateliers: "documentId, lastOpenedAt",
      settings: "key",
      syncState: "documentId",
      quarantine: "++id, documentId, at",
    });
    this.version(2).stores({ viewCache: "documentId" });
    this.version(3).stores({ relayAcks: "[documentId+relayStorageId], documentId" });
  }
}
