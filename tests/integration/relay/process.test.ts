/**
 * The relay as a process: SIGKILL mid-sync loses nothing it had persisted (everything received
 * more than a second before the kill), and SIGTERM (through `npm start`'s script) flushes and
 * exits 0.
 */
import fs from "node:fs/promises";
import path from "node:path";
import * as Automerge from "@automerge/automerge";
import { decodeHeads, type DocHandle, type Repo } from "@automerge/automerge-repo";
import { afterEach, describe, expect, it } from "vitest";
import { connectClient, findOn, startRelay, tempDir, waitFor } from "../../helpers/relay.js";
import { spawnRelay, type RelayProcess } from "../../helpers/relayProcess.js";

interface Counter {
  notes: Record<string, number>;
}

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function dataDir(): Promise<string> {
  const dir = await tempDir();
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  return path.join(dir, "data");
}

function track(proc: RelayProcess): RelayProcess {
  cleanups.push(async () => {
    if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill("SIGKILL");
    await proc.exited;
  });
  return proc;
}

function client(url: string): Repo {
  const repo = connectClient(url);
  cleanups.push(() => repo.shutdown());
  return repo;
}

/** Keys of the document as of the heads the relay acknowledged. */
function ackedKeys(handle: DocHandle<Counter>, relayStorage: string): string[] {
  const heads = handle.getSyncInfo(relayStorage as never)?.lastHeads;
  if (!heads) return [];
  const view = Automerge.view(handle.doc(), decodeHeads(heads));
  return Object.keys(view.notes);
}

/** True when the relay logged a save of `documentId` that started after `since`. */
function savedSince(logs: readonly string[], documentId: string, since: number): boolean {
  return logs.some((line) => {
    if (!line.includes("document saved") || !line.includes(documentId)) return false;
    const entry = JSON.parse(line) as { startedAt?: number };
    return (entry.startedAt ?? 0) > since;
  });
}

describe("relay process lifecycle", () => {
  it("after SIGKILL mid-sync, restarts on the same DATA_DIR and serves everything it had persisted", async () => {
    const dir = await dataDir();
    const relay = track(await spawnRelay({ dataDir: dir, env: { LOG_LEVEL: "debug" } }));
    const writer = client(relay.url);
    const docs = Array.from({ length: 5 }, () => writer.create<Counter>({ notes: {} }));
    let i = 0;
    const write = (): void => {
      const handle = docs[i % docs.length]!;
      const key = `n${i++}`;
      handle.change((d) => (d.notes[key] = i));
    };
    // Learn the relay's storage id from the acknowledgement of a first change.
    write();
    const relayStorage = await waitFor(
      () => Object.values(writer.peerMetadataByPeerId)[0]?.storageId,
    );

    // Keep writing; snapshot what the relay acknowledged, keep writing for > 1 s, then kill.
    const timer = setInterval(write, 5);
    cleanups.push(async () => clearInterval(timer));
    await waitFor(() => docs.every((h) => ackedKeys(h, relayStorage).length >= 3), {
      message: "acks",
    });
    const acked = docs.map((h) => ackedKeys(h, relayStorage));
    const snapshotAt = Date.now();
    // Kill once every document was saved by a save that started after the snapshot (so it covers
    // the acknowledged changes) and at least a second of traffic went by. On a loaded machine a
    // save can take longer than a second, hence the log line rather than the clock alone.
    await waitFor(
      () =>
        Date.now() - snapshotAt > 1200 &&
        docs.every((h) => savedSince(relay.logs, h.documentId, snapshotAt)),
      { timeout: 30_000, message: "saves covering the snapshot" },
    );
    relay.child.kill("SIGKILL");
    expect((await relay.exited).signal).toBe("SIGKILL");
    clearInterval(timer);

    const restarted = track(await spawnRelay({ dataDir: dir }));
    const reader = client(restarted.url);
    for (const [n, handle] of docs.entries()) {
      const copy = await findOn<Counter>(reader, handle.url);
      const restored = Object.keys(copy.doc().notes);
      expect(restored).toEqual(expect.arrayContaining(acked[n]!));
    }
    expect(i).toBeGreaterThan(50);
  });

  it("on SIGTERM (via npm start's script) flushes storage and exits 0", async () => {
    const dir = await dataDir();
    const relay = track(await spawnRelay({ dataDir: dir, via: "start" }));
    const writer = client(relay.url);
    const handle = writer.create<Counter>({ notes: {} });
    handle.change((d) => (d.notes.last = 1));
    const relayStorage = await waitFor(
      () => Object.values(writer.peerMetadataByPeerId)[0]?.storageId,
    );
    await waitFor(() => ackedKeys(handle, relayStorage).includes("last"));
    relay.child.kill("SIGTERM");
    expect(await relay.exited).toEqual({ code: 0, signal: null });
    expect(relay.logs.some((l) => l.includes("storage flushed"))).toBe(true);

    const again = await startRelay({ dataDir: dir });
    cleanups.push(() => again.close());
    const reader = client(again.url);
    const copy = await findOn<Counter>(reader, handle.url);
    expect(copy.doc().notes.last).toBe(1);
  });

  it("refuses an invalid configuration with a clear message", async () => {
    const dir = await dataDir();
    await expect(
      spawnRelay({ dataDir: dir, env: { PORT: "not-a-port" }, timeout: 10_000 }),
    ).rejects.toThrow(/PORT \/ --port: expected 0–65535/);
  });
});
