/**
 * The field relay's link to a central relay (`UPSTREAM_URL`): a WebSocket *client* network
 * adapter speaking automerge-repo's protocol ("1"), next to the server adapter in the same Repo.
 *
 * - reconnects with exponential back-off and jitter after any interruption, forever;
 * - offers permessage-deflate (the central relay negotiates it);
 * - validates every frame from the upstream with the same allow-list as frames from tablets
 *   ({@link parseFrame}): a malformed or hostile frame closes the link (it is retried later),
 *   never the process;
 * - drops sends while disconnected: automerge-repo re-syncs every shared document on the next
 *   `peer-candidate`, from the sync states it persisted, so nothing is lost or duplicated;
 * - pings; an upstream that misses a pong is dropped and reconnected.
 */
import {
  NetworkAdapter,
  cbor,
  type Message,
  type PeerId,
  type PeerMetadata,
} from "@automerge/automerge-repo";
import type { Logger } from "pino";
import { WebSocket, type RawData } from "ws";
import { parseFrame, type RejectReason } from "../network/frames.js";
import { isPeerId, isStorageId } from "../network/ids.js";
import { Decoder } from "cbor-x";

export interface UpstreamAdapterOptions {
  /** ws:// or wss:// URL of the central relay's `/sync`, possibly with `?key=`. */
  url: string;
  logger: Logger;
  maxFrameBytes: number;
  /** First retry delay (doubles up to `maxBackoffMs`, with jitter). */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** Ping interval; an upstream that misses one pong is reconnected. */
  keepAliveMs?: number;
  /** Connection events, for metrics and `/healthz`. */
  onEvent?: (event: UpstreamEvent) => void;
}

export type UpstreamEvent =
  | { type: "connected"; peerId: PeerId; storageId: string | null }
  | { type: "disconnected" }
  | { type: "rejected"; reason: RejectReason | "not-peer" | "error-frame" }
  | { type: "bytes"; direction: "in" | "out"; bytes: number }
  | { type: "sync" };

const decoder = new Decoder({ mapsAsObjects: true, useRecords: false });

/** The upstream's storage id, from its `peer` handshake frame (validated). */
function peerFrame(bytes: Uint8Array): { senderId: PeerId; metadata: PeerMetadata } | undefined {
  let decoded: unknown;
  try {
    decoded = decoder.decode(bytes);
  } catch {
    return undefined;
  }
  if (typeof decoded !== "object" || decoded === null) return undefined;
  const frame = decoded as Record<string, unknown>;
  if (frame.type !== "peer" || !isPeerId(frame.senderId)) return undefined;
  if (frame.selectedProtocolVersion !== undefined && frame.selectedProtocolVersion !== "1")
    return undefined;
  const meta = frame.peerMetadata as Record<string, unknown> | undefined;
  const metadata: PeerMetadata = {};
  if (meta && typeof meta === "object") {
    if (isStorageId(meta.storageId)) metadata.storageId = meta.storageId;
    if (typeof meta.isEphemeral === "boolean") metadata.isEphemeral = meta.isEphemeral;
  }
  return { senderId: frame.senderId, metadata };
}

export class UpstreamAdapter extends NetworkAdapter {
  readonly #options: UpstreamAdapterOptions;
  #socket: WebSocket | undefined;
  #remotePeerId: PeerId | undefined;
  #remoteStorageId: string | null = null;
  #attempt = 0;
  #retryTimer: NodeJS.Timeout | undefined;
  #pingTimer: NodeJS.Timeout | undefined;
  #alive = true;
  #stopped = false;

  constructor(options: UpstreamAdapterOptions) {
    super();
    this.#options = options;
  }

  /** The upstream relay's peer id while connected (the only peer this adapter announces to). */
  get remotePeerId(): PeerId | undefined {
    return this.#remotePeerId;
  }

  /** The upstream relay's storage id (known after the first handshake; kept across drops). */
  get remoteStorageId(): string | null {
    return this.#remoteStorageId;
  }

  get connected(): boolean {
    return this.#remotePeerId !== undefined;
  }

  /** Never holds the Repo back: the field relay serves tablets whether or not upstream answers. */
  isReady(): boolean {
    return true;
  }

  whenReady(): Promise<void> {
    return Promise.resolve();
  }

  connect(peerId: PeerId, peerMetadata?: PeerMetadata): void {
    this.peerId = peerId;
    this.peerMetadata = peerMetadata ?? {};
    this.#stopped = false;
    const interval = this.#options.keepAliveMs ?? 30_000;
    this.#pingTimer = setInterval(() => this.#ping(), interval);
    this.#pingTimer.unref();
    this.#open();
  }

  disconnect(): void {
    this.#stopped = true;
    clearTimeout(this.#retryTimer);
    clearInterval(this.#pingTimer);
    this.#drop();
  }

  send(message: Message): void {
    const socket = this.#socket;
    if (!socket || socket.readyState !== WebSocket.OPEN || this.#remotePeerId === undefined) return;
    if (message.targetId !== this.#remotePeerId) return;
    if (message.data?.byteLength === 0) return;
    this.#sendRaw(socket, message);
  }

  #sendRaw(socket: WebSocket, frame: object): void {
    const encoded = cbor.encode(frame);
    this.#options.onEvent?.({ type: "bytes", direction: "out", bytes: encoded.byteLength });
    socket.send(encoded);
  }

  #open(): void {
    if (this.#stopped) return;
    let socket: WebSocket;
    try {
      socket = new WebSocket(this.#options.url, {
        perMessageDeflate: { clientNoContextTakeover: true, serverNoContextTakeover: true },
        maxPayload: this.#options.maxFrameBytes,
        handshakeTimeout: 10_000,
      });
    } catch (error) {
      this.#options.logger.warn({ err: (error as Error).message }, "upstream: cannot connect");
      this.#scheduleRetry();
      return;
    }
    this.#socket = socket;
    this.#alive = true;
    socket.on("open", () => {
      this.#sendRaw(socket, {
        type: "join",
        senderId: this.peerId,
        peerMetadata: this.peerMetadata ?? {},
        supportedProtocolVersions: ["1"],
      });
    });
    socket.on("message", (data, isBinary) => this.#onMessage(socket, data, isBinary));
    socket.on("pong", () => (this.#alive = true));
    socket.on("error", (error: Error & { code?: string }) => {
      this.#options.logger.info({ code: error.code, err: error.message }, "upstream: socket error");
    });
    socket.on("close", (code) => {
      if (this.#socket !== socket) return;
      if (this.#remotePeerId !== undefined)
        this.#options.logger.info({ code }, "upstream: disconnected");
      this.#socket = undefined;
      this.#peerGone();
      this.#scheduleRetry();
    });
  }

  #onMessage(socket: WebSocket, data: RawData, isBinary: boolean): void {
    if (socket !== this.#socket) return;
    this.#alive = true;
    const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
    this.#options.onEvent?.({ type: "bytes", direction: "in", bytes: bytes.byteLength });
    if (!isBinary) return this.#reject(socket, "binary-expected");
    if (this.#remotePeerId === undefined) {
      const peer = peerFrame(bytes);
      if (!peer) return this.#reject(socket, isErrorFrame(bytes) ? "error-frame" : "not-peer");
      this.#attempt = 0;
      this.#remotePeerId = peer.senderId;
      this.#remoteStorageId = peer.metadata.storageId ?? null;
      this.#options.logger.info(
        { upstreamPeer: peer.senderId, storageId: this.#remoteStorageId },
        "upstream: connected",
      );
      this.#options.onEvent?.({
        type: "connected",
        peerId: peer.senderId,
        storageId: this.#remoteStorageId,
      });
      this.emit("peer-candidate", { peerId: peer.senderId, peerMetadata: peer.metadata });
      return;
    }
    if (isErrorFrame(bytes)) {
      // e.g. a quota refusal for one document: its `doc-unavailable` follows; the link stays.
      this.#options.logger.warn("upstream: sent an error message");
      this.#options.onEvent?.({ type: "rejected", reason: "error-frame" });
      return;
    }
    const result = parseFrame(bytes, this.peerId as PeerId, this.#options.maxFrameBytes);
    if (!result.ok) return this.#reject(socket, result.reason, result.detail);
    const frame = result.frame;
    if (frame.type === "join" || frame.type === "peer") return; // meaningless once joined
    if (frame.senderId !== this.#remotePeerId) return this.#reject(socket, "bad-sender");
    if (frame.type === "sync") this.#options.onEvent?.({ type: "sync" });
    this.emit("message", frame);
  }

  /** A bad frame from upstream: log, count, close this link; the back-off retries later. */
  #reject(
    socket: WebSocket,
    reason: RejectReason | "not-peer" | "error-frame",
    detail?: string,
  ): void {
    this.#options.logger.warn({ reason, detail }, "upstream: bad frame; reconnecting later");
    this.#options.onEvent?.({ type: "rejected", reason });
    if (socket === this.#socket) {
      this.#socket = undefined;
      this.#peerGone();
      this.#scheduleRetry();
    }
    socket.removeAllListeners("message");
    socket.on("error", () => undefined);
    socket.terminate();
  }

  #ping(): void {
    const socket = this.#socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    if (!this.#alive) {
      this.#options.logger.info("upstream missed a ping; reconnecting");
      socket.terminate(); // "close" follows and schedules the retry
      return;
    }
    this.#alive = false;
    socket.ping();
  }

  #drop(): void {
    const socket = this.#socket;
    this.#socket = undefined;
    if (socket) {
      socket.removeAllListeners("close");
      socket.on("error", () => undefined);
      if (socket.readyState === WebSocket.OPEN) socket.close(1001, "relay shutting down");
      else socket.terminate();
    }
    this.#peerGone();
  }

  #peerGone(): void {
    const peerId = this.#remotePeerId;
    if (peerId === undefined) return;
    this.#remotePeerId = undefined;
    this.#options.onEvent?.({ type: "disconnected" });
    this.emit("peer-disconnected", { peerId });
  }

  #scheduleRetry(): void {
    if (this.#stopped) return;
    const min = this.#options.minBackoffMs ?? 1_000;
    const max = this.#options.maxBackoffMs ?? 30_000;
    const base = Math.min(max, min * 2 ** this.#attempt);
    this.#attempt += 1;
    const delay = base / 2 + Math.random() * (base / 2);
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => this.#open(), delay);
    this.#retryTimer.unref();
  }
}

function isErrorFrame(bytes: Uint8Array): boolean {
  try {
    const decoded: unknown = decoder.decode(bytes);
    return (
      typeof decoded === "object" &&
      decoded !== null &&
      (decoded as Record<string, unknown>).type === "error"
    );
  } catch {
    return false;
  }
}
