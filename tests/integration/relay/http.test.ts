/**
 * The relay's HTTP side: the built app with caching, SPA fallback and security headers, path
 * traversal refused, /healthz, /metrics, ACCESS_KEY, connection cap and TLS.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import http from "node:http";
import https from "node:https";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import {
  connectClient,
  findOn,
  relayHolds,
  startRelay,
  tempDir,
  waitFor,
  type TestRelay,
} from "../../helpers/relay.js";

interface Res {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request: the path is sent exactly as given (no URL normalisation). */
function get(base: string, rawPath: string, headers: Record<string, string> = {}): Promise<Res> {
  const url = new URL(base);
  const lib = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(
      { host: url.hostname, port: url.port, path: rawPath, headers, rejectUnauthorized: false },
      (res) => {
        let body = "";
        res.on("data", (chunk) => (body += String(chunk)));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/** Opens a raw WebSocket and reports the HTTP status of a refused upgrade (or 101). */
function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { rejectUnauthorized: false });
    ws.on("open", () => {
      ws.close();
      resolve(101);
    });
    ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
    ws.on("error", () => resolve(0));
  });
}

let root: string;
let staticDir: string;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

beforeAll(async () => {
  root = await tempDir("recolte-http-");
  staticDir = path.join(root, "dist");
  await fs.mkdir(path.join(staticDir, "assets"), { recursive: true });
  await fs.writeFile(
    path.join(staticDir, "index.html"),
    "<!doctype html><title>Récolte</title>APP-SHELL",
  );
  await fs.writeFile(path.join(staticDir, "assets", "index-abc123.js"), "console.log(1)");
  await fs.writeFile(
    path.join(staticDir, "assets", "automerge-def456.wasm"),
    new Uint8Array([0, 97, 115, 109]),
  );
  await fs.writeFile(path.join(staticDir, "sw.js"), "self.x=1");
  await fs.writeFile(path.join(staticDir, "workbox-1a2b3c.js"), "self.y=1");
  await fs.writeFile(path.join(staticDir, "manifest.webmanifest"), "{}");
  await fs.writeFile(path.join(staticDir, ".env"), "SECRET=1");
  await fs.writeFile(path.join(root, "secret.txt"), "TOP-SECRET");
  return () => fs.rm(root, { recursive: true, force: true });
});

async function relay(options: Parameters<typeof startRelay>[0] = {}): Promise<TestRelay> {
  const r = await startRelay({
    staticDir,
    dataDir: path.join(await tempDir(), "data"),
    ...options,
  });
  cleanups.push(() => r.close());
  return r;
}

describe("relay HTTP", () => {
  it("serves the app with correct types, caching and security headers", async () => {
    const r = await relay({
      connectSrc: ["https://central.example.org", "wss://central.example.org"],
    });
    const index = await get(r.httpUrl, "/", { accept: "text/html" });
    expect(index.status).toBe(200);
    expect(index.body).toContain("APP-SHELL");
    expect(index.headers["cache-control"]).toBe("no-cache");
    const csp = index.headers["content-security-policy"] ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain(`ws://127.0.0.1:${r.port}`);
    expect(csp).toContain("wss://central.example.org");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("manifest-src 'self'");
    expect(index.headers["x-content-type-options"]).toBe("nosniff");
    expect(index.headers["referrer-policy"]).toBe("no-referrer");

    const asset = await get(r.httpUrl, "/assets/index-abc123.js");
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(asset.headers["content-type"]).toMatch(/^text\/javascript/);
    const wasm = await get(r.httpUrl, "/assets/automerge-def456.wasm");
    expect(wasm.headers["content-type"]).toBe("application/wasm");
    for (const file of ["/sw.js", "/workbox-1a2b3c.js", "/manifest.webmanifest", "/index.html"]) {
      expect((await get(r.httpUrl, file)).headers["cache-control"], file).toBe("no-cache");
    }
    expect((await get(r.httpUrl, "/manifest.webmanifest")).headers["content-type"]).toBe(
      "application/manifest+json",
    );
    const revalidated = await get(r.httpUrl, "/sw.js", {
      "if-none-match": String((await get(r.httpUrl, "/sw.js")).headers.etag),
    });
    expect(revalidated.status).toBe(304);
  });

  it("answers app routes with the shell, but not missing files", async () => {
    const r = await relay();
    const route = await get(r.httpUrl, "/atelier/2EFqgzHo9kwc3JnUdduq7mFCrzKk/carnet", {
      accept: "text/html,*/*",
    });
    expect(route.status).toBe(200);
    expect(route.body).toContain("APP-SHELL");
    expect((await get(r.httpUrl, "/assets/missing-000.js", { accept: "text/html" })).status).toBe(
      404,
    );
    expect((await get(r.httpUrl, "/atelier/x", { accept: "application/json" })).status).toBe(404);
    expect((await get(r.httpUrl, "/.env", { accept: "text/html" })).body).not.toContain("SECRET");
  });

  it("refuses path traversal in every encoding", async () => {
    const r = await relay();
    const attempts = [
      "/../secret.txt",
      "/../../secret.txt",
      "/assets/../../secret.txt",
      "/%2e%2e/secret.txt",
      "/%2E%2E%2Fsecret.txt",
      "/..%2fsecret.txt",
      "/..%5csecret.txt",
      "/..\\secret.txt",
      "/%252e%252e/secret.txt",
      "/secret.txt%00.html",
      "/../../../../../../etc/passwd",
      "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      "//etc/passwd",
    ];
    for (const attempt of attempts) {
      const res = await get(r.httpUrl, attempt, { accept: "text/html" });
      expect(res.body, attempt).not.toContain("TOP-SECRET");
      expect(res.body, attempt).not.toMatch(/root:.*:0:0:/);
      expect([200, 400, 404], attempt).toContain(res.status);
    }
  });

  it("says the app is not built when STATIC_DIR has no index.html", async () => {
    const r = await relay({ staticDir: path.join(root, "nowhere") });
    const res = await get(r.httpUrl, "/", { accept: "text/html" });
    expect(res.body).toContain("npm run build");
  });

  it("reports health and Prometheus metrics", async () => {
    const r = await relay();
    const a = connectClient(r.url);
    cleanups.push(() => a.shutdown());
    const handle = a.create({ n: 1 });
    await relayHolds(r, handle.documentId);
    const health = await get(r.httpUrl, "/healthz");
    expect(health.status).toBe(200);
    const body = JSON.parse(health.body) as Record<string, unknown>;
    expect(body).toMatchObject({ status: "ready", documents: 1, peers: 1 });
    expect(typeof body.uptime).toBe("number");
    const metrics = await get(r.httpUrl, "/metrics");
    expect(metrics.status).toBe(200);
    for (const name of [
      "relay_peers 1",
      "relay_documents 1",
      "relay_bytes_received_total",
      "relay_bytes_sent_total",
      'relay_messages_received_total{type="sync"}',
      "relay_rejected_frames_total",
      "relay_storage_errors_total",
      "relay_quota_refusals_total",
      "nodejs_eventloop_lag_seconds",
    ]) {
      expect(metrics.body).toContain(name);
    }
  });

  it("requires ACCESS_KEY on /sync and /metrics when set", async () => {
    const key = "s3cret-key-for-tests";
    const r = await relay({ accessKey: key });
    expect(await upgradeStatus(r.url)).toBe(401);
    expect(await upgradeStatus(`${r.url}?key=wrong-key-123`)).toBe(401);
    expect((await get(r.httpUrl, "/metrics")).status).toBe(401);
    expect((await get(r.httpUrl, `/metrics?key=${key}`)).status).toBe(200);
    const a = connectClient(`${r.url}?key=${key}`);
    const b = connectClient(`${r.url}?key=${key}`);
    cleanups.push(
      () => a.shutdown(),
      () => b.shutdown(),
    );
    const handle = a.create({ n: 1 });
    await relayHolds(r, handle.documentId);
    expect((await findOn<{ n: number }>(b, handle.url)).doc().n).toBe(1);
    expect(await get(r.httpUrl, "/metrics", { authorization: `Bearer ${key}` })).toMatchObject({
      status: 200,
    });
  });

  it("caps connections", async () => {
    const r = await relay({ limits: { maxConnections: 2 } });
    const open: WebSocket[] = [];
    for (let i = 0; i < 2; i++) {
      const ws = new WebSocket(r.url);
      open.push(ws);
      await new Promise((resolve) => ws.on("open", resolve));
    }
    cleanups.push(async () => open.forEach((ws) => ws.close()));
    expect(await upgradeStatus(r.url)).toBe(503);
    open.pop()?.close();
    await waitFor(async () => (await upgradeStatus(r.url)) === 101);
  });

  it("serves HTTPS and WSS with TLS_CERT/TLS_KEY", async () => {
    const dir = await tempDir("recolte-tls-");
    cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
    const certFile = path.join(dir, "cert.pem");
    const keyFile = path.join(dir, "key.pem");
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=localhost",
        "-keyout",
        keyFile,
        "-out",
        certFile,
      ],
      { stdio: "ignore" },
    );
    const r = await relay({ tls: { certFile, keyFile } });
    expect(r.url.startsWith("wss://")).toBe(true);
    const health = await get(r.httpUrl, "/healthz");
    expect(health.status).toBe(200);
    expect(await upgradeStatus(r.url)).toBe(101);
  });
});
