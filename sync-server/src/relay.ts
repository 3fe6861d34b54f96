/**
 * `createRelay`: the Récolte relay as a library (the CLI, the tests and the benchmarks use it).
 *
 * One HTTP(S) server serves the built app, `/healthz`, `/metrics`, and WebSocket `/sync`, where a
 * hardened automerge-repo peer syncs any document a client asks for by id and stores it under
 * DATA_DIR. It never announces documents: a client receives only what it requested.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Repo, type DocumentId, type PeerId } from "@automerge/automerge-repo";
import { pino, type Logger } from "pino";
import { WebSocketServer } from "ws";
import { DEFAULT_LIMITS, REPO_ROOT, type RelayConfig, type RelayLimits } from "./config.js";
import { handleHttp, type RelayState } from "./http/router.js";
import { handleUpgrade } from "./http/upgrade.js";
import { createMetrics, type RelayMetrics } from "./metrics.js";
import { RelayNetworkAdapter } from "./network/RelayNetworkAdapter.js";
import type { FsOps } from "./storage/fsOps.js";
import { guardRepoStorage } from "./storage/guardRepoStorage.js";
import { SafeFileStorage } from "./storage/SafeFileStorage.js";
import { Upstream, type UpstreamStatus } from "./upstream/upstream.js";

/** Options of {@link createRelay}; everything but `dataDir` has a default. */
export interface RelayOptions extends Partial<Omit<RelayConfig, "limits" | "logLevel">> {
  dataDir: string;
  /** Defaults to 127.0.0.1 here (the CLI defaults to 0.0.0.0). */
  host?: string;
  limits?: Partial<RelayLimits>;
  /** Defaults to a silent logger. */
  logger?: Logger;
  /** Ping interval for dead-peer detection (default 30 s). */
  keepAliveMs?: number;
  /** Test seam: file-system operations of the storage (fault injection). */
  fs?: FsOps;
  /** Upstream reconnection back-off bounds (default 1 s … 30 s). */
  upstreamBackoffMs?: { min: number; max: number };
}

/** A running relay. */
export interface Relay {
  /** The port actually bound (useful with `port: 0`). */
  port: number;
  /** The WebSocket sync URL, e.g. `ws://127.0.0.1:3030/sync`. */
  url: string;
  /** The HTTP(S) base URL, e.g. `http://127.0.0.1:3030`. */
  httpUrl: string;
  /** Resolves once the Repo and storage are ready and `/sync` accepts connections. */
  ready(): Promise<void>;
  /** Stops accepting, disconnects peers, flushes every document to disk. */
  close(): Promise<void>;
  repo: Repo;
  storage: SafeFileStorage;
  metrics: RelayMetrics;
  logger: Logger;
  /** The link to UPSTREAM_URL, when configured. */
  upstream: Upstream | undefined;
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/**
 * Creates the relay's storage id up front, as automerge-repo would, so an unwritable DATA_DIR
 * fails the start with a clear error (inside the Repo it would leave the relay never ready).
 */
async function ensureStorageId(storage: SafeFileStorage): Promise<void> {
  const key = ["storage-adapter-id"];
  try {
    if ((await storage.load(key)) === undefined) {
      await storage.save(key, new TextEncoder().encode(randomUUID()));
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? "UNKNOWN";
    throw new Error(
      `DATA_DIR ${storage.dataDir} is not usable (${code}): ${(error as Error).message}`,
    );
  }
}

/**
 * Saves every loaded document. `repo.flush()` throws on handles that are not ready (a request
 * for a document the relay does not hold leaves one behind), so only ready handles are flushed.
 */
async function flushReady(repo: Repo): Promise<void> {
  const ready = Object.values(repo.handles).filter((handle) => handle.isReady());
  await repo.flush(ready.map((handle) => handle.documentId));
}

/** Starts a relay. Resolves once it listens; await `ready()` before syncing. */
export async function createRelay(options: RelayOptions): Promise<Relay> {
  const limits: RelayLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const logger = options.logger ?? pino({ level: "silent" });
  const startedAt = Date.now();
  let state: RelayState = "starting";
  // Metrics exist before storage (which reports its errors to them) and read its stats lazily.
  let storageStats = () => ({ documents: 0, bytes: 0 });
  const m: RelayMetrics = createMetrics(() => storageStats());

  const storage = await SafeFileStorage.open({
    dataDir: path.resolve(options.dataDir),
    cacheBytes: limits.cacheBytes,
    maxDocBytes: limits.maxDocBytes,
    maxTotalBytes: limits.maxTotalBytes,
    logger,
    onError: (code) => m.storageErrors.inc({ code }),
    onQuota: (kind) => m.quotaRefusals.inc({ kind }),
    ...(options.fs && { fs: options.fs }),
  });
  await ensureStorageId(storage);
  storageStats = () => storage.stats();

  // Requests parked while the upstream was unreachable are asked again when it comes back.
  let askUpstreamForParked = (): void => undefined;
  const upstream = options.upstreamUrl
    ? new Upstream({
        url: options.upstreamUrl,
        logger,
        metrics: m,
        maxFrameBytes: limits.maxFrameBytes,
        ...(options.upstreamBackoffMs && {
          minBackoffMs: options.upstreamBackoffMs.min,
          maxBackoffMs: options.upstreamBackoffMs.max,
        }),
        ...(options.keepAliveMs !== undefined && { keepAliveMs: options.keepAliveMs }),
        onConnected: () => askUpstreamForParked(),
      })
    : undefined;

  // The Repo is built after its network adapter; the adapter asks it through this late binding.
  let loaded = (_documentId: string): boolean => false;
  const adapter = new RelayNetworkAdapter({
    maxFrameBytes: limits.maxFrameBytes,
    maxMessagesPerSecond: limits.maxMessagesPerSecond,
    maxMessageBurst: limits.maxMessageBurst,
    metrics: m,
    logger,
    admit: (documentId, bytes) => storage.admit(documentId, bytes),
    holds: (documentId: string): boolean => storage.has(documentId) || loaded(documentId),
    ...(options.keepAliveMs !== undefined && { keepAliveMs: options.keepAliveMs }),
    // A field relay asks its upstream for what a tablet wants and it lacks.
    ...(upstream && { onPark: (documentId: string) => lookupUpstream(documentId) }),
  });
  function lookupUpstream(documentId: string): void {
    void upstream?.lookup(documentId).then((found) => found && adapter.release(documentId));
  }
  askUpstreamForParked = () => adapter.parkedDocuments().forEach(lookupUpstream);
  const repo = new Repo({
    storage,
    network: upstream ? [adapter, upstream.adapter] : [adapter],
    peerId: `relay-${randomUUID()}` as PeerId,
    // Never announce to tablets (they get only what they request by id), but answer every
    // request; push everything to the upstream relay, if any.
    shareConfig: {
      announce: async (peerId) => upstream?.isUpstreamPeer(peerId) ?? false,
      access: async () => true,
    },
    enableRemoteHeadsGossiping: true,
  });
  upstream?.attach(repo, () => storage.documentIds());
  // Known to the Repo in any state: an upload may still be loading, and the request must queue
  // behind it inside the Repo rather than wait outside for a sync that has already passed.
  loaded = (documentId) => repo.handles[documentId as DocumentId] !== undefined;
  const stopRetries = guardRepoStorage(repo, logger);

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxFrameBytes,
    perMessageDeflate: {
      threshold: 1024,
      serverNoContextTakeover: true,
      clientNoContextTakeover: true,
    },
  });
  const tls = options.tls;
  const server = tls
    ? https.createServer({ cert: fs.readFileSync(tls.certFile), key: fs.readFileSync(tls.keyFile) })
    : http.createServer();
  let staticRoot = path.resolve(options.staticDir ?? path.join(REPO_ROOT, "dist"));
  staticRoot = fs.existsSync(staticRoot) ? fs.realpathSync(staticRoot) : staticRoot;
  server.on("request", (req, res) => {
    void handleHttp(req, res, {
      staticRoot,
      connectSrc: options.connectSrc ?? [],
      accessKey: options.accessKey,
      state: () => state,
      health: () => ({
        uptime: Math.round((Date.now() - startedAt) / 1000),
        documents: storage.stats().documents,
        peers: adapter.peerCount,
        connections: wss.clients.size,
        upstream: upstream?.status() ?? null,
      }),
      registry: m.registry,
      logger,
    });
  });
  server.on("upgrade", (req, socket, head: Buffer) =>
    handleUpgrade(req, socket, head, {
      wss,
      adapter,
      accessKey: options.accessKey,
      maxConnections: limits.maxConnections,
      state: () => state,
      metrics: m,
      logger,
    }),
  );
  server.on("clientError", (_error, socket) => socket.destroy());

  const host = options.host ?? "127.0.0.1";
  await listen(server, options.port ?? 0, host);
  const port = (server.address() as AddressInfo).port;
  const urlHost =
    host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  const readyPromise = (async () => {
    await adapter.connected;
    await repo.storageId();
    state = "ready";
    logger.info(
      { port, dataDir: storage.dataDir, documents: storage.stats().documents },
      "relay ready",
    );
  })();

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      state = "stopping";
      const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      adapter.disconnect(); // close 1001 to every peer
      upstream?.adapter.disconnect(); // and stop syncing with (and retrying) the upstream
      await flushReady(repo);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      await storage.drain();
      stopRetries();
      server.closeAllConnections();
      await serverClosed;
      logger.info({ documents: storage.stats().documents }, "relay stopped; storage flushed");
    })();
    return closing;
  };

  return {
    port,
    url: `${tls ? "wss" : "ws"}://${urlHost}:${port}/sync`,
    httpUrl: `${tls ? "https" : "http"}://${urlHost}:${port}`,
    ready: () => readyPromise,
    close,
    repo,
    storage,
    metrics: m,
    logger,
    upstream,
  };
}

export type { UpstreamStatus };
