/**
 * The relay speaks the standard automerge-repo protocol: stock clients sync through it, converge,
 * find documents after the writers left (also after a restart), and merge offline edits.
 */
import fs from "node:fs/promises";
import path from "node:path";
import type { Repo } from "@automerge/automerge-repo";
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

interface Notes {
  title?: string;
  notes: Record<string, string>;
}

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function relay(options: { dataDir?: string } = {}): Promise<TestRelay> {
  const r = await startRelay(options);
  cleanups.push(() => r.close());
  return r;
}

function client(url: string, options: Parameters<typeof connectClient>[1] = {}): Repo {
  const repo = connectClient(url, options);
  cleanups.push(() => repo.shutdown());
  return repo;
}

describe("relay sync with stock automerge-repo clients", () => {
  it("persists a document from one client and serves it to another", async () => {
    const r = await relay();
    const a = client(r.url);
    const handle = a.create<Notes>({ title: "Atelier", notes: {} });
    handle.change((d) => (d.notes.n1 = "premier"));
    await relayHolds(r, handle.documentId);
    const b = client(r.url);
    const copy = await findOn<Notes>(b, handle.url);
    await waitFor(() => copy.doc().notes.n1 === "premier");
    expect(copy.doc().title).toBe("Atelier");
  });

  it("lets two clients converge on concurrent edits", async () => {
    const r = await relay();
    const a = client(r.url);
    const b = client(r.url);
    const ha = a.create<Notes>({ notes: {} });
    await relayHolds(r, ha.documentId);
    const hb = await findOn<Notes>(b, ha.url);
    for (let i = 0; i < 20; i++) {
      ha.change((d) => (d.notes[`a${i}`] = `from a ${i}`));
      hb.change((d) => (d.notes[`b${i}`] = `from b ${i}`));
    }
    await waitFor(
      () => Object.keys(ha.doc().notes).length === 40 && Object.keys(hb.doc().notes).length === 40,
    );
    expect(ha.doc()).toEqual(hb.doc());
  });

  it("serves documents to a third client after both writers left, and after a restart", async () => {
    const first = await startRelay();
    const a = connectClient(first.url);
    const b = connectClient(first.url);
    const ha = a.create<Notes>({ notes: { a: "1" } });
    await relayHolds(first, ha.documentId);
    const hb = await findOn<Notes>(b, ha.url);
    hb.change((d) => (d.notes.b = "2"));
    await waitFor(() => ha.doc().notes.b === "2");
    await Promise.all([a.shutdown(), b.shutdown()]);

    const c = client(first.url);
    const hc = await findOn<Notes>(c, ha.url);
    expect(hc.doc().notes).toEqual({ a: "1", b: "2" });
    await first.close();

    const second = await relay({ dataDir: first.dataDir });
    expect(second.storage.stats().documents).toBe(1);
    const d = client(second.url);
    const hd = await findOn<Notes>(d, ha.url);
    expect(hd.doc().notes).toEqual({ a: "1", b: "2" });
  });

  it("merges offline edits from two devices after they reconnect, losing none", async () => {
    const r = await relay();
    const devices = await tempDir("recolte-devices-");
    // A stock NodeFS storage may still be writing a chunk just after shutdown: retry ENOTEMPTY.
    cleanups.push(() => fs.rm(devices, { recursive: true, force: true, maxRetries: 10 }));
    const dirA = path.join(devices, "a");
    const dirB = path.join(devices, "b");

    // Both tablets get the document while online, then go offline.
    const a1 = connectClient(r.url, { storageDir: dirA });
    const ha = a1.create<Notes>({ notes: {} });
    await relayHolds(r, ha.documentId);
    const b1 = connectClient(r.url, { storageDir: dirB });
    await findOn<Notes>(b1, ha.url);
    await Promise.all([a1.shutdown(), b1.shutdown()]);

    // Offline, each adds notes and edits the same title.
    for (const [dir, who] of [
      [dirA, "a"],
      [dirB, "b"],
    ] as const) {
      const offline = connectClient(r.url, { storageDir: dir, offline: true });
      const h = await offline.find<Notes>(ha.url);
      for (let i = 0; i < 10; i++) h.change((d) => (d.notes[`${who}${i}`] = `${who} offline ${i}`));
      h.change((d) => (d.title = `titre ${who}`));
      await offline.shutdown();
    }

    // Back online: both converge on all 20 notes.
    const a2 = client(r.url, { storageDir: dirA });
    const b2 = client(r.url, { storageDir: dirB });
    const [fa, fb] = await Promise.all([a2.find<Notes>(ha.url), b2.find<Notes>(ha.url)]);
    await waitFor(
      () => Object.keys(fa.doc().notes).length === 20 && Object.keys(fb.doc().notes).length === 20,
      {
        message: "all offline notes on both devices",
      },
    );
    expect(fa.doc()).toEqual(fb.doc());
    expect(["titre a", "titre b"]).toContain(fa.doc().title);
  });

  it("never announces a document to a client that did not ask for it", async () => {
    const r = await relay();
    const a = client(r.url);
    const secret = a.create<Notes>({ notes: { s: "secret" } });
    const asked = a.create<Notes>({ notes: { p: "public" } });
    await relayHolds(r, secret.documentId);
    await relayHolds(r, asked.documentId);

    const c = client(r.url);
    const got = await findOn<Notes>(c, asked.url);
    // A change to the secret document while c is connected must not reach c either.
    secret.change((d) => (d.notes.t = "more"));
    got.change((d) => (d.notes.q = "from c"));
    await waitFor(() => asked.doc().notes.q === "from c");
    await r.repo.flush();
    expect(Object.keys(c.handles)).toEqual([asked.documentId]);
  });

  it("gossips remote heads to a subscribed client", async () => {
    const r = await relay();
    const devices = await tempDir("recolte-devices-");
    // A stock NodeFS storage may still be writing a chunk just after shutdown: retry ENOTEMPTY.
    cleanups.push(() => fs.rm(devices, { recursive: true, force: true, maxRetries: 10 }));
    const a = client(r.url, { storageDir: path.join(devices, "a") });
    const b = client(r.url, { storageDir: path.join(devices, "b") });
    const ha = a.create<Notes>({ notes: {} });
    await relayHolds(r, ha.documentId);
    const hb = await findOn<Notes>(b, ha.url);
    const aStorage = await a.storageId();
    expect(aStorage).toBeDefined();
    b.subscribeToRemotes([aStorage!]);
    ha.change((d) => (d.notes.x = "1"));
    await waitFor(
      () => {
        const info = hb.getSyncInfo(aStorage!);
        return info !== undefined && JSON.stringify(info.lastHeads) === JSON.stringify(ha.heads());
      },
      { message: "b learns a's heads through the relay" },
    );
  });

  it("acknowledges heads under its storage id (what the app's status uses)", async () => {
    const r = await relay();
    const a = client(r.url);
    const ha = a.create<Notes>({ notes: {} });
    ha.change((d) => (d.notes.x = "1"));
    const relayStorage = await r.repo.storageId();
    await waitFor(
      () => JSON.stringify(ha.getSyncInfo(relayStorage!)?.lastHeads) === JSON.stringify(ha.heads()),
    );
  });
});
