/**
 * The frozen v1 diagnostic (written by the shipped v1 stub) and the named migration
 * `diagnostic/2-board`, alone and run concurrently by two peers.
 */
import { createHash } from "node:crypto";
import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  addNote,
  applyMigrations,
  assessDocument,
  castDots,
  DEFAULT_CATEGORIES,
  diagnosticBoard,
  DIAGNOSTIC_MIGRATIONS,
  DIAGNOSTIC_SCHEMA_VERSION,
  editNoteText,
  markSpoken,
  noteBucket,
  normalizeDiagnostic,
  openVoteSession,
  revealNotes,
  selectBoard,
  selectCategories,
  selectVoteResults,
  type BoardNote,
  type DiagnosticDoc,
  type Migration,
} from "../../../../src/domain";
import { actorId, apply, makeProfileId, T0 } from "../../../fixtures/builders";
import { toJson } from "../../../helpers/domain";
import { checkMigrationContract } from "../../../helpers/domainMigrationContract";
import {
  BY,
  cat,
  con,
  diagnosticV1Bytes,
  loadDiagnosticV1,
  nid,
  ses,
  viewOf,
} from "../../../helpers/diagnostic";

/** The fixture is frozen: if these bytes change, someone regenerated it — don't. */
const FIXTURE_SHA256 = "03ebf1501c9532315d192f70bf0fdc7b81b8bf32000fd4206b53ae8b85c21be8";
const FAC = { viewer: { facilitator: true } };

const migrate = (doc: A.Doc<DiagnosticDoc>) =>
  applyMigrations(doc, DIAGNOSTIC_MIGRATIONS, DIAGNOSTIC_SCHEMA_VERSION);
const texts = (doc: unknown) =>
  selectBoard(viewOf(doc), FAC).flatMap((c) =>
    [...c.clusters.flatMap((k) => k.notes), ...c.notes].map(
      (n) => `${c.category.id}:${(n as BoardNote).text}`,
    ),
  );

describe("frozen v1 diagnostic", () => {
  it("is the committed bytes, a v1 stub edited by two devices", () => {
    expect(createHash("sha256").update(diagnosticV1Bytes()).digest("hex")).toBe(FIXTURE_SHA256);
    const doc = loadDiagnosticV1();
    expect(doc.schema).toEqual({ kind: "diagnostic", version: 1 });
    expect(new Set(A.getHistory(doc).map((c) => c.change.actor)).size).toBe(2);
  });

  it("needs exactly the v2 migration, and reads without problems even before it", () => {
    const doc = loadDiagnosticV1();
    expect(
      assessDocument(doc, "diagnostic", DIAGNOSTIC_SCHEMA_VERSION, DIAGNOSTIC_MIGRATIONS),
    ).toEqual({
      status: "needs-migration",
      pending: [diagnosticBoard],
    });
    const { value, problems } = normalizeDiagnostic(doc);
    expect(problems).toEqual([]);
    expect(Object.keys(value.notes).sort()).toEqual(["nFreinFoncier002", "noteNappeV1x0001"]);
    expect(texts(doc)).toEqual(["catEauV1proto001:La nappe baisse chaque été"]);
  });
});

describe("diagnostic/2-board", () => {
  it("adds the default categories under fixed ids, the buckets, and moves v1 notes into them", () => {
    const doc = migrate(loadDiagnosticV1());
    expect(A.getHistory(doc).at(-1)?.change.message).toBe("migrate: diagnostic/2-board");
    expect(doc.schema.version).toBe(2);
    expect(doc.notes).toEqual({});
    expect(doc.noteBuckets[noteBucket("noteNappeV1x0001")]?.["noteNappeV1x0001"]).toMatchObject({
      text: "La nappe baisse chaque été",
      clusterId: "cluSecheresse001",
      createdBy: makeProfileId("malik"),
      hidden: false,
      mergedInto: null,
    });
    const view = viewOf(doc);
    const ids = selectCategories(view).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(DEFAULT_CATEGORIES.map((c) => c.id)));
    expect(ids).toContain("catEauV1proto001");
    expect(view.categories["freins"]).toMatchObject({
      title: "Freins",
      createdBy: makeProfileId("claire"),
      createdAt: T0,
    });
    // The v1 note filed under « freins » before that category existed now shows in it.
    expect(texts(doc)).toEqual(
      expect.arrayContaining([
        "freins:Le foncier agricole est rare",
        "catEauV1proto001:La nappe baisse chaque été",
      ]),
    );
    const eau = selectBoard(view, FAC).find((c) => c.category.id === "catEauV1proto001");
    expect(eau?.clusters.map((k) => [k.cluster.title, k.notes.length])).toEqual([
      ["Sécheresse", 1],
    ]);
    expect(
      assessDocument(doc, "diagnostic", DIAGNOSTIC_SCHEMA_VERSION, DIAGNOSTIC_MIGRATIONS),
    ).toEqual({
      status: "current",
    });
  });

  it("meets the migration contract (concurrent run = single run, idempotent)", () => {
    checkMigrationContract(diagnosticBoard, loadDiagnosticV1());
  });

  it("after a concurrent migration, notes, reveals, votes and marks added on both sides are all kept", () => {
    const a0 = migrate(loadDiagnosticV1(actorId(0xa1)));
    const b0 = migrate(loadDiagnosticV1(actorId(0xb2)));
    const add = (id: string, text: string) => (d: DiagnosticDoc) =>
      addNote(d, { id: nid(id), categoryId: cat("envies"), text, hidden: true, by: BY, now: T0 });
    const a = apply(a0, (d) => {
      add("noteTabletteA01", "Tablette A")(d);
      revealNotes(d, { ids: ["noteTabletteA01"] });
      openVoteSession(d, { id: ses("voteA"), title: "A", budget: 2, by: BY, now: T0 });
      castDots(d, {
        sessionId: ses("voteA"),
        participant: con("ana"),
        dots: { noteTabletteA01: 2 },
        by: BY,
        now: T0,
      });
      markSpoken(d, { contactId: con("ana"), now: T0 });
    });
    const b = apply(b0, (d) => {
      add("noteTabletteB01", "Tablette B")(d);
      markSpoken(d, { contactId: con("bob"), now: T0 });
    });
    const ab = A.merge(A.clone(a), b);
    const ba = A.merge(A.clone(b), a);
    // Each side created its own `noteBuckets` (and votes, sessions, facilitation): one of each
    // is hidden by Automerge…
    expect(A.getConflicts(ab, "noteBuckets")).toBeDefined();
    expect(Object.keys(A.getConflicts(ab, "noteBuckets") ?? {})).toHaveLength(2);
    // …but the reader sees both copies, identically on both peers.
    for (const doc of [ab, ba]) {
      const view = viewOf(doc);
      expect(texts(doc)).toEqual(
        expect.arrayContaining(["envies:Tablette A", "envies:Tablette B"]),
      );
      expect(view.facilitation.revealed).toEqual({ noteTabletteA01: true });
      expect(Object.keys(view.facilitation.spoken).sort()).toEqual(["ana", "bob"]);
      expect(selectVoteResults(view, "voteA").rows.map((r) => [r.noteId, r.dots])).toEqual([
        ["noteTabletteA01", 2],
      ]);
    }
    expect(toJson(viewOf(ab))).toEqual(toJson(viewOf(ba)));
    // A command on a note only in the hidden copy adopts it into the visible one.
    const hiddenId =
      ab.noteBuckets[noteBucket("noteTabletteA01")]?.["noteTabletteA01"] === undefined
        ? "noteTabletteA01"
        : "noteTabletteB01";
    const edited = apply(ab, (d) => editNoteText(d, { id: nid(hiddenId), text: "Adoptée" }));
    expect(edited.noteBuckets[noteBucket(hiddenId)]?.[hiddenId]?.text).toBe("Adoptée");
    expect(viewOf(edited).notes[hiddenId]?.text).toBe("Adoptée");
  });

  it("reads a v1 note added offline by an old app after another peer migrated", () => {
    const old = apply(loadDiagnosticV1(actorId(0xc3)), (d) => {
      (d.notes as Record<string, unknown>)["zLateNote000001"] = {
        id: "zLateNote000001",
        categoryId: "freins",
        clusterId: "",
        text: "Ajoutée par l'app v1",
        rank: "a5",
        createdBy: "profile-old",
        createdAt: T0,
      };
    });
    const merged = A.merge(migrate(loadDiagnosticV1(actorId(0xa1))), old);
    expect(viewOf(merged).notes["zLateNote000001"]?.text).toBe("Ajoutée par l'app v1");
    const edited = apply(merged, (d) =>
      editNoteText(d, { id: nid("zLateNote000001"), text: "Modifiée" }),
    );
    expect(viewOf(edited).notes["zLateNote000001"]?.text).toBe("Modifiée");
  });

  it("a naive migration (default categories under random ids) fails the contract", () => {
    const naive: Migration<DiagnosticDoc> = {
      ...diagnosticBoard,
      up(doc) {
        diagnosticBoard.up(doc);
        for (const id of DEFAULT_CATEGORIES.map((c) => c.id)) {
          const copy = toJson(doc.categories[id]) as DiagnosticDoc["categories"][string];
          const fresh = `cat${Math.random().toString(36).slice(2, 10)}`;
          doc.categories[fresh] = { ...copy, id: cat(fresh) };
          delete doc.categories[id];
        }
      },
    };
    expect(() => checkMigrationContract(naive, loadDiagnosticV1())).toThrow();
  });
});
