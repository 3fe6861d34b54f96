/**
 * One reconnect measurement: tablet A syncs a large board, goes offline and makes `offline`
 * changes while tablet B (online) makes `concurrent` changes through the relay; A then reconnects
 * through a throttled link. Measured on A's link: bytes on the wire both ways, sync messages, time
 * until A, the relay and B all hold the merged document.
 */
import { deflateRawSync } from "node:zlib";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as Automerge from "@automerge/automerge";
import {
  Repo,
  encodeHeads,
  type AutomergeUrl,
  type DocHandle,
  type Message,
  type NetworkAdapterInterface,
} from "@automerge/automerge-repo";
import { WebSocketClientAdapter } from "@automerge/automerge-repo-network-websocket";
import { NodeFSStorageAdapter } from "@automerge/automerge-repo-storage-nodefs";
import { WebSocket } from "ws";
import { RelayClientAdapter } from "../../../src/sync/RelayClientAdapter";
import { waitFor } from "../../helpers/waitFor";
import { relayHolds, relayStorageId } from "../lib/repoClients";
import { round } from "../lib/stats";
import { editBoard, emptyBoard, seedNotes, type Board } from "./board";
import { startThrottleProxy, type LinkProfile } from "./throttle";

/** Which client network path tablet A uses. */
export type ClientKind = "stock" | "ours";

export interface ScenarioInput {
  client: ClientKind;
  /** Relay URL (direct, unthrottled) and its port (the proxy targets it). */
  relayUrl: string;
  relayPort: number;
  boardNotes: number;
  offline: number;
  concurrent: number;
  link: LinkProfile;
  seed: number;
}

export interface ScenarioResult {
  wire: { upBytes: number; downBytes: number; totalBytes: number; deflate: boolean | null };
  ideal: {
    upChangesBytes: number;
    downChangesBytes: number;
    changesBytes: number;
    changesDeflatedBytes: number;
    documentDeflatedBytes: number;
    /** min(changesBytes, documentDeflatedBytes), as the issue defines it. */
    bytes: number;
  };
  bytesOverIdeal: number;
  /** Sync messages for the board and their payload bytes (before compression). */
  syncMessages: {
    sent: number;
    received: number;
    total: number;
    sentBytes: number;
    receivedBytes: number;
  };
  /** From creating A's Repo (load from disk, connect) until A, relay and B hold the merged heads. */
  convergeMs: number;
  /** From A's handshake with the relay until convergence. */
  afterHandshakeMs: number;
}

function network(kind: ClientKind, url: string): NetworkAdapterInterface {
  if (kind === "stock") return new WebSocketClientAdapter(url, 1000);
  // The app's adapter uses the WebSocket global; `ws` offers permessage-deflate as browsers do.
  (globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;
  return new RelayClientAdapter(url) as unknown as NetworkAdapterInterface;
}

const trace = (msg: string): void => {
  if (process.env.RECONNECT_TRACE) process.stderr.write(`[reconnect] ${msg}\n`);
};

const sameHeads = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((h) => b.includes(h));

const bytesOf = (changes: Uint8Array[]): number => changes.reduce((n, c) => n + c.byteLength, 0);

function describe(direction: string, data: Uint8Array): void {
  const msg = Automerge.decodeSyncMessage(data);
  const sizes = msg.changes.map((c) => c.byteLength);
  trace(
    `${direction} ${data.byteLength} B: heads ${msg.heads.length}, need ${msg.need.length}, have ${msg.have.length} (bloom ${msg.have.reduce((n, h) => n + h.bloom.byteLength, 0)} B), changes ${sizes.length} (${sizes.reduce((a, b) => a + b, 0)} B, largest ${Math.max(0, ...sizes)})`,
  );
}

/** Counts A's sync messages for the board, both ways. */
function countMessages(repo: Repo, adapter: NetworkAdapterInterface, documentId: string) {
  const counts = { sent: 0, received: 0, sentBytes: 0, receivedBytes: 0 };
  const isSync = (m: Message): boolean =>
    (m.type === "sync" || m.type === "request") && m.documentId === documentId;
  adapter.on("message", (m) => {
    if (!isSync(m)) return;
    if (process.env.RECONNECT_TRACE && m.data) describe("in", m.data);
    counts.received++;
    counts.receivedBytes += m.data?.byteLength ?? 0;
  });
  const send = adapter.send.bind(adapter);
  adapter.send = (m: Message) => {
    if (isSync(m)) {
      if (process.env.RECONNECT_TRACE && m.data) describe("out", m.data);
      counts.sent++;
      counts.sentBytes += m.data?.byteLength ?? 0;
    }
    send(m);
  };
  return counts;
}

export async function runScenario(input: ScenarioInput): Promise<ScenarioResult> {
  const dir = await mkdtemp(join(tmpdir(), "recolte-bench-reconnect-"));
  const proxy = await startThrottleProxy(input.relayPort, input.link);
  const proxiedUrl = input.relayUrl.replace(`:${input.relayPort}`, `:${proxy.port}`);
  const cleanups: (() => Promise<unknown>)[] = [
    () => proxy.close(),
    () => rm(dir, { recursive: true, force: true }),
  ];
  try {
    // 1. A (a device with storage) builds the board online; B opens it.
    const a1 = new Repo({
      network: [network(input.client, input.relayUrl)],
      storage: new NodeFSStorageAdapter(dir),
    });
    const board = a1.create<Board>(emptyBoard());
    seedNotes(board, input.boardNotes, 20, input.seed);
    const storageId = await relayStorageId(a1);
    trace("A1 seeded");
    await relayHolds([board as DocHandle<unknown>], storageId, 120_000);
    const url: AutomergeUrl = board.url;
    trace("relay holds A1");
    await a1.shutdown();

    const b = new Repo({ network: [new WebSocketClientAdapter(input.relayUrl, 1000)] });
    cleanups.push(() => b.shutdown());
    const bBoard = await waitFor(() => b.find<Board>(url), { timeout: 60_000, message: "B opens" });

    // 2. A offline: `offline` changes, persisted. B online: `concurrent` changes, acknowledged.
    trace("B opened");
    const a2 = new Repo({ storage: new NodeFSStorageAdapter(dir) });
    const aBoard = await a2.find<Board>(url);
    editBoard(aBoard, input.offline, "tablet-a", input.seed + 1);
    const aDoc = aBoard.doc();
    await a2.flush();
    await a2.shutdown();
    editBoard(bBoard, input.concurrent, "tablet-b", input.seed + 2);
    await relayHolds([bBoard as DocHandle<unknown>], storageId, 120_000);
    const bDoc = bBoard.doc();
    trace("B edited, acked");

    // The ideal: what each side lacks, as Automerge changes (or the whole document, compressed).
    const merged = Automerge.merge(Automerge.clone(aDoc), Automerge.clone(bDoc));
    const up = Automerge.getChanges(bDoc, merged);
    const down = Automerge.getChanges(aDoc, merged);
    const changesBytes = bytesOf(up) + bytesOf(down);
    const upDeflated = deflateRawSync(Buffer.concat(up)).byteLength;
    const downDeflated = deflateRawSync(Buffer.concat(down)).byteLength;
    const changesDeflatedBytes = upDeflated + downDeflated;
    trace(
      `up changes ${bytesOf(up)} (deflated ${upDeflated}), down ${bytesOf(down)} (${downDeflated})`,
    );
    const documentDeflatedBytes = deflateRawSync(Automerge.save(merged)).byteLength;
    const idealBytes = Math.min(changesBytes, documentDeflatedBytes);
    const target = encodeHeads(Automerge.getHeads(merged));

    // 3. A comes back through the slow link.
    trace("ideal computed");
    proxy.reset();
    const started = performance.now();
    const adapter = network(input.client, proxiedUrl);
    const a3 = new Repo({ network: [adapter], storage: new NodeFSStorageAdapter(dir) });
    cleanups.push(() => a3.shutdown());
    const counts = countMessages(a3, adapter, board.documentId);
    let handshakeAt = Number.NaN;
    a3.networkSubsystem.once("peer", () => (handshakeAt = performance.now()));
    const aBack = await a3.find<Board>(url);
    trace("A3 found");
    let lastTrace = 0;
    await waitFor(
      () => {
        if (process.env.RECONNECT_TRACE && performance.now() - lastTrace > 1000) {
          lastTrace = performance.now();
          trace(
            `A ${aBack.heads().length} heads ok=${sameHeads(aBack.heads(), target)}, B ok=${sameHeads(bBoard.heads(), target)}, peers=${a3.peers.length}, bytes=${JSON.stringify(proxy.bytes)} msgs=${JSON.stringify(counts)}`,
          );
        }
        return sameHeads(aBack.heads(), target) && sameHeads(bBoard.heads(), target);
      },
      {
        timeout: 300_000,
        interval: 5,
        message: "A, relay and B converge",
      },
    );
    const done = performance.now();
    const totalBytes = proxy.bytes.up + proxy.bytes.down;
    return {
      wire: {
        upBytes: proxy.bytes.up,
        downBytes: proxy.bytes.down,
        totalBytes,
        deflate: proxy.deflate ?? null,
      },
      ideal: {
        upChangesBytes: bytesOf(up),
        downChangesBytes: bytesOf(down),
        changesBytes,
        changesDeflatedBytes,
        documentDeflatedBytes,
        bytes: idealBytes,
      },
      bytesOverIdeal: round(totalBytes / idealBytes, 3),
      syncMessages: { ...counts, total: counts.sent + counts.received },
      convergeMs: round(done - started, 1),
      afterHandshakeMs: round(done - handshakeAt, 1),
    };
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }
}
