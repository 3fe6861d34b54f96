/**
 * The relay's WebSocket server side of the automerge-repo protocol, hardened.
 *
 * Modelled on automerge-repo-network-websocket's WebSocketServerAdapter (CBOR frames, join/peer
 * handshake, protocol "1"), with these differences:
 * - every frame is decoded and validated by {@link parseFrame} before it reaches the Repo;
 * - a connection is bound to the peer id of its join: any other senderId closes it;
 * - a bad frame closes that one connection (close code 1008, reason logged and counted);
 * - messages are rate-limited per connection by pausing the socket, never by dropping;
 * - sync messages that would push a document or DATA_DIR over quota are refused: the peer gets a
 *   `doc-unavailable` and an `error` message for that document and its connection stays open, so
 *   its other documents keep syncing (the relay never acknowledges heads it did not store).
 */
import {
  NetworkAdapter,
  cbor,
  type Message,
  type PeerId,
  type PeerMetadata,
  type RepoMessage,
} from "@automerge/automerge-repo";
import type { Logger } from "pino";
import { WebSocket, type RawData } from "ws";
import type { RelayMetrics } from "../metrics.js";
import { parseFrame, type InboundFrame, type RejectReason } from "./frames.js";
import { TokenBucket } from "./rateLimit.js";
import { ParkedRequests } from "./ParkedRequests.js";

/** Verdict of the storage quota on an inbound sync payload. */
export type QuotaVerdict = "ok" | "document" | "total";

export interface RelayAdapterOptions {
  maxFrameBytes: number;
  maxMessagesPerSecond: number;
  maxMessageBurst: number;
  metrics: RelayMetrics;
  logger: Logger;
  /** Asked before a sync/request payload reaches the Repo. */
  admit: (documentId: string, bytes: number) => QuotaVerdict;
  /**
   * Whether the relay holds a document (on disk or loaded). A `request` for anything else is
   * parked here rather than handed to the Repo, which would keep a handle for every id a peer
   * makes up: a stream of invented ids would grow memory without bound.
   */
  holds?: (documentId: string) => boolean;
  /** Ping interval; a peer that misses one pong is dropped. */
  keepAliveMs?: number;
  /**
   * A request was parked for a document nobody had asked for yet (a field relay asks its
   * upstream, then calls {@link RelayNetworkAdapter.release}).
   */
  onPark?: (documentId: string) => void;
}

const PROTOCOL_V1 = "1";
/** Documents not held by the relay that requests may wait for at once (see ParkedRequests). */
export const MAX_PARKED_DOCUMENTS = 1024;
/** How long a request waits for a document the relay does not hold before `doc-unavailable`. */
export const PARKED_TTL_MS = 20_000;
/** A peer id held by a connection heard from within this delay cannot be taken over. */
const TAKEOVER_QUIET_MS = 5000;

interface Connection {
  socket: WebSocket;
  remote: string;
  peerId: PeerId | undefined;
  bucket: TokenBucket;
  paused: boolean;
  closing: boolean;
  alive: boolean;
  /** performance.now() of the last frame received (pongs do not count: an orphaned socket answers them). */
  lastSeen: number;
  refusedDocs: Set<string>;
}

export class RelayNetworkAdapter extends NetworkAdapter {
  readonly #options: RelayAdapterOptions;
  readonly #byPeer = new Map<PeerId, Connection>();
  readonly #connections = new Set<Connection>();
  readonly #parked = new ParkedRequests<Connection, RepoMessage>(
    MAX_PARKED_DOCUMENTS,
    PARKED_TTL_MS,
  );
  #parkSweep: NodeJS.Timeout | undefined;
  #keepAlive: NodeJS.Timeout | undefined;
  #connected!: () => void;
  /** Resolves once the Repo has called connect(): our peer id and storage id are known. */
  readonly connected = new Promise<void>((resolve) => (this.#connected = resolve));

  constructor(options: RelayAdapterOptions) {
    super();
    this.#options = options;
  }

  /** A server adapter is ready as soon as it exists: it waits for peers, not for a peer. */
  isReady(): boolean {
    return true;
  }

  whenReady(): Promise<void> {
    return Promise.resolve();
  }

  connect(peerId: PeerId, peerMetadata?: PeerMetadata): void {
    this.peerId = peerId;
    this.peerMetadata = peerMetadata ?? {};
    const interval = this.#options.keepAliveMs ?? 30_000;
    this.#keepAlive = setInterval(() => this.#ping(), interval);
    this.#keepAlive.unref();
    this.#parkSweep = setInterval(() => this.#expireParked(), 1_000);
    this.#parkSweep.unref();
    this.#connected();
  }

  disconnect(): void {
    clearInterval(this.#keepAlive);
    clearInterval(this.#parkSweep);
    for (const conn of this.#connections) conn.socket.close(1001, "relay shutting down");
  }

  /** Number of peers that completed the handshake. */
  get peerCount(): number {
    return this.#byPeer.size;
  }

  /** Takes ownership of a WebSocket that passed the HTTP upgrade checks. */
  accept(socket: WebSocket, remote: string): void {
    const { maxMessagesPerSecond, maxMessageBurst, metrics } = this.#options;
    const conn: Connection = {
      socket,
      remote,
      peerId: undefined,
      bucket: new TokenBucket(maxMessagesPerSecond, maxMessageBurst),
      paused: false,
      closing: false,
      alive: true,
      lastSeen: performance.now(),
      refusedDocs: new Set(),
    };
    this.#connections.add(conn);
    metrics.connections.inc();
    socket.on("message", (data, isBinary) => this.#onMessage(conn, data, isBinary));
    socket.on("pong", () => (conn.alive = true));
    socket.on("error", (error) => this.#onSocketError(conn, error));
    socket.on("close", () => this.#onClose(conn));
  }

  send(message: Message): void {
    const conn = this.#byPeer.get(message.targetId);
    if (!conn || conn.socket.readyState !== WebSocket.OPEN) return;
    if (message.data?.byteLength === 0) return; // the stock adapter refuses these too
    this.#sendRaw(conn, message);
  }

  #sendRaw(conn: Connection, message: { type: string; [field: string]: unknown }): void {
    const encoded = cbor.encode(message);
    this.#options.metrics.bytesOut.inc(encoded.byteLength);
    this.#options.metrics.messagesOut.inc({ type: message.type });
    conn.socket.send(encoded);
  }

  #ping(): void {
    for (const conn of this.#connections) {
      if (!conn.alive) {
        this.#options.logger.info(
          { peer: conn.peerId, remote: conn.remote },
          "peer missed a ping; dropping",
        );
        conn.socket.terminate();
        continue;
      }
      conn.alive = false;
      conn.socket.ping();
    }
  }

  #onMessage(conn: Connection, data: RawData, isBinary: boolean): void {
    if (conn.closing) return;
    conn.alive = true;
    conn.lastSeen = performance.now();
    const { metrics } = this.#options;
    const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
    metrics.bytesIn.inc(bytes.byteLength);
    this.#throttle(conn);
    if (!isBinary) return this.#reject(conn, "binary-expected");
    const result = parseFrame(bytes, this.peerId as PeerId, this.#options.maxFrameBytes);
    if (!result.ok) return this.#reject(conn, result.reason, result.detail);
    this.#handle(conn, result.frame);
  }

  #throttle(conn: Connection): void {
    const wait = conn.bucket.take();
    if (wait === 0 || conn.paused) return;
    conn.paused = true;
    conn.socket.pause();
    this.#options.metrics.throttled.inc();
    setTimeout(() => {
      conn.paused = false;
      if (conn.socket.readyState === WebSocket.OPEN) conn.socket.resume();
    }, wait).unref();
  }

  #handle(conn: Connection, frame: InboundFrame): void {
    const { metrics } = this.#options;
    if (frame.type === "join") return this.#join(conn, frame);
    if (frame.type === "peer") return; // a server→client message; harmless, ignored
    if (conn.peerId === undefined) return this.#reject(conn, "not-joined");
    if (frame.senderId !== conn.peerId) return this.#reject(conn, "sender-mismatch");
    if ((frame.type === "sync" || frame.type === "request") && !this.#admit(conn, frame)) return;
    metrics.messagesIn.inc({ type: frame.type });
    const holds = this.#options.holds;
    if (frame.type === "request" && holds && !holds(frame.documentId)) {
      // Not here (yet): park it outside the Repo; see ParkedRequests.
      const first = !this.#parked.has(frame.documentId);
      const evicted = this.#parked.park(frame.documentId, { conn, frame }, Date.now());
      for (const waiter of evicted) this.#unavailable(waiter.conn, waiter.frame);
      if (first) this.#options.onPark?.(frame.documentId);
      return;
    }
    this.emit("message", frame);
    if (frame.type === "sync") {
      for (const waiter of this.#parked.take(frame.documentId)) {
        if (waiter.conn.socket.readyState === WebSocket.OPEN) this.emit("message", waiter.frame);
      }
    }
  }

  /** Documents that requests are waiting for (a field relay asks its upstream when it connects). */
  parkedDocuments(): string[] {
    return this.#parked.documentIds();
  }

  /** The document is now held (e.g. fetched from upstream): hand its parked requests to the Repo. */
  release(documentId: string): void {
    for (const waiter of this.#parked.take(documentId)) {
      if (waiter.conn.socket.readyState === WebSocket.OPEN) this.emit("message", waiter.frame);
    }
  }

  #unavailable(conn: Connection, frame: RepoMessage): void {
    this.#options.metrics.unavailableRequests.inc();
    if (conn.socket.readyState !== WebSocket.OPEN || !("documentId" in frame)) return;
    const base = { senderId: this.peerId, targetId: frame.senderId };
    this.#sendRaw(conn, { ...base, type: "doc-unavailable", documentId: frame.documentId });
  }

  #expireParked(): void {
    for (const { waiters } of this.#parked.expire(Date.now())) {
      for (const waiter of waiters) this.#unavailable(waiter.conn, waiter.frame);
    }
  }

  #admit(conn: Connection, frame: RepoMessage & { type: "sync" | "request" }): boolean {
    const verdict = this.#options.admit(frame.documentId, frame.data.byteLength);
    if (verdict === "ok") return true;
    this.#options.metrics.quotaRefusals.inc({ kind: verdict });
    if (!conn.refusedDocs.has(frame.documentId)) {
      conn.refusedDocs.add(frame.documentId);
      this.#options.logger.warn(
        {
          peer: conn.peerId,
          documentId: frame.documentId,
          bytes: frame.data.byteLength,
          quota: verdict,
        },
        verdict === "document"
          ? "document over MAX_DOC_BYTES; refusing it"
          : "DATA_DIR over MAX_TOTAL_BYTES; refusing writes",
      );
      const base = { senderId: this.peerId, targetId: frame.senderId };
      this.#sendRaw(conn, { ...base, type: "doc-unavailable", documentId: frame.documentId });
      const text =
        verdict === "document"
          ? "document exceeds the relay's MAX_DOC_BYTES"
          : "relay storage full (MAX_TOTAL_BYTES)";
      this.#sendRaw(conn, { ...base, type: "error", message: `quota exceeded: ${text}` });
    }
    return false;
  }

  #join(conn: Connection, frame: InboundFrame & { type: "join" }): void {
    const { senderId } = frame;
    if (conn.peerId !== undefined && conn.peerId !== senderId)
      return this.#reject(conn, "sender-mismatch");
    if (senderId === this.peerId)
      return this.#reject(conn, "bad-sender", "peer claims the relay's id");
    if (!frame.supportedProtocolVersions.includes(PROTOCOL_V1)) {
      this.#sendRaw(conn, {
        type: "error",
        senderId: this.peerId,
        targetId: senderId,
        message: "unsupported protocol version",
      });
      return this.#reject(conn, "unsupported-protocol");
    }
    const previous = this.#byPeer.get(senderId);
    if (previous && previous !== conn) {
      // A reconnecting tablet replaces its stale socket (as with the stock server), but an active
      // connection cannot be hijacked by someone who learnt its peer id: the old one must have
      // sent nothing for a few seconds (the stock client retries until then).
      if (performance.now() - previous.lastSeen < TAKEOVER_QUIET_MS)
        return this.#reject(conn, "peer-id-in-use");
      this.#forget(previous);
      previous.socket.close(4000, "replaced by a newer connection");
    }
    if (conn.peerId === undefined) {
      conn.peerId = senderId;
      this.#byPeer.set(senderId, conn);
      this.#options.metrics.peers.inc();
      this.emit("peer-candidate", { peerId: senderId, peerMetadata: frame.peerMetadata });
    }
    this.#sendRaw(conn, {
      type: "peer",
      senderId: this.peerId,
      peerMetadata: this.peerMetadata,
      selectedProtocolVersion: PROTOCOL_V1,
      targetId: senderId,
    });
  }

  #reject(
    conn: Connection,
    reason: RejectReason | "ws-protocol" | "peer-id-in-use",
    detail?: string,
  ): void {
    if (conn.closing) return;
    conn.closing = true;
    this.#options.metrics.rejectedFrames.inc({ reason });
    this.#options.logger.warn(
      { reason, detail, peer: conn.peerId, remote: conn.remote },
      "frame rejected; closing connection",
    );
    this.#forget(conn);
    if (conn.socket.readyState === WebSocket.OPEN)
      conn.socket.close(reason === "too-large" ? 1009 : 1008, reason);
    // A hostile peer may never answer the close handshake.
    setTimeout(() => conn.socket.terminate(), 1000).unref();
  }

  #onSocketError(conn: Connection, error: Error & { code?: string }): void {
    // ws reports protocol violations (bad opcode, oversized message, bad deflate) here, then closes.
    const reason = error.code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH" ? "too-large" : "ws-protocol";
    if (!conn.closing) {
      this.#options.metrics.rejectedFrames.inc({ reason });
      this.#options.logger.warn(
        { reason, code: error.code, peer: conn.peerId, remote: conn.remote },
        "websocket error",
      );
      conn.closing = true;
    }
    this.#forget(conn);
  }

  /** Detaches the connection's peer from the Repo (idempotent). */
  #forget(conn: Connection): void {
    const peerId = conn.peerId;
    if (peerId === undefined || this.#byPeer.get(peerId) !== conn) return;
    this.#byPeer.delete(peerId);
    this.#options.metrics.peers.dec();
    this.emit("peer-disconnected", { peerId });
  }

  #onClose(conn: Connection): void {
    this.#forget(conn);
    if (this.#connections.delete(conn)) this.#options.metrics.connections.dec();
  }
}
