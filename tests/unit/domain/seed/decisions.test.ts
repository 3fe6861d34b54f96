import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  addDecisionOption,
  addressObjection,
  archiveDecision,
  castBallot,
  closeDecision,
  createDecision,
  normalizeSeed,
  removeDecisionOption,
  renameDecisionOption,
  restoreDecision,
  selectBallotConflicts,
  selectDecisionTally,
  selectDecisions,
  setDecisionQuestion,
  tallyDecision,
  type ConsentTally,
  type DecisionOption,
  type MajorityTally,
  type OptionId,
  type RankedTally,
  type SeedDoc,
} from "../../../../src/domain";
import { actorId } from "../../../fixtures/builders";
import { expectDomainError } from "../../../helpers/domain";
import { apply, BY, makeSeedWithMembers, T0, viewOf } from "./seedBuilders";

const OPTIONS = [
  { id: "a", label: "Salle des fêtes" },
  { id: "b", label: "Tiers-lieu" },
  { id: "c", label: "Ferme" },
];

function withDecision(method: "majority" | "consent" | "ranked", members = 5): A.Doc<SeedDoc> {
  return apply(makeSeedWithMembers(members), (d) =>
    createDecision(d, {
      id: "d1",
      question: "Où installer la légumerie ?",
      method,
      options: method === "consent" ? [] : OPTIONS,
      by: BY,
      now: T0,
    }),
  );
}

function vote(doc: A.Doc<SeedDoc>, voterId: string, choice: object): A.Doc<SeedDoc> {
  return apply(doc, (d) =>
    castBallot(d, { decisionId: "d1", voterId, by: BY, now: T0 + 1, ...choice }),
  );
}

describe("simple majority", () => {
  it("finds the leader and reports a tie", () => {
    let doc = withDecision("majority");
    doc = vote(doc, "m1", { optionId: "a" });
    doc = vote(doc, "m2", { optionId: "b" });
    let tally = selectDecisionTally(viewOf(doc), "d1") as MajorityTally;
    expect(tally.leaders).toEqual(["a", "b"]);
    expect(tally.result).toEqual({ kind: "tie", winnerId: null });
    doc = vote(doc, "m3", { optionId: "b" });
    tally = selectDecisionTally(viewOf(doc), "d1") as MajorityTally;
    expect(tally.counts.map((c) => c.votes)).toEqual([1, 2, 0]);
    expect(tally.result).toEqual({ kind: "adopted", winnerId: "b" });
    expect(tally.absolute).toBe(true);
  });

  it("keeps one vote per voter: a new vote replaces the previous one", () => {
    let doc = withDecision("majority");
    doc = vote(doc, "m1", { optionId: "a" });
    doc = vote(doc, "m1", { optionId: "c" });
    const tally = selectDecisionTally(viewOf(doc), "d1") as MajorityTally;
    expect(tally.votes).toBe(1);
    expect(tally.leaders).toEqual(["c"]);
  });

  it("rejects unknown options, voters who left, and too few options", () => {
    const doc = withDecision("majority");
    expectDomainError(() => vote(doc, "m1", { optionId: "z" }), "not-found");
    expectDomainError(() => vote(doc, "ghost", { optionId: "a" }), "not-found");
    expectDomainError(
      () =>
        apply(doc, (d) =>
          createDecision(d, {
            id: "d2",
            question: "?",
            method: "majority",
            options: [OPTIONS[0] as DecisionOption],
            by: BY,
            now: T0,
          }),
        ),
      "required",
    );
  });

  it("edits the question and options while open; an option with votes stays", () => {
    let doc = withDecision("majority");
    doc = apply(doc, (d) => setDecisionQuestion(d, { decisionId: "d1", question: "Quel lieu ?" }));
    doc = apply(doc, (d) => addDecisionOption(d, { decisionId: "d1", id: "e", label: "Marché" }));
    doc = apply(doc, (d) =>
      renameDecisionOption(d, { decisionId: "d1", optionId: "c", label: "Ferme des Îles" }),
    );
    doc = vote(doc, "m1", { optionId: "a" });
    expectDomainError(
      () => apply(doc, (d) => removeDecisionOption(d, { decisionId: "d1", optionId: "a" })),
      "invalid-field",
    );
    doc = apply(doc, (d) => removeDecisionOption(d, { decisionId: "d1", optionId: "e" }));
    const d1 = viewOf(doc).decisions.d1;
    expect(d1?.question).toBe("Quel lieu ?");
    expect(
      Object.values(d1?.options ?? {})
        .map((o) => o.label)
        .sort(),
    ).toEqual(["Ferme des Îles", "Salle des fêtes", "Tiers-lieu"]);
  });
});

describe("consent", () => {
  it("an objection blocks until addressed; reserves are listed; then adopted", () => {
    let doc = withDecision("consent");
    doc = vote(doc, "m1", { consent: "pour" });
    doc = vote(doc, "m2", { consent: "reserve", comment: "Le coût" });
    doc = vote(doc, "m3", { consent: "objection", comment: "Trop loin à pied" });
    let tally = selectDecisionTally(viewOf(doc), "d1") as ConsentTally;
    expect(tally.adopted).toBe(false);
    expect(tally.result.kind).toBe("blocked");
    expect(tally.blocking.map((o) => [o.voterId, o.comment])).toEqual([["m3", "Trop loin à pied"]]);
    expect(tally.reserves).toEqual([{ voterId: "m2", comment: "Le coût" }]);
    expectDomainError(
      () =>
        apply(doc, (d) =>
          addressObjection(d, { decisionId: "d1", voterId: "m2", note: "x", by: BY, now: T0 }),
        ),
      "invalid-field",
    );
    doc = apply(doc, (d) =>
      addressObjection(d, {
        decisionId: "d1",
        voterId: "m3",
        note: "Navette le samedi",
        by: BY,
        now: T0 + 5,
      }),
    );
    tally = selectDecisionTally(viewOf(doc), "d1") as ConsentTally;
    expect(tally.blocking).toEqual([]);
    expect(tally.objections[0]?.addressed).toEqual({
      by: BY,
      at: T0 + 5,
      note: "Navette le samedi",
    });
    expect(tally.adopted).toBe(true);
    doc = apply(doc, (d) =>
      closeDecision(d, { decisionId: "d1", outcome: "Adoptée avec navette", by: BY, now: T0 + 9 }),
    );
    expect(viewOf(doc).decisions.d1?.closed).toEqual({
      at: T0 + 9,
      by: BY,
      outcome: "Adoptée avec navette",
      result: { kind: "adopted", winnerId: null },
    });
  });

  it("needs at least one voice, and has no options", () => {
    expect(tallyDecision({ method: "consent", options: {}, ballots: {} }).result.kind).toBe(
      "no-votes",
    );
    expectDomainError(
      () =>
        apply(withDecision("consent"), (d) =>
          addDecisionOption(d, { decisionId: "d1", id: "x", label: "x" }),
        ),
      "invalid-field",
    );
  });
});

describe("ranked choice (instant run-off)", () => {
  it("eliminates the weakest option and transfers its ballots", () => {
    let doc = withDecision("ranked", 5);
    doc = vote(doc, "m1", { ranking: ["a", "b"] });
    doc = vote(doc, "m2", { ranking: ["a", "c"] });
    doc = vote(doc, "m3", { ranking: ["b", "a"] });
    doc = vote(doc, "m4", { ranking: ["b", "c"] });
    doc = vote(doc, "m5", { ranking: ["c", "b"] });
    const tally = selectDecisionTally(viewOf(doc), "d1") as RankedTally;
    expect(tally.rounds.map((r) => [r.counts.map((c) => c.votes), r.eliminated])).toEqual([
      [[2, 2, 1], "c"],
      [[2, 3], null],
    ]);
    expect(tally.winnerId).toBe("b");
    expect(tally.result).toEqual({ kind: "adopted", winnerId: "b" });
  });

  it("breaks elimination ties by option order and reports a full tie; counts exhausted ballots", () => {
    const options = Object.fromEntries(
      ["a", "b", "c"].map((id, i) => [id, { id: id as OptionId, label: id, rank: `a${i}` }]),
    );
    const ballot = (voterId: string, ranking: string[]) => ({
      voterId,
      optionId: null,
      ranking,
      consent: null,
      comment: "",
      addressed: null,
      castBy: BY,
      castAt: 0,
    });
    const t1 = tallyDecision({
      method: "ranked",
      options,
      ballots: { v1: ballot("v1", ["a"]), v2: ballot("v2", ["b"]), v3: ballot("v3", ["c", "a"]) },
    } as never) as RankedTally;
    expect(t1.tied).toEqual(["a", "b", "c"]);
    expect(t1.result.kind).toBe("tie");
    const t2 = tallyDecision({
      method: "ranked",
      options,
      ballots: {
        v1: ballot("v1", ["a"]),
        v2: ballot("v2", ["a"]),
        v3: ballot("v3", ["a"]),
        v4: ballot("v4", ["b"]),
        v5: ballot("v5", ["b"]),
        v6: ballot("v6", ["c"]),
        v7: ballot("v7", ["c"]),
      },
    } as never) as RankedTally;
    // b and c tie for last: c (last in option order) goes; its ballots rank nothing else.
    expect(t2.rounds.map((r) => r.eliminated)).toEqual(["c", null]);
    expect(t2.rounds[1]?.exhausted).toBe(2);
    expect(t2.winnerId).toBe("a");
  });

  it("rejects rankings with duplicates or unknown options", () => {
    const doc = withDecision("ranked");
    expectDomainError(() => vote(doc, "m1", { ranking: ["a", "a"] }), "invalid-field");
    expectDomainError(() => vote(doc, "m1", { ranking: ["a", "q"] }), "not-found");
    expectDomainError(() => vote(doc, "m1", { ranking: [] }), "required");
  });
});

describe("closed decisions are read-only", () => {
  it("refuse every command", () => {
    let doc = withDecision("majority");
    doc = vote(doc, "m1", { optionId: "a" });
    doc = vote(doc, "m2", { optionId: "b" });
    doc = apply(doc, (d) =>
      closeDecision(d, { decisionId: "d1", outcome: "Égalité, on revote", by: BY, now: T0 }),
    );
    expect(viewOf(doc).decisions.d1?.closed?.result).toEqual({ kind: "tie", winnerId: null });
    const attempts: ((d: SeedDoc) => void)[] = [
      (d) => castBallot(d, { decisionId: "d1", voterId: "m3", optionId: "a", by: BY, now: T0 }),
      (d) => setDecisionQuestion(d, { decisionId: "d1", question: "x" }),
      (d) => addDecisionOption(d, { decisionId: "d1", id: "z", label: "z" }),
      (d) => renameDecisionOption(d, { decisionId: "d1", optionId: "a", label: "z" }),
      (d) => removeDecisionOption(d, { decisionId: "d1", optionId: "c" }),
      (d) => closeDecision(d, { decisionId: "d1", outcome: "", by: BY, now: T0 }),
      (d) => archiveDecision(d, { decisionId: "d1", by: BY, now: T0 }),
    ];
    for (const attempt of attempts) expectDomainError(() => apply(doc, attempt), "vote-closed");
    expect(selectDecisions(viewOf(doc)).map((d) => d.id)).toEqual(["d1"]);
  });

  it("archived on one tablet while closed on another: restorable from the bin", () => {
    const base = withDecision("majority");
    const left = apply(A.clone(base, { actor: actorId(0xa1) }), (d) =>
      archiveDecision(d, { decisionId: "d1", by: BY, now: T0 }),
    );
    const right = apply(A.clone(base, { actor: actorId(0xb2) }), (d) =>
      closeDecision(d, { decisionId: "d1", outcome: "", by: BY, now: T0 }),
    );
    let merged = A.merge(left, right);
    expect(selectDecisions(viewOf(merged))).toEqual([]);
    merged = apply(merged, (d) => restoreDecision(d, { decisionId: "d1" }));
    expect(selectDecisions(viewOf(merged)).map((d) => d.closed !== null)).toEqual([true]);
  });
});

describe("a vote cast for the same voter on two tablets", () => {
  it("merges to ONE ballot and shows the conflict until the voter votes again", () => {
    const base = withDecision("majority");
    let left = A.clone(base, { actor: actorId(0xa1) });
    let right = A.clone(base, { actor: actorId(0xb2) });
    left = vote(left, "m1", { optionId: "a" });
    right = vote(right, "m1", { optionId: "b" });
    let merged = A.merge(left, A.clone(right));
    const mergedOther = A.merge(right, A.clone(left));
    const view = viewOf(merged);
    expect(Object.keys(view.decisions.d1?.ballots ?? {})).toEqual(["m1"]);
    expect((selectDecisionTally(view, "d1") as MajorityTally).votes).toBe(1);
    expect(selectBallotConflicts(view, "d1")).toEqual(["m1"]);
    const hidden = view.decisions.d1?.ballotConflicts.m1?.[0]?.optionId;
    expect([view.decisions.d1?.ballots.m1?.optionId, hidden].sort()).toEqual(["a", "b"]);
    // Both replicas agree on which ballot is visible.
    expect(normalizeSeed(mergedOther).value.decisions.d1?.ballots.m1).toEqual(
      view.decisions.d1?.ballots.m1,
    );
    merged = vote(merged, "m1", { optionId: "c" });
    expect(selectBallotConflicts(viewOf(merged), "d1")).toEqual([]);
  });
});
