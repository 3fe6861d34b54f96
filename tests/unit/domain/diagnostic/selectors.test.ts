/** Board, synthesis and priority-needs selectors. */
import { describe, expect, it } from "vitest";
import {
  addCluster,
  archiveCategory,
  castDots,
  closeVoteSession,
  mergeNotes,
  moderateNote,
  openVoteSession,
  selectBoard,
  selectCategories,
  selectPriorityNeeds,
  selectSynthesis,
  type DiagnosticView,
} from "../../../../src/domain";
import { apply, T0 } from "../../../fixtures/builders";
import { BY, cat, clu, con, makeBoard, nid, ses, viewOf } from "../../../helpers/diagnostic";

function sample() {
  const doc = makeBoard([
    ["b1", "besoins", "Un local"],
    ["b2", "besoins", "Des bénévoles"],
    ["b3", "besoins", "Un financement"],
    ["b4", "besoins", "Propos déplacé"],
    ["f1", "freins", "Foncier"],
  ]);
  return apply(doc, (d) => {
    addCluster(d, {
      id: clu("k1"),
      categoryId: cat("besoins"),
      title: "Moyens humains",
      by: BY,
      now: T0,
    });
    mergeNotes(d, { sourceId: nid("b3"), targetId: nid("b1") });
    moderateNote(d, { id: nid("b4"), reason: "Hors sujet", by: BY, now: T0 });
    openVoteSession(d, { id: ses("v1"), title: "Priorités", budget: 3, by: BY, now: T0 });
    castDots(d, {
      sessionId: ses("v1"),
      participant: con("ana"),
      dots: { b2: 2, b3: 1 },
      by: BY,
      now: T0,
    });
    castDots(d, {
      sessionId: ses("v1"),
      participant: con("bob"),
      dots: { b2: 1, f1: 2 },
      by: BY,
      now: T0,
    });
    openVoteSession(d, { id: ses("v2"), title: "Encore ouvert", budget: 5, by: BY, now: T0 });
    castDots(d, {
      sessionId: ses("v2"),
      participant: con("ana"),
      dots: { b1: 5 },
      by: BY,
      now: T0,
    });
  });
}

describe("selectBoard", () => {
  it("gives every live category in order, each with clusters and notes in (rank, id) order", () => {
    const view = viewOf(sample());
    const board = selectBoard(view, { viewer: { facilitator: true } });
    expect(board.map((c) => c.category.id)).toEqual(selectCategories(view).map((c) => c.id));
    const needs = board.find((c) => c.category.id === "besoins");
    expect(needs?.clusters.map((c) => c.cluster.id)).toEqual(["k1"]);
    expect(needs?.notes.map((n) => n.id)).toEqual(["b1", "b2", "b4"]);
    expect(needs?.count).toBe(3);
  });

  it("ties in rank are ordered by id, the same on every device", () => {
    const view = viewOf(makeBoard());
    const tied: DiagnosticView = {
      ...view,
      notes: Object.fromEntries(
        ["z", "m", "a"].map((id) => [
          id,
          {
            id: nid(id),
            categoryId: cat("freins"),
            clusterId: "",
            text: id,
            rank: "a0",
            authorContactId: "",
            linkedContacts: {},
            hidden: false,
            moderation: null,
            mergedInto: null,
            archived: null,
            createdBy: BY,
            createdAt: T0,
          },
        ]),
      ),
    };
    const col = selectBoard(tied, { viewer: { facilitator: false } }).find(
      (c) => c.category.id === "freins",
    );
    expect(col?.notes.map((n) => n.id)).toEqual(["a", "m", "z"]);
  });

  it("notes of an archived category leave the board with it", () => {
    const doc = apply(sample(), (d) => archiveCategory(d, { id: cat("freins"), by: BY, now: T0 }));
    const board = selectBoard(viewOf(doc), { viewer: { facilitator: true } });
    expect(board.map((c) => c.category.id)).not.toContain("freins");
  });
});

describe("selectSynthesis and selectPriorityNeeds", () => {
  it("counts shown notes and clusters per category; top-voted from CLOSED sessions only", () => {
    let doc = sample();
    let needs = selectSynthesis(viewOf(doc)).find((c) => c.category.id === "besoins");
    expect(needs?.noteCount).toBe(2); // b3 folded into b1, b4 moderated
    expect(needs?.clusters.map((c) => [c.cluster.title, c.noteCount])).toEqual([
      ["Moyens humains", 0],
    ]);
    expect(needs?.topVoted).toEqual([]); // v1 still open
    doc = apply(doc, (d) => closeVoteSession(d, { id: ses("v1"), now: T0 }));
    needs = selectSynthesis(viewOf(doc)).find((c) => c.category.id === "besoins");
    expect(needs?.topVoted.map((n) => [n.id, n.dots, n.mergedIds])).toEqual([
      ["b2", 3, []],
      ["b1", 1, ["b3"]],
    ]);
    expect(selectPriorityNeeds(viewOf(doc)).map((n) => [n.id, n.text, n.dots])).toEqual([
      ["b2", "Des bénévoles", 3],
      ["b1", "Un local", 1],
    ]);
    const freins = selectSynthesis(viewOf(doc)).find((c) => c.category.id === "freins");
    expect(freins?.topVoted.map((n) => [n.id, n.dots])).toEqual([["f1", 2]]);
  });

  it("no « besoins » category (archived) → no priority needs", () => {
    const doc = apply(sample(), (d) => archiveCategory(d, { id: cat("besoins"), by: BY, now: T0 }));
    expect(selectPriorityNeeds(viewOf(doc))).toEqual([]);
  });
});
