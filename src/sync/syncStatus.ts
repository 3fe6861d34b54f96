import * as A from "@automerge/automerge";
import { decodeHeads } from "@automerge/automerge-repo";
import type { DocHandle, StorageId, UrlHeads } from "@automerge/automerge-repo";
import type { RelayClientAdapter, RelayConnectionState } from "./RelayClientAdapter";

/** The relay's acknowledgement of one document, as persisted on the device. */
export interface RelayAck {
  documentId: string;
  relayStorageId: string;
  heads: string[];
  lastSyncAt: number;
}

/** Where acknowledgements survive a reload (Dexie in the app, a Map in tests). */
export interface RelayAckStore {
  load(documentId: string): Promise<RelayAck | undefined>;
  save(ack: RelayAck): Promise<void>;
}

/** What the status indicator shows. */
export interface SyncStatus {
  connection: RelayConnectionState | "none";
  /** Local changes not contained in the heads the relay acknowledged. */
  pending: number;
  /** Last time the relay acknowledged any of the tracked documents. */
  lastSyncAt: number | null;
}

/**
 * Number of changes of `doc` not contained in `ackedHeads`. Heads the device does not know yet
 * (the relay holds someone else's newer changes) are ignored: they cannot contain local work.
 */
export function countPending(doc: A.Doc<unknown>, ackedHeads: readonly string[]): number {
  const known = ackedHeads.filter((head) => A.hasHeads(doc, [head]));
  return A.getChangesMetaSince(doc, known).length;
}

/**
 * Follows the relay's acknowledgements for a set of documents (an atelier and its linked documents)
 * and reports pending changes. Truth comes from the heads the relay sent back (`getSyncInfo`), which
 * automerge-repo keeps in memory only, so every acknowledgement is persisted and reloaded: the count
 * is right after an offline reload. A relay with another storage id (a wiped data directory) has
 * acknowledged nothing, so everything shows pending again until it is re-uploaded.
 */
export class SyncStatusTracker {
  #handles: DocHandle<unknown>[];
  #relay: RelayClientAdapter | null;
  #store: RelayAckStore;
  #acks = new Map<string, RelayAck>();
  #listener: (status: SyncStatus) => void;
  #unsubscribers: (() => void)[] = [];
  #lastRelayStorageId: string | undefined;

  constructor(
    handles: DocHandle<unknown>[],
    relay: RelayClientAdapter | null,
    store: RelayAckStore,
    listener: (status: SyncStatus) => void,
  ) {
    this.#handles = handles;
    this.#relay = relay;
    this.#store = store;
    this.#listener = listener;
  }

  async start(): Promise<void> {
    for (const handle of this.#handles) {
      const ack = await this.#store.load(handle.documentId);
      if (ack) this.#acks.set(handle.documentId, ack);
      const onRemote = ({ storageId, heads }: { storageId: StorageId; heads: UrlHeads }) => {
        if (storageId === this.#relayStorageId()) void this.#record(handle, storageId, heads);
      };
      const onChange = () => this.#emit();
      handle.on("remote-heads", onRemote);
      handle.on("heads-changed", onChange);
      this.#unsubscribers.push(() => {
        handle.off("remote-heads", onRemote);
        handle.off("heads-changed", onChange);
      });
    }
    if (this.#relay) {
      this.#unsubscribers.push(this.#relay.onStateChange(() => this.#onRelayState()));
    }
    this.#onRelayState();
  }

  stop(): void {
    for (const unsubscribe of this.#unsubscribers) unsubscribe();
    this.#unsubscribers = [];
  }

  /** Current status, computed from the latest acknowledgements. */
  snapshot(): SyncStatus {
    const relayStorageId = this.#relayStorageId() ?? this.#lastRelayStorageId;
    let pending = 0;
    let lastSyncAt: number | null = null;
    for (const handle of this.#handles) {
      if (!handle.isReady()) continue;
      const ack = this.#acks.get(handle.documentId);
      const valid = ack && (!relayStorageId || ack.relayStorageId === relayStorageId);
      pending += countPending(handle.doc(), valid ? ack.heads : []);
      if (valid && (lastSyncAt === null || ack.lastSyncAt > lastSyncAt))
        lastSyncAt = ack.lastSyncAt;
    }
    const connection = this.#relay ? this.#relay.state : "none";
    return { connection, pending, lastSyncAt };
  }

  #relayStorageId(): string | undefined {
    const storageId = this.#relay?.remoteMetadata?.storageId;
    return this.#relay?.state === "connected" ? storageId : undefined;
  }

  #onRelayState(): void {
    const storageId = this.#relayStorageId();
    if (storageId) {
      this.#lastRelayStorageId = storageId;
      for (const handle of this.#handles) {
        const info = handle.getSyncInfo(storageId as StorageId);
        if (info) void this.#record(handle, storageId, info.lastHeads, info.lastSyncTimestamp);
      }
    }
    this.#emit();
  }

  async #record(
    handle: DocHandle<unknown>,
    relayStorageId: string,
    heads: UrlHeads,
    at = Date.now(),
  ): Promise<void> {
    const ack: RelayAck = {
      documentId: handle.documentId,
      relayStorageId,
      heads: decodeHeads(heads),
      lastSyncAt: at,
    };
    this.#acks.set(handle.documentId, ack);
    this.#emit();
    await this.#store.save(ack);
  }

  #emit(): void {
    this.#listener(this.snapshot());
  }
}
