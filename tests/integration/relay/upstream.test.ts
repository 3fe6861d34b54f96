/**
 * Field relay (UPSTREAM_URL) ↔ central relay, both in-process: everything the field relay holds
 * reaches the central relay (stored before the link existed, uploaded later), the central relay's
 * changes come back, a document only the central relay has reaches a tablet through the field
 * relay, the central relay's heads reach a tablet by remote-heads gossiping, and /healthz tells
 * the upstream state.
 */
import fs from "node:fs/promises";
import type { AddressInfo } from "node:net";
import {
  type DocHandle,
  type DocumentId,
  type Repo,
  type StorageId,
} from "@automerge/automerge-repo";
import { afterEach, describe, expect, it } from "vitest";
import {
  connectClient,
  findOn,
  relayHolds,
  startRelay,
  tempDir,
  waitFor,
  type TestRelay,
} from "../../helpers/relay.js";
import type { Relay, UpstreamStatus } from "../../../sync-server/src/relay.js";
import { loadConfig } from "../../../sync-server/src/config.js";

interface Notes {
  items: string[];
}

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function relay(options: Parameters<typeof startRelay>[0] = {}): Promise<TestRelay> {
  const r = await startRelay({ upstreamBackoffMs: { min: 50, max: 500 }, ...options });
  cleanups.push(async () => {
    await r.close();
    await fs.rm(r.dataDir, { recursive: true, force: true });
  });
  return r;
}

function client(url: string): Repo {
  const repo = connectClient(url);
  cleanups.push(() => repo.shutdown());
  return repo;
}

const sorted = (heads: readonly string[]): string[] => [...heads].sort();

/** The relay's heads for a document it has loaded, or undefined. */
function relayHeads(r: Relay, id: DocumentId): string[] | undefined {
  const handle = r.repo.handles[id];
  return handle?.isReady() ? sorted(handle.heads()) : undefined;
}

/** Waits until `r` holds the document at exactly the tablet's heads. */
async function sameAs(r: Relay, handle: DocHandle<Notes>, label: string): Promise<void> {
  await waitFor(
    () =>
      JSON.stringify(relayHeads(r, handle.documentId)) === JSON.stringify(sorted(handle.heads())),
    { timeout: 20_000, message: `${label} has ${handle.documentId} at the tablet's heads` },
  );
}

async function health(r: Relay): Promise<{ upstream: UpstreamStatus | null }> {
  const res = await fetch(`${r.httpUrl}/healthz`);
  return (await res.json()) as { upstream: UpstreamStatus | null };
}

describe("field relay with UPSTREAM_URL", () => {
  it("validates UPSTREAM_URL at start with a clear message", () => {
    const upstream = (value: string) => loadConfig({ UPSTREAM_URL: value }, []).upstreamUrl;
    expect(upstream("wss://central.example/sync?key=abcdefgh")).toBe(
      "wss://central.example/sync?key=abcdefgh",
    );
    expect(upstream("https://central.example")).toBe("wss://central.example/sync");
    expect(loadConfig({}, ["--upstream-url", "ws://10.0.0.2:3030/sync"]).upstreamUrl).toBe(
      "ws://10.0.0.2:3030/sync",
    );
    expect(loadConfig({}, []).upstreamUrl).toBeUndefined();
    expect(() => upstream("ftp://central.example")).toThrow(/UPSTREAM_URL .*ws:\/\/ or wss:\/\//);
    expect(() => upstream("central")).toThrow(/UPSTREAM_URL .*not a URL/);
  });

  it("pushes documents stored before the link, and uploaded later, both ways", async () => {
    const central = await relay();
    // A field relay that ran without upstream holds a document on disk…
    const fieldDir = `${await tempDir()}/data`;
    const offline = await startRelay({ dataDir: fieldDir });
    const tablet1 = connectClient(offline.url);
    const early = tablet1.create<Notes>({ items: [] });
    for (let i = 0; i < 20; i++) early.change((d) => d.items.push(`early-${i}`));
    await relayHolds(offline, early.documentId);
    await sameAs(offline, early, "field relay (no upstream)");
    await tablet1.shutdown();
    await offline.close();

    // …then restarts with UPSTREAM_URL: the stored document, never loaded since, goes up.
    const field = await relay({ dataDir: fieldDir, upstreamUrl: central.url });
    await waitFor(async () => (await health(field)).upstream?.connected, { message: "linked" });
    await sameAs(central, early, "central");
    expect(central.repo.handles[early.documentId]?.doc()?.items).toHaveLength(20);

    // A tablet uploads a new document to the field relay: it reaches the central relay too.
    const tablet = client(field.url);
    const late = tablet.create<Notes>({ items: [] });
    for (let i = 0; i < 30; i++) late.change((d) => d.items.push(`late-${i}`));
    await sameAs(central, late, "central");

    // A change made on the central relay (a third device) comes back to the tablet.
    const third = client(central.url);
    const there = await findOn<Notes>(third, late.url);
    there.change((d) => d.items.push("from-central"));
    await waitFor(() => late.doc().items.includes("from-central"), { timeout: 20_000 });
    await sameAs(central, late, "central");
    await sameAs(field, late, "field relay");
    const items = late.doc().items;
    expect(items).toHaveLength(31);
    expect(new Set(items).size).toBe(31); // nothing duplicated

    const status = (await health(field)).upstream;
    const centralStorage = await central.repo.storageId();
    expect(status).toEqual({
      host: new URL(central.url).host,
      connected: true,
      storageId: centralStorage,
      lastSyncAt: expect.any(Number),
    });
    expect((await health(central)).upstream).toBeNull();
    const metrics = await field.metrics.registry.metrics();
    expect(metrics).toMatch(/relay_upstream_connected 1/);
    expect(metrics).toMatch(/relay_upstream_documents_loaded_total 1/);
  });

  it("fetches from upstream a document a tablet asks for and the field relay lacks", async () => {
    const central = await relay();
    const field = await relay({ upstreamUrl: central.url });
    const third = client(central.url);
    const doc = third.create<Notes>({ items: ["made on the central relay"] });
    await relayHolds(central, doc.documentId);
    await waitFor(async () => (await health(field)).upstream?.connected, { message: "linked" });

    const tablet = client(field.url);
    const copy = await findOn<Notes>(tablet, doc.url, 20_000);
    expect(copy.doc().items).toEqual(["made on the central relay"]);
    // And it keeps syncing both ways through the field relay.
    copy.change((d) => d.items.push("from the tablet"));
    await waitFor(() => doc.doc().items.includes("from the tablet"), { timeout: 20_000 });
    expect(await field.metrics.registry.metrics()).toMatch(
      /relay_upstream_lookups_total\{result="found"\} 1/,
    );
  });

  it("asks the upstream again for requests parked while it was unreachable", async () => {
    const first = await relay();
    const third = connectClient(first.url);
    const doc = third.create<Notes>({ items: ["on the central relay"] });
    await relayHolds(first, doc.documentId);
    await third.shutdown();
    await first.close();

    const field = await relay({ upstreamUrl: first.url });
    const tablet = client(field.url);
    await waitFor(() => tablet.peers.length > 0, { message: "tablet connected" });
    const found = tablet.find<Notes>(doc.url); // parked: neither here nor reachable upstream
    await waitFor(() => field.upstream?.status().connected === false);
    const central = await relay({ dataDir: first.dataDir, port: first.port });
    const copy = await found;
    expect(copy.doc().items).toEqual(["on the central relay"]);
    expect(central.storage.has(doc.documentId)).toBe(true);
  });

  it("lets a tablet learn the central relay's heads through the field relay", async () => {
    const central = await relay();
    const field = await relay({ upstreamUrl: central.url });
    const status = await waitFor(async () => {
      const s = (await health(field)).upstream;
      return s?.connected && s.storageId ? s : undefined;
    });
    const centralStorage = status.storageId as StorageId;
    expect(centralStorage).toBe(await central.repo.storageId());

    const tablet = client(field.url);
    tablet.subscribeToRemotes([centralStorage]);
    const handle = tablet.create<Notes>({ items: [] });
    for (let round = 0; round < 3; round++) {
      handle.change((d) => d.items.push(`round-${round}`));
      await waitFor(
        () =>
          JSON.stringify(sorted(handle.getSyncInfo(centralStorage)?.lastHeads ?? [])) ===
          JSON.stringify(sorted(handle.heads())),
        { timeout: 20_000, message: `central heads reach the tablet (round ${round})` },
      );
    }
    // The tablet is not connected to the central relay: these heads came by gossip.
    expect(Object.values(tablet.peerMetadataByPeerId).map((m) => m.storageId)).not.toContain(
      centralStorage,
    );
  });

  it("survives a hostile upstream: bad frames close the link, never the relay", async () => {
    const { WebSocketServer } = await import("ws");
    const { cbor } = await import("@automerge/automerge-repo");
    const wss = new WebSocketServer({ port: 0, host: "127.0.0.1" });
    cleanups.push(() => new Promise((resolve) => wss.close(resolve)));
    await new Promise((resolve) => wss.once("listening", resolve));
    const peer = {
      type: "peer",
      senderId: "central",
      peerMetadata: {},
      selectedProtocolVersion: "1",
    };
    const attacks: ((ws: import("ws").WebSocket, join: Record<string, unknown>) => void)[] = [
      (ws) => ws.send("not binary"),
      (ws) => ws.send(Buffer.from([0xff, 0x00, 0x13])),
      (ws) => ws.send(cbor.encode({ type: "peer", senderId: 42 })),
      (ws, join) => {
        ws.send(cbor.encode({ ...peer, targetId: join.senderId }));
        ws.send(
          cbor.encode({
            type: "sync",
            senderId: "central",
            targetId: "someone-else",
            documentId: "x",
            data: new Uint8Array([1]),
          }),
        );
      },
      (ws, join) => {
        ws.send(cbor.encode({ ...peer, targetId: join.senderId }));
        ws.send(
          cbor.encode({
            type: "sync",
            senderId: "central",
            targetId: join.senderId,
            documentId: "4NMNnkMhL8jXrdJ9jamS58PAVdXu",
            data: new Uint8Array([1, 2, 3]),
          }),
        );
      },
      (ws, join) => {
        ws.send(cbor.encode({ ...peer, targetId: join.senderId }));
        ws.send(
          cbor.encode({ type: "launch-missiles", senderId: "central", targetId: join.senderId }),
        );
      },
    ];
    let attempt = 0;
    wss.on("connection", (ws) => {
      ws.once("message", (data) => {
        const join = cbor.decode(new Uint8Array(data as Buffer)) as Record<string, unknown>;
        const attack = attacks[attempt++ % attacks.length];
        attack?.(ws, join);
      });
    });
    const port = (wss.address() as AddressInfo).port;
    const field = await relay({ upstreamUrl: `ws://127.0.0.1:${port}/sync` });
    await waitFor(() => attempt >= attacks.length + 1, { timeout: 30_000, message: "all attacks" });

    const metrics = await field.metrics.registry.metrics();
    for (const reason of ["binary-expected", "not-peer", "bad-target", "bad-data", "unknown-type"])
      expect(metrics).toContain(`relay_upstream_rejected_frames_total{reason="${reason}"}`);
    // The field relay still serves tablets.
    const tablet = client(field.url);
    const doc = tablet.create<Notes>({ items: ["still here"] });
    await relayHolds(field, doc.documentId);
    const res = await fetch(`${field.httpUrl}/healthz`);
    expect(res.status).toBe(200);
  });
});
