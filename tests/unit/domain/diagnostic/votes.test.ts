/**
 * Dot voting: one record per (session, participant); the budget is checked when casting and
 * again after merge, where a participant who voted on two tablets is counted once and an
 * over-budget union is counted deterministically and reported.
 */
import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  castDots,
  closeVoteSession,
  countWithinBudget,
  mergeNotes,
  openVoteSession,
  selectParticipantDots,
  selectVoteResults,
  selectVoteSessions,
  voteKey,
  type DiagnosticDoc,
} from "../../../../src/domain";
import { actorId, apply, T0 } from "../../../fixtures/builders";
import { expectDomainError } from "../../../helpers/domain";
import { BY, con, makeBoard, nid, ses, viewOf } from "../../../helpers/diagnostic";

const S = ses("vote1");
const board = () =>
  apply(
    makeBoard([
      ["n1", "besoins", "Un local"],
      ["n2", "besoins", "Des bénévoles"],
      ["n3", "besoins", "Un financement"],
    ]),
    (d) => openVoteSession(d, { id: S, title: "Besoins", budget: 3, by: BY, now: T0 }),
  );
const cast = (participant: string, dots: Record<string, number>) => (d: DiagnosticDoc) =>
  castDots(d, { sessionId: S, participant: con(participant), dots, by: BY, now: T0 });
const rows = (doc: A.Doc<DiagnosticDoc>) =>
  selectVoteResults(viewOf(doc), S).rows.map((r) => [r.noteId, r.dots, r.voters]);

describe("vote sessions", () => {
  it("opens, casts (whole allocation per participant), closes; results ranked", () => {
    let doc = board();
    doc = apply(doc, cast("ana", { n1: 2, n2: 1 }));
    doc = apply(doc, cast("bob", { n2: 3 }));
    doc = apply(doc, cast("ana", { n1: 1, n3: 2, n2: 0 })); // re-cast: n2 dropped
    expect(selectParticipantDots(viewOf(doc), S, "ana")).toEqual({ n1: 1, n3: 2 });
    expect(Object.keys(doc.votes)).toEqual(
      expect.arrayContaining([voteKey(S, "ana"), voteKey(S, "bob")]),
    );
    let results = selectVoteResults(viewOf(doc), S);
    expect(results.closed).toBe(false);
    expect(results.participants).toBe(2);
    expect(rows(doc)).toEqual([
      ["n2", 3, 1],
      ["n3", 2, 1],
      ["n1", 1, 1],
    ]);
    doc = apply(doc, (d) => closeVoteSession(d, { id: S, now: T0 + 60_000 }));
    results = selectVoteResults(viewOf(doc), S);
    expect(results.closed).toBe(true);
    expect(results.session).toMatchObject({ status: "closed", closedAt: T0 + 60_000, budget: 3 });
    expect(selectVoteSessions(viewOf(doc)).map((s) => s.id)).toEqual(["vote1"]);
    expectDomainError(() => apply(doc, cast("cyd", { n1: 1 })), "vote-closed");
  });

  it("counts dots on a merged note in its target", () => {
    let doc = apply(board(), cast("ana", { n1: 1, n2: 2 }));
    doc = apply(doc, (d) => mergeNotes(d, { sourceId: nid("n2"), targetId: nid("n1") }));
    expect(rows(doc)).toEqual([["n1", 3, 1]]);
  });

  it("rejects bad input", () => {
    const doc = board();
    expectDomainError(() => apply(doc, cast("ana", { n1: 4 })), "over-budget");
    expectDomainError(() => apply(doc, cast("ana", { n1: 2, n2: 2 })), "over-budget");
    expectDomainError(() => apply(doc, cast("ana", { n1: -1 })), "invalid-number");
    expectDomainError(() => apply(doc, cast("ana", { n1: 1.5 })), "invalid-number");
    expectDomainError(() => apply(doc, cast("ana", { zz: 1 })), "not-found");
    expectDomainError(() => apply(doc, cast("a+b", { n1: 1 })), "invalid-id");
    expectDomainError(
      () =>
        apply(doc, (d) =>
          castDots(d, {
            sessionId: ses("nope"),
            participant: con("ana"),
            dots: {},
            by: BY,
            now: T0,
          }),
        ),
      "not-found",
    );
    expectDomainError(
      () =>
        apply(doc, (d) =>
          castDots(d, {
            sessionId: S,
            participant: con("ana"),
            dots: null as unknown as Record<string, number>,
            by: BY,
            now: T0,
          }),
        ),
      "invalid-field",
    );
    const open = (budget: number) => () =>
      apply(doc, (d) => openVoteSession(d, { id: ses("v2"), title: "", budget, by: BY, now: T0 }));
    expectDomainError(open(0), "invalid-number");
    expectDomainError(open(101), "invalid-number");
    expectDomainError(
      () => apply(doc, (d) => closeVoteSession(d, { id: ses("nope"), now: T0 })),
      "not-found",
    );
  });
});

describe("votes after merge", () => {
  it("one participant on two tablets: one record, counted once; over budget → counted by note id and reported", () => {
    const base = board();
    const a = apply(A.clone(base, { actor: actorId(0xa1) }), cast("ana", { n2: 2, n3: 1 }));
    const b = apply(A.clone(base, { actor: actorId(0xb2) }), cast("ana", { n1: 2 }));
    const ab = A.merge(A.clone(a), b);
    const ba = A.merge(A.clone(b), a);
    const results = selectVoteResults(viewOf(ab), S);
    expect(results.participants).toBe(1);
    expect(results.conflicts).toEqual([
      { participant: "ana", cast: 5, budget: 3, counted: { n1: 2, n2: 1 } },
    ]);
    expect(rows(ab)).toEqual([
      ["n1", 2, 1],
      ["n2", 1, 1],
    ]);
    expect(selectVoteResults(viewOf(ba), S)).toEqual(results);
    // Casting again after the merge supersedes both copies: the conflict is resolved.
    const fixed = apply(ab, cast("ana", { n3: 3 }));
    expect(selectVoteResults(viewOf(fixed), S).conflicts).toEqual([]);
    expect(rows(fixed)).toEqual([["n3", 3, 1]]);
  });

  it("two tablets within budget merge without conflict", () => {
    const base = apply(board(), cast("ana", { n1: 1 }));
    const a = apply(A.clone(base, { actor: actorId(0xa1) }), cast("ana", { n1: 1, n2: 1 }));
    const b = apply(A.clone(base, { actor: actorId(0xb2) }), cast("bob", { n2: 3 }));
    const merged = A.merge(A.clone(a), b);
    expect(selectVoteResults(viewOf(merged), S).conflicts).toEqual([]);
    expect(rows(merged)).toEqual([
      ["n2", 4, 2],
      ["n1", 1, 1],
    ]);
  });

  it("countWithinBudget takes note ids in order up to the budget", () => {
    expect(countWithinBudget({ [nid("b")]: 2, [nid("a")]: 2, [nid("c")]: 1 }, 3)).toEqual({
      a: 2,
      b: 1,
    });
    expect(countWithinBudget({ [nid("a")]: 1 }, 3)).toEqual({ a: 1 });
  });
});
