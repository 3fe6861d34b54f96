/** Applying bundles to real Repos: same ids, merge not replace, idempotent, persisted. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { DocHandle, DocumentId, Repo } from "@automerge/automerge-repo";
import { NodeFSStorageAdapter } from "@automerge/automerge-repo-storage-nodefs";
import { createAtelier } from "../../../src/sync/createDocument";
import {
  addAgendaItem,
  addContact,
  selectAgenda,
  setWorkshopText,
  type AddressBookDoc,
  type ContactId,
  type ProfileId,
  type WorkshopDoc,
} from "../../../src/domain";
import { BundleExportError, exportSeedBundle } from "../../../src/sync/bundleExport";
import { device, exportFrom, handleCount, importInto, snapshot } from "./devices";

const alice = "alice-profile" as ProfileId;
const bob = "bob-profile" as ProfileId;
let repos: Repo[] = [];
let dirs: string[] = [];

afterEach(async () => {
  await Promise.all(repos.map((repo) => repo.shutdown()));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  repos = [];
  dirs = [];
});

function track<R extends Repo>(repo: R): R {
  repos.push(repo);
  return repo;
}

function atelierOn(repo: Repo) {
  const created = createAtelier(repo, { title: "Atelier mobilités", by: alice, now: 1 });
  created.workshop.change((d) =>
    addAgendaItem(d, { id: "a1", title: "Accueil", by: alice, now: 2 }),
  );
  created.addressBook.change((d) =>
    addContact(d, { id: "c1" as ContactId, draft: { name: "Camille" }, by: alice, now: 3 }),
  );
  const ids = [created.workshop, created.addressBook, created.diagnostic].map((h) => h.documentId);
  return { ...created, ids };
}

function agendaTitles(handle: DocHandle<unknown>): string[] {
  return selectAgenda(handle.doc() as WorkshopDoc).map((item) => item.title);
}

describe("applyBundle", () => {
  it("adds the atelier under the same ids; importing again changes nothing", async () => {
    const a = track(device());
    const b = track(device());
    const atelier = atelierOn(a);
    const bytes = await exportFrom(a, atelier.workshop.documentId);

    const first = await importInto(b, bytes);
    expect(first.rootId).toBe(atelier.workshop.documentId);
    expect(first.title).toBe("Atelier mobilités");
    expect(first.documents.map((d) => d.status)).toEqual(["added", "added", "added"]);
    expect(snapshot(b, atelier.ids)).toEqual(snapshot(a, atelier.ids));

    const count = handleCount(b);
    const before = snapshot(b, atelier.ids);
    const second = await importInto(b, bytes);
    expect(second.documents.map((d) => d.status)).toEqual(["unchanged", "unchanged", "unchanged"]);
    expect(handleCount(b)).toBe(count);
    expect(snapshot(b, atelier.ids)).toEqual(before);
  });

  it("merges: newer local edits survive an older bundle, and both sides' work is kept", async () => {
    const a = track(device());
    const b = track(device());
    const atelier = atelierOn(a);
    const old = await exportFrom(a, atelier.workshop.documentId);
    await importInto(b, old);
    const onB = b.handles[atelier.workshop.documentId]!;
    onB.change((d) => {
      addAgendaItem(d as WorkshopDoc, { id: "b1", title: "Tour de table", by: bob, now: 5 });
      setWorkshopText(d as WorkshopDoc, { field: "theme", value: "Vélo" });
    });
    atelier.workshop.change((d) =>
      addAgendaItem(d, { id: "a2", title: "Repas", by: alice, now: 6 }),
    );

    const again = await importInto(b, old);
    expect(again.documents.every((d) => d.status === "unchanged")).toBe(true);
    expect(agendaTitles(onB)).toEqual(["Accueil", "Tour de table"]);

    const newer = await importInto(b, await exportFrom(a, atelier.workshop.documentId));
    expect(newer.documents[0]!.status).toBe("updated");
    expect(agendaTitles(onB).sort()).toEqual(["Accueil", "Repas", "Tour de table"]);
    expect((onB.doc() as WorkshopDoc).theme).toBe("Vélo");

    await importInto(a, await exportFrom(b, atelier.workshop.documentId));
    expect(snapshot(a, atelier.ids)).toEqual(snapshot(b, atelier.ids));
  });

  it("merges into a copy held in storage but not loaded, and writes the result", async () => {
    const dir = mkdtempSync(join(tmpdir(), "recolte-bundle-"));
    dirs.push(dir);
    const a = track(device());
    const atelier = atelierOn(a);
    const bundle = await exportFrom(a, atelier.workshop.documentId);

    const b1 = device(new NodeFSStorageAdapter(dir));
    await importInto(b1, bundle);
    b1.handles[atelier.addressBook.documentId]!.change((d) =>
      addContact(d as AddressBookDoc, {
        id: "c2" as ContactId,
        draft: { name: "Dominique" },
        by: bob,
        now: 7,
      }),
    );
    await b1.flush();
    await b1.shutdown();
    atelier.addressBook.change((d) =>
      addContact(d, { id: "c3" as ContactId, draft: { name: "Sacha" }, by: alice, now: 8 }),
    );

    // The same tablet restarted: the documents are on disk, nothing is in memory.
    const b2 = track(device(new NodeFSStorageAdapter(dir)));
    const result = await importInto(b2, await exportFrom(a, atelier.workshop.documentId));
    expect(result.documents.map((d) => d.status)).toEqual(["unchanged", "updated", "unchanged"]);
    await b2.shutdown();
    repos = repos.filter((repo) => repo !== b2);

    const b3 = track(device(new NodeFSStorageAdapter(dir)));
    const book = await b3.find<AddressBookDoc>(atelier.addressBook.documentId);
    const names = JSON.stringify(book.doc());
    for (const name of ["Camille", "Dominique", "Sacha"]) expect(names).toContain(name);
  });

  it("a document asked for but never received (joined by link) becomes ready", async () => {
    const a = track(device());
    const b = track(device());
    const atelier = atelierOn(a);
    const waiting = b.find(atelier.workshop.documentId);
    waiting.catch(() => undefined);
    const result = await importInto(b, await exportFrom(a, atelier.workshop.documentId));
    expect(result.documents[0]!.status).toBe("added");
    const handle = await waiting;
    expect(agendaTitles(handle)).toEqual(["Accueil"]);
  });

  it("refuses to export an atelier whose documents are not all here; seeds export alone", async () => {
    const a = track(device());
    const b = track(device());
    await expect(
      exportFrom(b, "4NMNnkMhL8jXrkKHQUiL6hLvmo3h" as DocumentId),
    ).rejects.toBeInstanceOf(BundleExportError);
    const seed = a.create<Record<string, unknown>>({
      schema: { kind: "seed", version: 1 },
      title: "Jardin",
    });
    const exported = await exportSeedBundle(a, seed.url, { app: "test" });
    const result = await importInto(b, exported.bytes);
    expect(result).toMatchObject({ scope: "seed", rootId: seed.documentId, title: "Jardin" });
    expect(result.documents).toHaveLength(1);
  });
});
