/**
 * `selectBoardFrom` (the board updated from the previous selection) returns exactly what
 * `selectBoard` computes from scratch, after any sequence of commands — and keeps the columns a
 * change did not touch. A naive update (the moved note appended, not placed by rank) is caught
 * by the same property.
 */
import * as A from "@automerge/automerge";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCluster,
  addNote,
  archiveNote,
  editNoteText,
  mergeNotes,
  moderateNote,
  moveNote,
  restoreNote,
  revealNotes,
  selectBoard,
  selectBoardFrom,
  unmergeNote,
  type BoardSelection,
  type BoardViewer,
  type DiagnosticDoc,
} from "../../../../src/domain";
import { T0 } from "../../../fixtures/builders";
import { BY, cat, clu, makeBoard, nid, viewOf } from "../../../helpers/diagnostic";

const CATS = ["freins", "leviers", "besoins"];
const IDS = ["n0", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9"];

function start(): A.Doc<DiagnosticDoc> {
  let doc = makeBoard(IDS.map((id, i) => [id, CATS[i % 3] as string, `Note ${i}`]));
  doc = A.change(doc, (d) => {
    addCluster(d, { id: clu("k1"), categoryId: cat("freins"), title: "G", by: BY, now: T0 });
    addNote(d, {
      id: nid("h1"),
      categoryId: cat("leviers"),
      text: "masquée",
      hidden: true,
      by: BY,
      now: T0,
    });
  });
  return doc;
}

const id = fc.constantFrom(...IDS, "h1");
const neighbour = fc.option(fc.constantFrom(...IDS), { nil: null });
const command = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constant("edit" as const), id, fc.string({ maxLength: 6 })) },
  {
    weight: 6,
    arbitrary: fc.tuple(
      fc.constant("move" as const),
      id,
      fc.constantFrom(...CATS),
      fc.boolean(),
      neighbour,
      neighbour,
    ),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constant("archive" as const), id) },
  { weight: 1, arbitrary: fc.tuple(fc.constant("restore" as const), id) },
  { weight: 1, arbitrary: fc.tuple(fc.constant("merge" as const), id, id) },
  { weight: 1, arbitrary: fc.tuple(fc.constant("unmerge" as const), id) },
  { weight: 1, arbitrary: fc.tuple(fc.constant("moderate" as const), id) },
  { weight: 1, arbitrary: fc.tuple(fc.constant("reveal" as const), id) },
  { weight: 1, arbitrary: fc.tuple(fc.constant("add" as const), fc.constantFrom(...CATS)) },
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

let added = 0;
function applyCommand(doc: A.Doc<DiagnosticDoc>, c: Command): A.Doc<DiagnosticDoc> {
  try {
    return A.change(doc, (d) => {
      const [kind] = c;
      if (c[0] === "edit") editNoteText(d, { id: nid(c[1]), text: c[2] });
      else if (c[0] === "move") {
        const [, note, to, cluster, afterId, beforeId] = c;
        const clusterId = cluster && to === "freins" ? clu("k1") : "";
        moveNote(d, { id: nid(note), categoryId: cat(to), clusterId, afterId, beforeId });
      } else if (c[0] === "archive") archiveNote(d, { id: nid(c[1]), by: BY, now: T0 });
      else if (c[0] === "restore") restoreNote(d, { id: nid(c[1]) });
      else if (c[0] === "merge") mergeNotes(d, { sourceId: nid(c[1]), targetId: nid(c[2]) });
      else if (c[0] === "unmerge") unmergeNote(d, { sourceId: nid(c[1]) });
      else if (c[0] === "moderate")
        moderateNote(d, { id: nid(c[1]), reason: "hors sujet", by: BY, now: T0 });
      else if (c[0] === "reveal") revealNotes(d, { ids: [nid(c[1])] });
      else if (kind === "add") {
        addNote(d, { id: nid(`x${added++}`), categoryId: cat(c[1]), text: "+", by: BY, now: T0 });
      }
    });
  } catch {
    return doc; // refused input (a merge into itself, say): nothing written
  }
}

type From = typeof selectBoardFrom;

function agrees(from: From, viewer: BoardViewer) {
  return fc.property(fc.array(command, { minLength: 1, maxLength: 25 }), (commands) => {
    let doc = start();
    let selection: BoardSelection = from(viewOf(doc), viewer);
    for (const c of commands) {
      doc = applyCommand(doc, c);
      const view = viewOf(doc);
      selection = from(view, viewer, selection);
      expect(selection.columns).toEqual(selectBoard(view, { viewer }));
    }
  });
}

/** A naive update: the same, but moved notes appended at the end of their new list. */
const naive: From = (view, viewer, previous) => {
  const next = selectBoardFrom(view, viewer, previous);
  if (previous === undefined || next.columns === previous.columns) return next;
  const columns = next.columns.map((column, i) => {
    if (column === previous.columns[i]) return column;
    const notes = [...column.notes].sort(
      (a, b) =>
        Number(previous.columns[i]?.notes.some((n) => n.id === a.id) === false) -
        Number(previous.columns[i]?.notes.some((n) => n.id === b.id) === false),
    );
    return { ...column, notes };
  });
  return { ...next, columns };
};

describe("selectBoardFrom", () => {
  it("equals selectBoard after any commands, for a participant and a facilitator", () => {
    fc.assert(agrees(selectBoardFrom, { facilitator: false }), { numRuns: 30 });
    fc.assert(agrees(selectBoardFrom, { facilitator: true }), { numRuns: 20 });
  });

  it("keeps untouched columns and items: one edit rebuilds one column", () => {
    let doc = start();
    const viewer = { facilitator: false };
    const before = selectBoardFrom(viewOf(doc), viewer);
    doc = A.change(doc, (d) => editNoteText(d, { id: nid("n1"), text: "modifiée" }));
    const after = selectBoardFrom(viewOf(doc), viewer, before);
    const changed = after.columns.filter((c, i) => c !== before.columns[i]);
    expect(changed.map((c) => c.category.id)).toEqual(["leviers"]);
    const kept = after.columns.find((c) => c.category.id === "freins");
    expect(kept).toBe(before.columns.find((c) => c.category.id === "freins"));
  });

  it("one drop rebuilds the two columns it leaves and enters", () => {
    let doc = start();
    const viewer = { facilitator: false };
    const before = selectBoardFrom(viewOf(doc), viewer);
    doc = A.change(doc, (d) =>
      moveNote(d, { id: nid("n0"), categoryId: cat("leviers"), afterId: "n1", beforeId: "n4" }),
    );
    const after = selectBoardFrom(viewOf(doc), viewer, before);
    const changed = after.columns.filter((c, i) => c !== before.columns[i]);
    expect(changed.map((c) => c.category.id).sort()).toEqual(["freins", "leviers"]);
    const leviers = after.columns.find((c) => c.category.id === "leviers");
    expect(leviers?.notes.map((n) => n.id)).toEqual(["n1", "n0", "n4", "n7", "h1"]);
  });

  it("the property catches a naive update that appends moved notes", () => {
    const result = fc.check(agrees(naive, { facilitator: false }), { numRuns: 100, seed: 7 });
    expect(result.failed).toBe(true);
  });
});
