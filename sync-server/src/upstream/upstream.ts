/**
 * Field relay → central relay (`UPSTREAM_URL`), around {@link UpstreamAdapter}.
 *
 * The relay's Repo announces documents to the upstream peer only (never to tablets), so every
 * loaded document syncs upstream, including every document a tablet uploads later. Documents
 * stored on disk but not loaded are loaded (a few at a time) each time the link comes up, so
 * they sync too. A request from a tablet for a document the relay lacks is asked of the upstream
 * (see {@link Upstream.lookup}). `/healthz` shows {@link UpstreamStatus}.
 */
import type { DocumentId, PeerId, Repo } from "@automerge/automerge-repo";
import type { Logger } from "pino";
import type { RelayMetrics } from "../metrics.js";
import { UpstreamAdapter } from "./UpstreamAdapter.js";

/** What `/healthz` says about the upstream link (no secrets: host only, never the key). */
export interface UpstreamStatus {
  /** Host (and port) of UPSTREAM_URL. */
  host: string;
  /** The handshake with the upstream relay is complete. */
  connected: boolean;
  /** The upstream (central) relay's storage id, once learnt; tablets subscribe to its heads. */
  storageId: string | null;
  /** Epoch ms of the last sync message received from upstream, or null. */
  lastSyncAt: number | null;
}

export interface UpstreamOptions {
  url: string;
  logger: Logger;
  metrics: RelayMetrics;
  maxFrameBytes: number;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  keepAliveMs?: number;
  /** Called each time the link comes up (after stored documents start loading). */
  onConnected?: () => void;
}

/** Stored documents loaded at once when pushing upstream. */
const LOAD_CONCURRENCY = 8;
/** Lookups of missing documents in flight at once (each may leave a small handle behind). */
const MAX_LOOKUPS = 64;

export class Upstream {
  readonly adapter: UpstreamAdapter;
  readonly host: string;
  #repo: Repo | undefined;
  #documentIds: () => string[] = () => [];
  #lastSyncAt: number | null = null;
  #lookups = new Set<string>();
  #pushing: Promise<void> | undefined;
  #pushAgain = false;
  readonly #logger: Logger;
  readonly #metrics: RelayMetrics;

  constructor(options: UpstreamOptions) {
    this.host = new URL(options.url).host;
    this.#logger = options.logger.child({ upstream: this.host });
    this.#metrics = options.metrics;
    const m = options.metrics;
    this.adapter = new UpstreamAdapter({
      url: options.url,
      logger: this.#logger,
      maxFrameBytes: options.maxFrameBytes,
      ...(options.minBackoffMs !== undefined && { minBackoffMs: options.minBackoffMs }),
      ...(options.maxBackoffMs !== undefined && { maxBackoffMs: options.maxBackoffMs }),
      ...(options.keepAliveMs !== undefined && { keepAliveMs: options.keepAliveMs }),
      onEvent: (event) => {
        switch (event.type) {
          case "connected":
            m.upstreamConnected.set(1);
            m.upstreamConnects.inc();
            this.#pushStored();
            options.onConnected?.();
            break;
          case "disconnected":
            m.upstreamConnected.set(0);
            break;
          case "rejected":
            m.upstreamRejected.inc({ reason: event.reason });
            break;
          case "bytes":
            m.upstreamBytes.inc({ direction: event.direction }, event.bytes);
            break;
          case "sync":
            this.#lastSyncAt = Date.now();
            break;
        }
      },
    });
  }

  /** Binds the Repo (built after the adapter) and the list of stored documents. */
  attach(repo: Repo, documentIds: () => string[]): void {
    this.#repo = repo;
    this.#documentIds = documentIds;
  }

  /** Share policy: announce documents to the upstream relay only. */
  isUpstreamPeer(peerId: PeerId): boolean {
    return peerId === this.adapter.remotePeerId;
  }

  status(): UpstreamStatus {
    return {
      host: this.host,
      connected: this.adapter.connected,
      storageId: this.adapter.remoteStorageId,
      lastSyncAt: this.#lastSyncAt,
    };
  }

  /**
   * A tablet asked for a document the relay does not hold: ask the upstream. Resolves true once
   * the document is here (the caller then hands the parked requests to the Repo), false when the
   * upstream is not connected, has too many lookups in flight, or does not have it either.
   */
  async lookup(documentId: string): Promise<boolean> {
    const repo = this.#repo;
    if (!repo || !this.adapter.connected) return false;
    if (this.#lookups.has(documentId) || this.#lookups.size >= MAX_LOOKUPS) return false;
    this.#lookups.add(documentId);
    try {
      await repo.find(documentId as DocumentId);
      this.#metrics.upstreamLookups.inc({ result: "found" });
      return true;
    } catch {
      this.#metrics.upstreamLookups.inc({ result: "unavailable" });
      return false;
    } finally {
      this.#lookups.delete(documentId);
    }
  }

  /** Loads every stored document not yet loaded; the Repo then syncs each with the upstream. */
  #pushStored(): void {
    if (this.#pushing) {
      this.#pushAgain = true; // the link dropped and came back mid-push: go over the list again
      return;
    }
    this.#pushing = (async () => {
      const repo = this.#repo;
      if (!repo) return;
      const pending = this.#documentIds().filter((id) => !repo.handles[id as DocumentId]);
      if (pending.length > 0)
        this.#logger.info({ documents: pending.length }, "upstream: loading stored documents");
      const next = (): string | undefined => pending.pop();
      const worker = async (): Promise<void> => {
        for (let id = next(); id !== undefined; id = next()) {
          if (!this.adapter.connected) return;
          try {
            await repo.find(id as DocumentId);
            this.#metrics.upstreamPushed.inc();
          } catch (error) {
            this.#logger.warn(
              { documentId: id, err: (error as Error).message },
              "upstream: stored document could not be loaded",
            );
          }
        }
      };
      await Promise.all(Array.from({ length: LOAD_CONCURRENCY }, worker));
    })().finally(() => {
      this.#pushing = undefined;
      if (this.#pushAgain && this.adapter.connected) {
        this.#pushAgain = false;
        this.#pushStored();
      }
    });
  }
}
