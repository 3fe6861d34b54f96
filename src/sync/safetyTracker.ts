import { decodeHeads } from "@automerge/automerge-repo";
import type { DocHandle, StorageId, UrlHeads } from "@automerge/automerge-repo";
import type { RelayClientAdapter } from "./RelayClientAdapter";
import type { RelayAck } from "./syncStatus";
import type { UpstreamState, UpstreamWatcher } from "./upstreamWatcher";
import { buildSafetyReport } from "./safety";
import type { SafetyReport } from "./safety";

/** Acknowledgements per (document, relay storage id), persisted: sync info lives in memory only. */
export interface SafetyAckStore {
  loadAll(documentId: string): Promise<RelayAck[]>;
  save(ack: RelayAck): Promise<void>;
}

/** A document of the atelier, loaded or not yet. */
export interface TrackedDocument {
  documentId: string;
  kind: string;
  title: string;
  handle: DocHandle<unknown> | undefined;
}

export interface SafetyTrackerOptions {
  documents: readonly TrackedDocument[];
  relay: RelayClientAdapter | null;
  upstream: UpstreamWatcher | null;
  store: SafetyAckStore;
  listener(report: SafetyReport, upstream: UpstreamState | null): void;
}

/**
 * Follows what the connected relay and, through a field relay, the central relay have
 * acknowledged of each document (`remote-heads` and `getSyncInfo`), persists every
 * acknowledgement and reports a {@link SafetyReport} on each change.
 */
export class SafetyTracker {
  #o: SafetyTrackerOptions;
  #acks = new Map<string, RelayAck[]>();
  #off: (() => void)[] = [];
  #stopped = false;

  constructor(options: SafetyTrackerOptions) {
    this.#o = options;
  }

  async start(): Promise<void> {
    const { documents, relay, upstream, store } = this.#o;
    for (const d of documents) {
      const acks = await store.loadAll(d.documentId).catch(() => []);
      if (this.#stopped) return;
      this.#acks.set(d.documentId, acks);
      const handle = d.handle;
      if (!handle) continue;
      const onRemote = ({ storageId, heads }: { storageId: StorageId; heads: UrlHeads }) => {
        if (this.#watched().includes(storageId)) void this.#record(d.documentId, storageId, heads);
      };
      const onChange = () => this.#emit();
      handle.on("remote-heads", onRemote);
      handle.on("heads-changed", onChange);
      this.#off.push(() => {
        handle.off("remote-heads", onRemote);
        handle.off("heads-changed", onChange);
      });
    }
    if (relay) this.#off.push(relay.onStateChange(() => this.#readSyncInfo()));
    if (upstream) this.#off.push(upstream.onChange(() => this.#readSyncInfo()));
    this.#readSyncInfo();
  }

  stop(): void {
    this.#stopped = true;
    for (const off of this.#off) off();
    this.#off = [];
  }

  snapshot(): SafetyReport {
    const info = this.#o.upstream?.state.info;
    const field = Boolean(info);
    const central = info ? info.storageId : info === null ? null : undefined;
    const inputs = this.#o.documents.map((d) => ({
      documentId: d.documentId,
      kind: d.kind,
      title: d.title,
      doc: d.handle?.isReady() ? d.handle.doc() : undefined,
      acks: this.#acks.get(d.documentId) ?? [],
    }));
    return buildSafetyReport(inputs, this.#relayStorageId(), central, field);
  }

  /** The connected relay's storage id, or the one that acknowledged last (offline). */
  #relayStorageId(): string | null {
    const relay = this.#o.relay;
    const live = relay?.state === "connected" ? relay.remoteMetadata?.storageId : undefined;
    if (live) return live;
    const central = this.#o.upstream?.state.info?.storageId;
    let best: RelayAck | undefined;
    for (const acks of this.#acks.values()) {
      for (const ack of acks) {
        if (ack.relayStorageId === central) continue;
        if (!best || ack.lastSyncAt > best.lastSyncAt) best = ack;
      }
    }
    return best?.relayStorageId ?? null;
  }

  #watched(): string[] {
    const ids: string[] = [];
    const relay = this.#o.relay;
    const live = relay?.state === "connected" ? relay.remoteMetadata?.storageId : undefined;
    if (live) ids.push(live);
    const central = this.#o.upstream?.state.info?.storageId;
    if (central) ids.push(central);
    return ids;
  }

  #readSyncInfo(): void {
    for (const storageId of this.#watched()) {
      for (const d of this.#o.documents) {
        const info = d.handle?.getSyncInfo(storageId as StorageId);
        if (info)
          void this.#record(d.documentId, storageId, info.lastHeads, info.lastSyncTimestamp);
      }
    }
    this.#emit();
  }

  async #record(documentId: string, storageId: string, heads: UrlHeads, at = Date.now()) {
    if (this.#stopped) return;
    const ack: RelayAck = {
      documentId,
      relayStorageId: storageId,
      heads: decodeHeads(heads),
      lastSyncAt: at,
    };
    const others = (this.#acks.get(documentId) ?? []).filter((a) => a.relayStorageId !== storageId);
    this.#acks.set(documentId, [...others, ack]);
    this.#emit();
    try {
      await this.#o.store.save(ack);
    } catch (error) {
      console.error("could not persist the relay acknowledgement", error);
    }
  }

  #emit(): void {
    if (this.#stopped) return;
    this.#o.listener(this.snapshot(), this.#o.upstream?.state ?? null);
  }
}
