/**
 * Fan-out clients: each writes `{ ts, n }` under its own root key (no conflicts between writers)
 * and, on every update, records `now − ts` for each other writer whose `n` advanced.
 */
import * as A from "@automerge/automerge";
import type { DocHandle, Repo } from "@automerge/automerge-repo";
import type { AutomergeUrl } from "@automerge/automerge-repo";
import { WebSocket } from "ws";
import { clientRepo, closeRepo, connected, relayHolds, relayStorageId } from "../lib/repoClients";

/** One writer's entry in the room document. */
export interface Stamp {
  ts: number;
  n: number;
}
export type RoomDoc = Record<string, Stamp>;

/** Where latencies go; `window` bounds which sends count (by send time). */
export interface LatencySink {
  window: { start: number; end: number };
  samples: number[];
}

/** A connected client of one room. */
export interface FanoutClient {
  readonly id: string;
  /** Highest `n` seen from each other writer. */
  readonly seen: Map<string, number>;
  write(n: number): void;
  close(): Promise<void>;
}

/** Shared receive logic: compare the document with what this client has seen. */
function scan(doc: RoomDoc, self: string, seen: Map<string, number>, sink: LatencySink): void {
  const now = performance.now();
  for (const [writer, stamp] of Object.entries(doc)) {
    if (writer === self || stamp === undefined) continue;
    if (stamp.n <= (seen.get(writer) ?? 0)) continue;
    seen.set(writer, stamp.n);
    if (stamp.ts >= sink.window.start && stamp.ts < sink.window.end)
      sink.samples.push(now - stamp.ts);
  }
}

/** Client of the raw relay: plain Automerge, change bytes over the socket. */
export async function rawClient(url: string, id: string, sink: LatencySink): Promise<FanoutClient> {
  const socket = new WebSocket(url);
  await new Promise<void>((done, fail) => {
    socket.once("open", () => done());
    socket.once("error", fail);
  });
  let doc = A.init<RoomDoc>();
  const seen = new Map<string, number>();
  socket.on("message", (data: Buffer) => {
    [doc] = A.applyChanges(doc, [new Uint8Array(data.buffer, data.byteOffset, data.byteLength)]);
    scan(doc, id, seen, sink);
  });
  return {
    id,
    seen,
    write(n) {
      doc = A.change(doc, (d) => {
        d[id] = { ts: performance.now(), n };
      });
      const change = A.getLastLocalChange(doc);
      if (change) socket.send(change);
    },
    async close() {
      socket.terminate();
    },
  };
}

function repoFanoutClient(
  repo: Repo,
  handle: DocHandle<RoomDoc>,
  id: string,
  sink: LatencySink,
): FanoutClient {
  const seen = new Map<string, number>();
  handle.on("change", ({ doc }) => scan(doc, id, seen, sink));
  return {
    id,
    seen,
    write(n) {
      handle.change((d) => {
        d[id] = { ts: performance.now(), n };
      });
    },
    close: () => closeRepo(repo),
  };
}

/** Creates a room's document on the first client and waits until the relay holds it. */
export async function createRoom(
  url: string,
  id: string,
  sink: LatencySink,
): Promise<[FanoutClient, AutomergeUrl]> {
  const repo = clientRepo(url);
  await connected(repo);
  const handle = repo.create<RoomDoc>({});
  await relayHolds([handle], await relayStorageId(repo));
  return [repoFanoutClient(repo, handle, id, sink), handle.url];
}

/** Joins an existing room through the relay. */
export async function joinRoom(
  url: string,
  docUrl: AutomergeUrl,
  id: string,
  sink: LatencySink,
): Promise<FanoutClient> {
  const repo = clientRepo(url);
  await connected(repo);
  const handle = await repo.find<RoomDoc>(docUrl);
  return repoFanoutClient(repo, handle, id, sink);
}
