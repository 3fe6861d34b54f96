/**
 * The Dexie side of « État de la sauvegarde » and « Quoi de neuf ? »: acknowledgements per
 * (document, relay) in the version-3 `relayAcks` table (with the legacy single `syncState` row still
 * read), the relay's last known upstream and the seen heads in `meta`, checked on read.
 */
import "fake-indexeddb/auto";
import Dexie from "dexie";
import { describe, expect, it } from "vitest";
import { RecolteDb } from "../../../src/storage/LocalDb";
import { createLocalStore } from "../../../src/app/localStore";

const ack = (documentId: string, relayStorageId: string, lastSyncAt: number) => ({
  documentId,
  relayStorageId,
  heads: [`h-${lastSyncAt}`],
  lastSyncAt,
});

describe("safety storage", () => {
  it("keeps one acknowledgement per (document, relay) and still reads the legacy row", async () => {
    const name = `safety-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores({
      chunks: "id, seq",
      profiles: "id, createdAt",
      meta: "key",
      ateliers: "documentId, lastOpenedAt",
      settings: "key",
      syncState: "documentId",
      quarantine: "++id, documentId, at",
    });
    v2.version(2).stores({ viewCache: "documentId" });
    await v2.table("syncState").put(ack("doc", "laptop", 1));
    v2.close();

    const db = new RecolteDb(name);
    const store = createLocalStore(db);
    expect(await store.loadRelayAcks("doc")).toEqual([ack("doc", "laptop", 1)]);
    await store.saveRelayAck(ack("doc", "laptop", 2));
    await store.saveRelayAck(ack("doc", "central", 3));
    await store.saveRelayAck(ack("other", "central", 4));
    const rows = await store.loadRelayAcks("doc");
    expect(rows.sort((a, b) => a.lastSyncAt - b.lastSyncAt)).toEqual([
      ack("doc", "laptop", 2),
      ack("doc", "central", 3),
    ]);
    db.close();
  });

  it("remembers the relay's upstream and the seen heads, rejecting junk on read", async () => {
    const db = new RecolteDb(`safety-meta-${Math.random()}`);
    const store = createLocalStore(db);
    expect(await store.loadUpstream("ws://laptop/sync")).toBeUndefined();
    await store.saveUpstream("ws://laptop/sync", null);
    expect(await store.loadUpstream("ws://laptop/sync")).toBeNull();
    const central = { host: "c.example", connected: false, storageId: "c-1", lastSyncAt: null };
    await store.saveUpstream("ws://laptop/sync", central);
    expect(await store.loadUpstream("ws://laptop/sync")).toEqual(central);

    expect(await store.loadSeenHeads("doc")).toBeUndefined();
    await store.saveSeenHeads("doc", ["aa", "bb"]);
    expect(await store.loadSeenHeads("doc")).toEqual(["aa", "bb"]);
    await db.meta.put({ key: "seen:bad", value: [1, 2] });
    expect(await store.loadSeenHeads("bad")).toBeUndefined();
    db.close();
  });
});
