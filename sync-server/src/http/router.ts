/**
 * The relay's HTTP surface: `/healthz`, `/metrics`, and the built app (static + SPA fallback).
 * WebSocket upgrades are handled separately (see upgrade.ts).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import type { Registry } from "prom-client";
import type { Logger } from "pino";
import { keyMatches, requestKey } from "./accessKey.js";
import { setSecurityHeaders } from "./headers.js";
import { NOT_BUILT_PAGE, resolveStatic, sendFile } from "./staticFiles.js";

export type RelayState = "starting" | "ready" | "stopping";

export interface HttpContext {
  staticRoot: string;
  connectSrc: readonly string[];
  accessKey: string | undefined;
  state: () => RelayState;
  health: () => Record<string, unknown>;
  registry: Registry;
  logger: Logger;
}

function text(
  res: ServerResponse,
  status: number,
  body: string,
  type = "text/plain; charset=utf-8",
): void {
  res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" }).end(body);
}

async function serveApp(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: HttpContext,
  urlPath: string,
): Promise<void> {
  const found = await resolveStatic(ctx.staticRoot, urlPath);
  if (found.kind === "bad") return text(res, 400, "Bad request\n");
  if (found.kind === "file") return sendFile(req, res, found, urlPath);
  const wantsHtml = (req.headers.accept ?? "").includes("text/html");
  // A path with an extension is a file request (a missing asset), not an app route.
  if (!wantsHtml || path.extname(urlPath) !== "") return text(res, 404, "Not found\n");
  const shell = await resolveStatic(ctx.staticRoot, "/index.html");
  if (shell.kind === "file") return sendFile(req, res, shell, "/index.html");
  return text(res, 503, NOT_BUILT_PAGE, "text/html; charset=utf-8");
}

/** Handles one HTTP request; never throws. */
export async function handleHttp(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: HttpContext,
): Promise<void> {
  try {
    setSecurityHeaders(req, res, ctx.connectSrc);
    const rawPath = (req.url ?? "/").split("?")[0] ?? "/";
    const url = new URL(req.url ?? "/", "http://relay.invalid");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      return text(res, 405, "Method not allowed\n");
    }
    if (rawPath === "/healthz") {
      const state = ctx.state();
      return text(
        res,
        state === "ready" ? 200 : 503,
        JSON.stringify({ status: state, ...ctx.health() }),
        "application/json",
      );
    }
    if (rawPath === "/metrics") {
      if (!keyMatches(ctx.accessKey, requestKey(url, req.headers.authorization)))
        return text(res, 401, "Unauthorized\n");
      return text(res, 200, await ctx.registry.metrics(), ctx.registry.contentType);
    }
    if (rawPath === "/sync") return text(res, 426, "WebSocket upgrade required\n");
    return await serveApp(req, res, ctx, rawPath);
  } catch (error) {
    ctx.logger.error(
      { err: error instanceof Error ? error.message : String(error) },
      "http handler failed",
    );
    if (!res.headersSent) text(res, 500, "Internal error\n");
    else res.destroy();
  }
}
