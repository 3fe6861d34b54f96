import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import * as ateliers from "../../../src/storage/ateliers";
import { DexieStorageAdapter } from "../../../src/storage/DexieStorageAdapter";
import { RecolteDb } from "../../../src/storage/LocalDb";
import * as profiles from "../../../src/storage/profiles";
import { removeDocumentChunks } from "../../../src/storage/removeDocuments";
import * as settings from "../../../src/storage/settings";
import * as syncState from "../../../src/storage/syncState";
import { bytes, dropDatabase, freshDbName } from "./storageFixtures";

const opened: RecolteDb[] = [];
const openDb = () => {
  const db = new RecolteDb(freshDbName("local"));
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const db of opened.splice(0)) await dropDatabase(db);
});

describe("profiles", () => {
  it("round-trips profiles and the current one", async () => {
    const db = openDb();
    expect(await profiles.getCurrentProfile(db)).toBeUndefined();
    const camille = { id: "p-camille", name: "Camille", color: "#2a7", createdAt: 2 };
    const ali = { id: "p-ali", name: "Ali", color: "#a27", createdAt: 1 };
    await profiles.saveProfile(db, camille);
    await profiles.saveProfile(db, ali);
    await profiles.setCurrentProfile(db, camille.id);
    expect(await profiles.getCurrentProfile(db)).toEqual(camille);
    expect(await profiles.listProfiles(db)).toEqual([ali, camille]);
    await profiles.saveProfile(db, { ...camille, name: "Camille D." });
    expect((await profiles.getCurrentProfile(db))?.name).toBe("Camille D.");
  });
});

describe("ateliers", () => {
  const entry = {
    documentId: "docA",
    url: "automerge:docA",
    title: "Atelier A",
    kind: "atelier" as const,
  };

  it("lists most recently opened first; upsert keeps addedAt and readyOffline", async () => {
    const db = openDb();
    await ateliers.upsertAtelier(db, entry, 100);
    await ateliers.upsertAtelier(
      db,
      { ...entry, documentId: "docB", url: "automerge:docB", title: "B" },
      200,
    );
    expect((await ateliers.listAteliers(db)).map((a) => a.documentId)).toEqual(["docB", "docA"]);
    await ateliers.setReadyOffline(db, "docA", true);
    await ateliers.touchAtelier(db, "docA", undefined, 300);
    expect((await ateliers.listAteliers(db)).map((a) => a.documentId)).toEqual(["docA", "docB"]);
    await ateliers.upsertAtelier(db, { ...entry, title: "Atelier A (renommé)" }, 400);
    await ateliers.touchAtelier(db, "docB", "B bis", 500);
    expect(await ateliers.listAteliers(db)).toEqual([
      {
        documentId: "docB",
        url: "automerge:docB",
        title: "B bis",
        kind: "atelier",
        addedAt: 200,
        lastOpenedAt: 500,
        readyOffline: false,
      },
      {
        ...entry,
        title: "Atelier A (renommé)",
        addedAt: 100,
        lastOpenedAt: 400,
        readyOffline: true,
      },
    ]);
    await ateliers.removeAtelier(db, "docB");
    expect((await ateliers.listAteliers(db)).map((a) => a.documentId)).toEqual(["docA"]);
  });
});

describe("settings", () => {
  it("reads defaults, round-trips values and ignores unreadable ones", async () => {
    const db = openDb();
    expect(await settings.getSetting(db, "relayUrl")).toBeNull();
    expect(await settings.getSetting(db, "language")).toBe("fr");
    await settings.setSetting(db, "relayUrl", "wss://relais.example/sync");
    await settings.setSetting(db, "language", "en");
    expect(await settings.getSetting(db, "relayUrl")).toBe("wss://relais.example/sync");
    expect(await settings.getSetting(db, "language")).toBe("en");
    await db.settings.put({ key: "language", value: "de" });
    expect(await settings.getSetting(db, "language")).toBe("fr");
  });
});

describe("syncState", () => {
  it("persists the relay's acknowledgement per document", async () => {
    const db = openDb();
    expect(await syncState.getSyncState(db, "docA")).toBeUndefined();
    const ack = {
      documentId: "docA",
      relayStorageId: "relay-1",
      heads: ["h1", "h2"],
      lastSyncAt: 42,
    };
    await syncState.saveSyncState(db, ack);
    expect(await syncState.getSyncState(db, "docA")).toEqual(ack);
  });
});

describe("removeDocumentChunks", () => {
  it("erases the documents' chunks (queued writes included) and acknowledgements, nothing else", async () => {
    const db = openDb();
    const adapter = new DexieStorageAdapter(db, {
      batchWindowMs: 60_000,
      idleWriteDelayMs: 60_000,
    });
    await adapter.save(["docA", "snapshot", "s"], bytes(1));
    await adapter.save(["docB", "snapshot", "s"], bytes(2));
    await adapter.save(["docC", "snapshot", "s"], bytes(3));
    await adapter.flush();
    await adapter.save(["docA", "incremental", "queued"], bytes(4));
    await syncState.saveSyncState(db, {
      documentId: "docA",
      relayStorageId: "r",
      heads: [],
      lastSyncAt: 1,
    });
    await syncState.saveSyncState(db, {
      documentId: "docC",
      relayStorageId: "r",
      heads: [],
      lastSyncAt: 1,
    });

    await removeDocumentChunks(db, ["docA", "docB"]);
    await adapter.flush();
    expect((await db.chunks.toArray()).map((row) => row.key[0])).toEqual(["docC"]);
    expect(await adapter.loadRange(["docA"])).toEqual([]);
    expect(await syncState.getSyncState(db, "docA")).toBeUndefined();
    expect(await syncState.getSyncState(db, "docC")).toBeDefined();
    adapter.dispose();
  });
});
