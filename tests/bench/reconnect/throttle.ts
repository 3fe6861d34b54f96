/**
 * A throttling TCP proxy on loopback that emulates a slow mobile link: a fixed one-way delay
 * (RTT / 2) and a bandwidth per direction (token bucket: each chunk leaves once the link has
 * serialised the ones before it). It counts the bytes on the wire in each direction — after
 * WebSocket compression, with WebSocket framing and the HTTP upgrade included.
 */
import net from "node:net";
import type { AddressInfo } from "node:net";

export interface LinkProfile {
  rttMs: number;
  /** Relay → client, bits per second. */
  downBps: number;
  /** Client → relay, bits per second. */
  upBps: number;
}

/** « Slow 4G » as DevTools defines it: 150 ms RTT, 1.6 Mbps down, 750 kbps up. */
export const SLOW_4G: LinkProfile = { rttMs: 150, downBps: 1_600_000, upBps: 750_000 };

export interface ThrottleProxy {
  port: number;
  /** Bytes on the wire since the last reset: client → relay (up) and relay → client (down). */
  bytes: { up: number; down: number };
  /** Chunks forwarded per direction (TCP segments as Node saw them). */
  chunks: { up: number; down: number };
  /** Whether the last WebSocket upgrade through the proxy negotiated permessage-deflate. */
  deflate: boolean | undefined;
  reset(): void;
  close(): Promise<void>;
}

/** One direction of the link: delay + serialisation at `bps`, strictly in order. */
function pipeThrottled(
  from: net.Socket,
  to: net.Socket,
  bps: number,
  delayMs: number,
  count: (bytes: number) => void,
): void {
  let linkFreeAt = 0;
  const queue: { at: number; chunk: Buffer | null }[] = [];
  let timer: NodeJS.Timeout | undefined;
  const drain = (): void => {
    timer = undefined;
    const now = performance.now();
    while (queue.length > 0 && queue[0]!.at <= now + 0.5) {
      const { chunk } = queue.shift()!;
      if (to.destroyed) continue;
      if (chunk === null) to.end();
      else to.write(chunk);
    }
    if (queue.length > 0) timer = setTimeout(drain, Math.max(1, queue[0]!.at - now));
  };
  const enqueue = (at: number, chunk: Buffer | null): void => {
    queue.push({ at, chunk });
    timer ??= setTimeout(drain, Math.max(0, queue[0]!.at - performance.now()));
  };
  from.on("data", (chunk: Buffer) => {
    count(chunk.byteLength);
    const now = performance.now();
    linkFreeAt = Math.max(now, linkFreeAt) + (chunk.byteLength * 8 * 1000) / bps;
    enqueue(linkFreeAt + delayMs, chunk);
  });
  from.on("end", () => enqueue(Math.max(performance.now(), linkFreeAt) + delayMs, null));
}

/** Starts a proxy from a free local port to `127.0.0.1:targetPort`. */
export async function startThrottleProxy(
  targetPort: number,
  profile: LinkProfile,
): Promise<ThrottleProxy> {
  const bytes = { up: 0, down: 0 };
  const chunks = { up: 0, down: 0 };
  const sockets = new Set<net.Socket>();
  let deflate: boolean | undefined;
  const server = net.createServer((client) => {
    client.setNoDelay(true);
    const relay = net.connect(targetPort, "127.0.0.1");
    relay.setNoDelay(true);
    for (const s of [client, relay]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => {
        client.destroy();
        relay.destroy();
      });
    }
    const oneWay = profile.rttMs / 2;
    pipeThrottled(client, relay, profile.upBps, oneWay, (n) => {
      bytes.up += n;
      chunks.up += 1;
    });
    relay.once("data", (chunk: Buffer) => {
      const head = chunk.toString("latin1", 0, Math.min(chunk.byteLength, 2048)).toLowerCase();
      deflate = head.includes("sec-websocket-extensions: permessage-deflate");
    });
    pipeThrottled(relay, client, profile.downBps, oneWay, (n) => {
      bytes.down += n;
      chunks.down += 1;
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return {
    port: (server.address() as AddressInfo).port,
    bytes,
    chunks,
    get deflate() {
      return deflate;
    },
    reset() {
      bytes.up = bytes.down = 0;
      chunks.up = chunks.down = 0;
    },
    close: () =>
      new Promise<void>((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}
