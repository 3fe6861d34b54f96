import { NetworkAdapter, cbor } from "@automerge/automerge-repo/slim";
import type { Message, PeerId, PeerMetadata } from "@automerge/automerge-repo/slim";

/** Connection state of the relay link, as the UI shows it. */
export type RelayConnectionState = "idle" | "connecting" | "connected" | "offline";

type ServerFrame =
  | { type: "peer"; senderId: PeerId; peerMetadata?: PeerMetadata; targetId: PeerId }
  | { type: "error"; message: string };

const MIN_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;

/**
 * WebSocket client for the relay, speaking automerge-repo's standard WebSocket protocol.
 *
 * Why not the stock `WebSocketClientAdapter`: it retries on a fixed interval *and* on close,
 * which piles up sockets when no relay answers (an error storm on a tablet with no network), and
 * it throws when asked to send while disconnected. This one backs off exponentially with jitter,
 * reconnects at once when the browser says it is online again, drops sends while disconnected
 * (automerge-repo re-syncs on the next `peer-candidate`), and exposes its state and the relay's
 * peer metadata so the sync status can be computed from the relay's storage id.
 */
export class RelayClientAdapter extends NetworkAdapter {
  readonly url: string;
  remotePeerId: PeerId | undefined;
  remoteMetadata: PeerMetadata | undefined;
  #socket: WebSocket | undefined;
  #state: RelayConnectionState = "idle";
  #attempt = 0;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #ready = false;
  #readyResolve: (() => void) | undefined;
  #readyPromise = new Promise<void>((resolve) => (this.#readyResolve = resolve));
  #stopped = false;
  #listeners = new Set<(state: RelayConnectionState) => void>();

  constructor(url: string) {
    super();
    this.url = url;
  }

  get state(): RelayConnectionState {
    return this.#state;
  }

  /** Subscribe to connection state changes; returns an unsubscribe function. */
  onStateChange(listener: (state: RelayConnectionState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  isReady(): boolean {
    return this.#ready;
  }

  whenReady(): Promise<void> {
    return this.#readyPromise;
  }

  connect(peerId: PeerId, peerMetadata?: PeerMetadata): void {
    this.peerId = peerId;
    this.peerMetadata = peerMetadata ?? {};
    this.#stopped = false;
    if (typeof window !== "undefined") {
      window.addEventListener("online", this.#retryNow);
      window.addEventListener("offline", this.#goOffline);
    }
    // Never hold up document lookups for a relay that may not exist: after a second, storage
    // alone decides whether a document is available.
    setTimeout(() => this.#markReady(), 1_000);
    this.#open();
  }

  /** Forget the back-off and try now (e.g. the network came back). */
  retryNow(): void {
    this.#retryNow();
  }

  send(message: Message): void {
    const socket = this.#socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    socket.send(encodeFrame(message));
  }

  disconnect(): void {
    this.#stopped = true;
    if (typeof window !== "undefined") {
      window.removeEventListener("online", this.#retryNow);
      window.removeEventListener("offline", this.#goOffline);
    }
    clearTimeout(this.#retryTimer);
    this.#closeSocket();
    this.#setState("idle");
  }

  #retryNow = (): void => {
    if (this.#stopped || this.#state === "connected" || this.#state === "connecting") return;
    clearTimeout(this.#retryTimer);
    this.#attempt = 0;
    this.#open();
  };

  /**
   * The browser says the network is gone: a socket may linger for minutes before it notices, so
   * drop it now and show « Hors ligne » honestly; `online` brings it back.
   */
  #goOffline = (): void => {
    if (this.#stopped) return;
    this.#closeSocket();
    this.#scheduleRetry();
  };

  #open(): void {
    if (this.#stopped) return;
    this.#closeSocket();
    this.#setState("connecting");
    let socket: WebSocket;
    try {
      socket = new WebSocket(this.url);
    } catch {
      this.#scheduleRetry();
      return;
    }
    socket.binaryType = "arraybuffer";
    socket.addEventListener("open", this.#onOpen);
    socket.addEventListener("close", this.#onClose);
    socket.addEventListener("message", this.#onMessage);
    this.#socket = socket;
  }

  #closeSocket(): void {
    const socket = this.#socket;
    if (!socket) return;
    socket.removeEventListener("open", this.#onOpen);
    socket.removeEventListener("close", this.#onClose);
    socket.removeEventListener("message", this.#onMessage);
    if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) {
      socket.close();
    }
    this.#socket = undefined;
    this.#peerGone();
  }

  #onOpen = (): void => {
    if (!this.peerId) return;
    const join = {
      type: "join",
      senderId: this.peerId,
      peerMetadata: this.peerMetadata ?? {},
      supportedProtocolVersions: ["1"],
    };
    this.#socket?.send(encodeFrame(join));
  };

  #onClose = (): void => {
    this.#socket = undefined;
    this.#peerGone();
    this.#scheduleRetry();
  };

  #onMessage = (event: MessageEvent): void => {
    if (!(event.data instanceof ArrayBuffer) || event.data.byteLength === 0) return;
    let frame: unknown;
    try {
      frame = cbor.decode(new Uint8Array(event.data));
    } catch {
      return;
    }
    if (!isRecord(frame) || typeof frame.type !== "string") return;
    if (frame.type === "peer") {
      const peer = frame as ServerFrame & { type: "peer" };
      this.#attempt = 0;
      this.remotePeerId = peer.senderId;
      this.remoteMetadata = peer.peerMetadata;
      this.#setState("connected");
      this.#markReady();
      this.emit("peer-candidate", { peerId: peer.senderId, peerMetadata: peer.peerMetadata ?? {} });
      return;
    }
    if (frame.type === "error") return;
    this.emit("message", frame as unknown as Message);
  };

  #peerGone(): void {
    if (this.remotePeerId) {
      const peerId = this.remotePeerId;
      this.remotePeerId = undefined;
      this.emit("peer-disconnected", { peerId });
    }
  }

  #scheduleRetry(): void {
    if (this.#stopped) return;
    this.#setState("offline");
    this.#markReady();
    const base = Math.min(MAX_BACKOFF_MS, MIN_BACKOFF_MS * 2 ** this.#attempt);
    this.#attempt += 1;
    const delay = base / 2 + Math.random() * (base / 2);
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => this.#open(), delay);
  }

  #markReady(): void {
    if (this.#ready) return;
    this.#ready = true;
    this.#readyResolve?.();
  }

  #setState(state: RelayConnectionState): void {
    if (state === this.#state) return;
    this.#state = state;
    for (const listener of this.#listeners) listener(state);
  }
}

/** CBOR-encodes a frame into an exact ArrayBuffer (the encoder may return a view on a larger pool). */
function encodeFrame(frame: unknown): ArrayBuffer {
  const bytes = cbor.encode(frame);
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
