/**
 * WebSocket upgrade gate for `/sync`: refuses before the Repo is ready (a client accepted earlier
 * would never get its handshake reply), without the ACCESS_KEY, or past MAX_CONNECTIONS.
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { Logger } from "pino";
import type { WebSocketServer } from "ws";
import type { RelayMetrics } from "../metrics.js";
import type { RelayNetworkAdapter } from "../network/RelayNetworkAdapter.js";
import { keyMatches, requestKey } from "./accessKey.js";
import type { RelayState } from "./router.js";

export interface UpgradeContext {
  wss: WebSocketServer;
  adapter: RelayNetworkAdapter;
  accessKey: string | undefined;
  maxConnections: number;
  state: () => RelayState;
  metrics: RelayMetrics;
  logger: Logger;
}

const STATUS: Record<number, string> = {
  401: "Unauthorized",
  404: "Not Found",
  503: "Service Unavailable",
};

function refuse(
  socket: Duplex,
  status: number,
  reason: string,
  ctx: UpgradeContext,
  remote: string,
): void {
  ctx.metrics.refusedConnections.inc({ reason });
  ctx.logger.info({ remote, status, reason }, "websocket upgrade refused");
  socket.end(
    `HTTP/1.1 ${status} ${STATUS[status] ?? ""}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
  );
  socket.destroy();
}

/** Handles an HTTP upgrade request. */
export function handleUpgrade(
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  ctx: UpgradeContext,
): void {
  socket.on("error", () => socket.destroy());
  const remote = `${req.socket.remoteAddress ?? "?"}:${req.socket.remotePort ?? "?"}`;
  let url: URL;
  try {
    url = new URL(req.url ?? "/", "http://relay.invalid");
  } catch {
    return refuse(socket, 404, "bad-url", ctx, remote);
  }
  if (url.pathname !== "/sync") return refuse(socket, 404, "not-found", ctx, remote);
  if (ctx.state() !== "ready") return refuse(socket, 503, "not-ready", ctx, remote);
  if (!keyMatches(ctx.accessKey, requestKey(url, req.headers.authorization))) {
    return refuse(socket, 401, "access-key", ctx, remote);
  }
  if (ctx.wss.clients.size >= ctx.maxConnections)
    return refuse(socket, 503, "max-connections", ctx, remote);
  ctx.wss.handleUpgrade(req, socket, head, (ws) => ctx.adapter.accept(ws, remote));
}
