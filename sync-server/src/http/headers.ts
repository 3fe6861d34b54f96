/**
 * Security headers sent with every HTTP response.
 *
 * The CSP is strict (no inline scripts, no eval) but allows what the app needs: WebAssembly
 * compilation for Automerge (`'wasm-unsafe-eval'`), inline styles from React, images from data:
 * and blob: URLs (QR codes, exports), and WebSocket/fetch connections to this relay (ws/wss of the
 * requested host, for browsers whose 'self' does not cover WebSockets) plus CONNECT_SRC.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

/** A Host header value safe to echo into a header (hostname[:port] or [ipv6]:port). */
const HOST = /^(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

/** Builds the Content-Security-Policy for a request. */
export function contentSecurityPolicy(
  hostHeader: string | undefined,
  connectSrc: readonly string[],
): string {
  const self =
    hostHeader !== undefined && HOST.test(hostHeader)
      ? [`ws://${hostHeader}`, `wss://${hostHeader}`]
      : [];
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    `connect-src ${["'self'", ...self, ...connectSrc].join(" ")}`,
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Sets the headers every response carries. */
export function setSecurityHeaders(
  req: IncomingMessage,
  res: ServerResponse,
  connectSrc: readonly string[],
): void {
  res.setHeader("Content-Security-Policy", contentSecurityPolicy(req.headers.host, connectSrc));
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "no-referrer");
  res.setHeader("X-Frame-Options", "DENY");
}
