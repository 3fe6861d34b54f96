/** Merging notes: a read-time fold (only `mergedInto` is written), undoable, chains and cycles. */
import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  archiveNote,
  editNoteText,
  mergeNotes,
  noteBucket,
  selectBoard,
  unmergeNote,
  type BoardNote,
  type DiagnosticDoc,
} from "../../../../src/domain";
import { actorId, apply, T0 } from "../../../fixtures/builders";
import { expectDomainError } from "../../../helpers/domain";
import { BY, makeBoard, nid, viewOf } from "../../../helpers/diagnostic";

const FAC = { viewer: { facilitator: true } };
const shown = (doc: A.Doc<DiagnosticDoc>) =>
  selectBoard(viewOf(doc), FAC)
    .flatMap((c) => [...c.clusters.flatMap((k) => k.notes), ...c.notes])
    .map((n) => [n.id, (n as BoardNote).merged.map((m) => m.id)]);

const board = () =>
  makeBoard([
    ["a", "freins", "Pas de terrain"],
    ["b", "freins", "Foncier rare"],
    ["c", "leviers", "Manque de foncier"],
  ]);

describe("mergeNotes / unmergeNote", () => {
  it("folds the source into its target (other category too), nothing copied; undo restores", () => {
    const before = board();
    let doc = apply(before, (d) => mergeNotes(d, { sourceId: nid("c"), targetId: nid("b") }));
    expect(shown(doc)).toEqual([
      ["a", []],
      ["b", ["c"]],
    ]);
    expect(doc.noteBuckets[noteBucket("c")]?.["c"]).toMatchObject({
      mergedInto: "b",
      text: "Manque de foncier",
    });
    // An edit made to the source while merged still shows inside the target.
    doc = apply(doc, (d) => editNoteText(d, { id: nid("c"), text: "Manque de foncier agricole" }));
    const b = selectBoard(viewOf(doc), FAC)[3]?.notes[1] as BoardNote;
    expect(b.merged[0]?.text).toBe("Manque de foncier agricole");
    doc = apply(doc, (d) => unmergeNote(d, { sourceId: nid("c") }));
    expect(shown(doc)).toEqual([
      ["a", []],
      ["b", []],
      ["c", []],
    ]);
  });

  it("merging into a merged note folds into its root; the reverse is refused", () => {
    let doc = apply(board(), (d) => mergeNotes(d, { sourceId: nid("b"), targetId: nid("a") }));
    expectDomainError(
      () => apply(doc, (d) => mergeNotes(d, { sourceId: nid("b"), targetId: nid("c") })),
      "note-already-merged",
    );
    doc = apply(doc, (d) => mergeNotes(d, { sourceId: nid("c"), targetId: nid("b") }));
    expect(doc.noteBuckets[noteBucket("c")]?.["c"]?.mergedInto).toBe("a");
    expect(shown(doc)).toEqual([["a", ["b", "c"]]]);
    expectDomainError(
      () => apply(doc, (d) => mergeNotes(d, { sourceId: nid("a"), targetId: nid("c") })),
      "same-note",
    );
    // Merging again into the same group changes nothing.
    const same = apply(doc, (d) => mergeNotes(d, { sourceId: nid("b"), targetId: nid("c") }));
    expect(shown(same)).toEqual(shown(doc));
  });

  it("rejects bad input", () => {
    const doc = board();
    expectDomainError(
      () => apply(doc, (d) => mergeNotes(d, { sourceId: nid("a"), targetId: nid("a") })),
      "same-note",
    );
    expectDomainError(
      () => apply(doc, (d) => mergeNotes(d, { sourceId: nid("z"), targetId: nid("a") })),
      "not-found",
    );
    expectDomainError(
      () => apply(doc, (d) => mergeNotes(d, { sourceId: nid("a"), targetId: nid("") })),
      "invalid-id",
    );
    expectDomainError(() => apply(doc, (d) => unmergeNote(d, { sourceId: nid("z") })), "not-found");
  });

  it("concurrent opposite merges (a cycle) show one note, the same on every device", () => {
    const base = board();
    const x = apply(A.clone(base, { actor: actorId(0xa1) }), (d) =>
      mergeNotes(d, { sourceId: nid("a"), targetId: nid("b") }),
    );
    const y = apply(A.clone(base, { actor: actorId(0xb2) }), (d) =>
      mergeNotes(d, { sourceId: nid("b"), targetId: nid("a") }),
    );
    const xy = A.merge(A.clone(x), y);
    const yx = A.merge(A.clone(y), x);
    expect(shown(xy)).toEqual([
      ["a", ["b"]],
      ["c", []],
    ]);
    expect(shown(yx)).toEqual(shown(xy));
  });

  it("a note merged into a note that goes to the bin shows on its own", () => {
    let doc = apply(board(), (d) => mergeNotes(d, { sourceId: nid("b"), targetId: nid("a") }));
    doc = apply(doc, (d) => archiveNote(d, { id: nid("a"), by: BY, now: T0 }));
    expect(shown(doc)).toEqual([
      ["b", []],
      ["c", []],
    ]);
  });
});
