/** Category, note and cluster commands: effects, idempotence and bad input. */
import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  addCategory,
  addCluster,
  addNote,
  archiveCategory,
  archiveCluster,
  archiveNote,
  editNoteText,
  linkNoteContact,
  moveCategory,
  moveNote,
  noteBucket,
  renameCategory,
  renameCluster,
  restoreCategory,
  restoreCluster,
  restoreNote,
  selectArchivedNotes,
  selectBoard,
  selectCategories,
  unlinkNoteContact,
  type BoardItem,
  type DiagnosticDoc,
  type ProfileId,
} from "../../../../src/domain";
import { apply, makeDiagnostic, T0 } from "../../../fixtures/builders";
import { expectDomainError } from "../../../helpers/domain";
import { BY, cat, clu, con, makeBoard, nid, viewOf } from "../../../helpers/diagnostic";

const FAC = { viewer: { facilitator: true } };
const ids = (items: readonly BoardItem[]) => items.map((i) => i.id);
const column = (doc: A.Doc<DiagnosticDoc>, id: string) => {
  const col = selectBoard(viewOf(doc), FAC).find((c) => c.category.id === id);
  if (col === undefined) throw new Error(`no column ${id}`);
  return col;
};
const noteAt = (doc: A.Doc<DiagnosticDoc>, id: string) => doc.noteBuckets[noteBucket(id)]?.[id];

describe("categories", () => {
  it("adds, renames (by characters), moves, archives and restores a category", () => {
    let doc = apply(makeDiagnostic(BY), (d) =>
      addCategory(d, { id: cat("eau"), title: "Eau", by: BY, now: T0, afterId: "freins" }),
    );
    const order = (): string[] => selectCategories(viewOf(doc)).map((c) => c.id);
    expect(order().indexOf("eau")).toBe(order().indexOf("freins") + 1);
    doc = apply(doc, (d) => renameCategory(d, { id: cat("eau"), title: "Eau et sols" }));
    expect(viewOf(doc).categories["eau"]?.title).toBe("Eau et sols");
    doc = apply(doc, (d) =>
      moveCategory(d, { id: cat("eau"), afterId: null, beforeId: "travaux" }),
    );
    expect(order()[0]).toBe("eau");
    doc = apply(doc, (d) => moveCategory(d, { id: cat("travaux") }));
    expect(order().at(-1)).toBe("travaux");
    doc = apply(doc, (d) => archiveCategory(d, { id: cat("eau"), by: BY, now: T0 + 1 }));
    expect(order()).not.toContain("eau");
    expect(viewOf(doc).categories["eau"]?.archived).toEqual({ by: BY, at: T0 + 1 });
    doc = apply(doc, (d) => restoreCategory(d, { id: cat("eau") }));
    expect(order()[0]).toBe("eau");
  });

  it("adding an existing id changes nothing", () => {
    const doc = makeDiagnostic(BY);
    const again = apply(doc, (d) =>
      addCategory(d, { id: cat("freins"), title: "Autre", by: BY, now: T0 }),
    );
    expect(viewOf(again).categories["freins"]?.title).toBe("Freins");
  });

  it("rejects bad input", () => {
    const doc = makeDiagnostic(BY);
    const add = (args: Partial<Parameters<typeof addCategory>[1]>) => () =>
      apply(doc, (d) => addCategory(d, { id: cat("x"), title: "X", by: BY, now: T0, ...args }));
    expectDomainError(add({ id: cat("a b") }), "invalid-id");
    expectDomainError(add({ title: " " }), "required");
    expectDomainError(add({ title: "x".repeat(201) }), "too-long");
    expectDomainError(add({ by: "" as ProfileId }), "invalid-id");
    expectDomainError(add({ now: Number.NaN }), "invalid-timestamp");
    expectDomainError(add({ afterId: "__proto__" }), "invalid-id");
    expectDomainError(
      () => apply(doc, (d) => renameCategory(d, { id: cat("nope"), title: "Y" })),
      "not-found",
    );
    expectDomainError(() => apply(doc, (d) => moveCategory(d, { id: cat("nope") })), "not-found");
    expectDomainError(
      () =>
        apply(A.init<DiagnosticDoc>(), (d) =>
          addCategory(d, { id: cat("x"), title: "X", by: BY, now: T0 }),
        ),
      "not-initialised",
    );
  });
});

describe("notes", () => {
  it("adds notes last, first, or between two neighbours, in its bucket", () => {
    let doc = makeBoard([
      ["n1", "freins", "Foncier rare"],
      ["n2", "freins", "Peu de bénévoles"],
    ]);
    doc = apply(doc, (d) =>
      addNote(d, {
        id: nid("n0"),
        categoryId: cat("freins"),
        text: "",
        by: BY,
        now: T0,
        afterId: null,
      }),
    );
    doc = apply(doc, (d) =>
      addNote(d, {
        id: nid("n15"),
        categoryId: cat("freins"),
        text: "Entre",
        by: BY,
        now: T0,
        afterId: "n1",
        beforeId: "n2",
      }),
    );
    expect(ids(column(doc, "freins").notes)).toEqual(["n0", "n1", "n15", "n2"]);
    expect(noteAt(doc, "n1")).toMatchObject({
      text: "Foncier rare",
      categoryId: "freins",
      clusterId: "",
      authorContactId: "",
      hidden: false,
      moderation: null,
      mergedInto: null,
      archived: null,
      createdBy: BY,
    });
  });

  it("after one neighbour only, lands right after it (siblings read)", () => {
    let doc = makeBoard([
      ["n1", "freins", "a"],
      ["n2", "freins", "b"],
      ["n3", "freins", "c"],
    ]);
    doc = apply(doc, (d) =>
      moveNote(d, { id: nid("n3"), categoryId: cat("freins"), afterId: "n1" }),
    );
    expect(ids(column(doc, "freins").notes)).toEqual(["n1", "n3", "n2"]);
    doc = apply(doc, (d) =>
      moveNote(d, { id: nid("n1"), categoryId: cat("freins"), beforeId: "n2" }),
    );
    expect(ids(column(doc, "freins").notes)).toEqual(["n3", "n1", "n2"]);
  });

  it("edits text by characters and keeps the author and links", () => {
    let doc = makeBoard([["n1", "leviers", "Une AMAP", { authorContactId: con("ana") }]]);
    doc = apply(doc, (d) => editNoteText(d, { id: nid("n1"), text: "Une AMAP active" }));
    doc = apply(doc, (d) => linkNoteContact(d, { id: nid("n1"), contactId: con("bob") }));
    doc = apply(doc, (d) => linkNoteContact(d, { id: nid("n1"), contactId: con("cyd") }));
    doc = apply(doc, (d) => unlinkNoteContact(d, { id: nid("n1"), contactId: con("bob") }));
    const note = column(doc, "leviers").notes[0];
    expect(note).toMatchObject({
      text: "Une AMAP active",
      authorContactId: "ana",
      linkedContacts: ["cyd"],
    });
    // The text is collaborative text, so concurrent edits merge (see convergence tests).
    expect(typeof noteAt(doc, "n1")?.text).toBe("string");
  });

  it("moves a note to another category and cluster in ONE change", () => {
    let doc = makeBoard([
      ["n1", "freins", "a"],
      ["n2", "leviers", "b"],
    ]);
    doc = apply(doc, (d) =>
      addCluster(d, {
        id: clu("k1"),
        categoryId: cat("leviers"),
        title: "Outils",
        by: BY,
        now: T0,
      }),
    );
    const before = A.getHistory(doc).length;
    doc = apply(doc, (d) =>
      moveNote(d, {
        id: nid("n1"),
        categoryId: cat("leviers"),
        clusterId: clu("k1"),
        afterId: null,
        beforeId: null,
      }),
    );
    expect(A.getHistory(doc)).toHaveLength(before + 1);
    const col = column(doc, "leviers");
    expect(ids(col.clusters[0]?.notes ?? [])).toEqual(["n1"]);
    expect(ids(col.notes)).toEqual(["n2"]);
    expect(column(doc, "freins").count).toBe(0);
    // Moving within the category without a cluster argument keeps the cluster.
    doc = apply(doc, (d) => moveNote(d, { id: nid("n1"), categoryId: cat("leviers") }));
    expect(noteAt(doc, "n1")?.clusterId).toBe("k1");
    // Moving to another category without one leaves the cluster.
    doc = apply(doc, (d) => moveNote(d, { id: nid("n1"), categoryId: cat("freins") }));
    expect(noteAt(doc, "n1")?.clusterId).toBe("");
  });

  it("archives to the bin and restores", () => {
    let doc = makeBoard([["n1", "freins", "a"]]);
    doc = apply(doc, (d) => archiveNote(d, { id: nid("n1"), by: BY, now: T0 + 5 }));
    expect(column(doc, "freins").count).toBe(0);
    expect(selectArchivedNotes(viewOf(doc)).map((n) => [n.id, n.archived])).toEqual([
      ["n1", { by: BY, at: T0 + 5 }],
    ]);
    doc = apply(doc, (d) => restoreNote(d, { id: nid("n1") }));
    expect(ids(column(doc, "freins").notes)).toEqual(["n1"]);
    expect(selectArchivedNotes(viewOf(doc))).toEqual([]);
  });

  it("adding an existing id changes nothing", () => {
    const doc = makeBoard([["n1", "freins", "a"]]);
    const again = apply(doc, (d) =>
      addNote(d, { id: nid("n1"), categoryId: cat("leviers"), text: "b", by: BY, now: T0 }),
    );
    expect(noteAt(again, "n1")).toMatchObject({ text: "a", categoryId: "freins" });
  });

  it("rejects bad input", () => {
    const doc = makeBoard([["n1", "freins", "a"]]);
    const add = (args: Partial<Parameters<typeof addNote>[1]>) => () =>
      apply(doc, (d) =>
        addNote(d, {
          id: nid("n2"),
          categoryId: cat("freins"),
          text: "t",
          by: BY,
          now: T0,
          ...args,
        }),
      );
    expectDomainError(add({ id: nid("") }), "invalid-id");
    expectDomainError(add({ categoryId: cat("nope") }), "not-found");
    expectDomainError(add({ text: 3 as unknown as string }), "invalid-text");
    expectDomainError(add({ text: "x".repeat(2001) }), "too-long");
    expectDomainError(add({ clusterId: clu("nope") }), "not-found");
    expectDomainError(add({ authorContactId: con("a+b") }), "invalid-id");
    expectDomainError(add({ hidden: "yes" as unknown as boolean }), "invalid-field");
    expectDomainError(add({ now: -1 }), "invalid-timestamp");
    expectDomainError(
      () => apply(doc, (d) => editNoteText(d, { id: nid("n9"), text: "x" })),
      "not-found",
    );
    expectDomainError(
      () => apply(doc, (d) => moveNote(d, { id: nid("n1"), categoryId: cat("nope") })),
      "not-found",
    );
    expectDomainError(
      () => apply(doc, (d) => linkNoteContact(d, { id: nid("n1"), contactId: con("") })),
      "invalid-id",
    );
    expectDomainError(
      () => apply(doc, (d) => archiveNote(d, { id: nid("n9"), by: BY, now: T0 })),
      "not-found",
    );
  });
});

describe("clusters", () => {
  it("adds, renames, orders, archives (notes show unclustered) and restores", () => {
    let doc = makeBoard([["n1", "envies", "a"]]);
    doc = apply(doc, (d) => {
      addCluster(d, { id: clu("k2"), categoryId: cat("envies"), title: "Deux", by: BY, now: T0 });
      addCluster(d, {
        id: clu("k1"),
        categoryId: cat("envies"),
        title: "",
        by: BY,
        now: T0,
        afterId: null,
      });
      renameCluster(d, { id: clu("k1"), title: "Un" });
      moveNote(d, { id: nid("n1"), categoryId: cat("envies"), clusterId: clu("k2") });
    });
    expect(column(doc, "envies").clusters.map((c) => [c.cluster.id, c.cluster.title])).toEqual([
      ["k1", "Un"],
      ["k2", "Deux"],
    ]);
    doc = apply(doc, (d) => archiveCluster(d, { id: clu("k2"), by: BY, now: T0 }));
    expect(column(doc, "envies").clusters.map((c) => c.cluster.id)).toEqual(["k1"]);
    expect(ids(column(doc, "envies").notes)).toEqual(["n1"]);
    doc = apply(doc, (d) => restoreCluster(d, { id: clu("k2") }));
    expect(ids(column(doc, "envies").clusters[1]?.notes ?? [])).toEqual(["n1"]);
  });

  it("rejects bad input, and a note put in another category's or an archived cluster", () => {
    let doc = makeBoard([["n1", "freins", "a"]]);
    doc = apply(doc, (d) =>
      addCluster(d, { id: clu("k1"), categoryId: cat("leviers"), title: "L", by: BY, now: T0 }),
    );
    expectDomainError(
      () =>
        apply(doc, (d) =>
          addCluster(d, { id: clu("k2"), categoryId: cat("nope"), title: "", by: BY, now: T0 }),
        ),
      "not-found",
    );
    expectDomainError(
      () =>
        apply(doc, (d) =>
          addCluster(d, {
            id: clu("k2"),
            categoryId: cat("freins"),
            title: "x".repeat(201),
            by: BY,
            now: T0,
          }),
        ),
      "too-long",
    );
    expectDomainError(
      () => apply(doc, (d) => renameCluster(d, { id: clu("k9"), title: "" })),
      "not-found",
    );
    expectDomainError(
      () =>
        apply(doc, (d) =>
          moveNote(d, { id: nid("n1"), categoryId: cat("freins"), clusterId: clu("k1") }),
        ),
      "invalid-field",
    );
    doc = apply(doc, (d) => archiveCluster(d, { id: clu("k1"), by: BY, now: T0 }));
    expectDomainError(
      () =>
        apply(doc, (d) =>
          moveNote(d, { id: nid("n1"), categoryId: cat("leviers"), clusterId: clu("k1") }),
        ),
      "invalid-field",
    );
  });
});
