import "fake-indexeddb/auto";
import Dexie from "dexie";
import { describe, expect, it } from "vitest";
import { RecolteDb } from "../../../src/storage/LocalDb";
import { loadCachedView, saveCachedView } from "../../../src/storage/viewCache";
import { removeDocumentChunks } from "../../../src/storage/removeDocuments";

describe("view cache", () => {
  it("round-trips a view and is erased with the document", async () => {
    const db = new RecolteDb(`views-${Math.random()}`);
    await saveCachedView(db, {
      documentId: "doc1",
      heads: ["ab"],
      savedAt: 5,
      view: { n: [1, 2] },
    });
    expect(await loadCachedView(db, "doc1")).toMatchObject({ heads: ["ab"], view: { n: [1, 2] } });
    expect(await loadCachedView(db, "missing")).toBeUndefined();
    await removeDocumentChunks(db, ["doc1"]);
    expect(await loadCachedView(db, "doc1")).toBeUndefined();
    db.close();
  });

  it("a version-1 database upgrades in place, keeping its data", async () => {
    const name = `upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      chunks: "id, seq",
      profiles: "id, createdAt",
      meta: "key",
      ateliers: "documentId, lastOpenedAt",
      settings: "key",
      syncState: "documentId",
      quarantine: "++id, documentId, at",
    });
    await v1.table("profiles").put({ id: "p1", name: "Camille", color: "#000", createdAt: 1 });
    v1.close();

    const db = new RecolteDb(name);
    expect(await db.profiles.get("p1")).toMatchObject({ name: "Camille" });
    await saveCachedView(db, { documentId: "d", heads: [], savedAt: 1, view: null });
    expect(db.verno).toBe(3); // v3: per-relay acknowledgements (relayAcks)
    db.close();
  });
});
