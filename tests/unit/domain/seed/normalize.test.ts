import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  emptySeedView,
  normalizeSeed,
  selectCurrentStatus,
  type SeedDoc,
} from "../../../../src/domain";
import { apply, makeSeedWithMembers } from "./seedBuilders";

type Loose = Record<string, unknown>;

describe("normalizeSeed", () => {
  it("never throws, and reads anything that is not a seed as the empty view with problems", () => {
    for (const raw of [undefined, null, 42, "seed", [], { schema: "x" }]) {
      const { value, problems } = normalizeSeed(raw);
      expect(problems.length).toBeGreaterThan(0);
      expect(value).toEqual(emptySeedView());
    }
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("boom");
        },
        ownKeys: () => {
          throw new Error("boom");
        },
      },
    );
    expect(() => normalizeSeed(hostile)).not.toThrow();
  });

  it("drops junk entries, reports them, and keeps the rest", () => {
    const doc = apply(makeSeedWithMembers(2), (d) => {
      const w = d as unknown as Loose;
      (w.tasks as Loose)["bad key!"] = { title: "x", rank: "a0" };
      (w.tasks as Loose).t9 = { title: 42, rank: "a0" };
      (w.tasks as Loose).t1 = { title: "Ok", rank: "a1" };
      (w.members as Loose).m1 = {
        ...(w.members as Record<string, Loose>).m1,
        roles: { animation: true, "x y": true, logistique: "yes" },
      };
      (w.statusChanges as Loose).s9 = { status: "fanee", seq: 2, at: 0, by: "p" };
      (w.decisions as Loose).d9 = { question: "?", method: "lottery" };
      (w.decisions as Loose).d1 = {
        question: "Lieu ?",
        method: "majority",
        options: { a: { label: "A", rank: "a0" } },
        ballots: { m1: { optionId: "a", castBy: "p", castAt: 1 }, m2: "junk" },
        closed: { at: 1, by: "p", outcome: "A", result: { kind: "adopted", winnerId: "a" } },
      };
      w.referent = "ghost";
      w.protocol = "nope";
      w.journal = 12;
    });
    const { value, problems } = normalizeSeed(doc);
    expect(Object.keys(value.tasks)).toEqual(["t1"]);
    expect(value.tasks.t1).toMatchObject({
      title: "Ok",
      done: false,
      due: "",
      assigneeId: null,
      archived: null,
    });
    expect(value.members.m1?.roles).toEqual({ animation: true });
    expect(Object.keys(value.statusChanges)).toEqual(["init"]);
    expect(selectCurrentStatus(value)).toBe("idee");
    expect(Object.keys(value.decisions)).toEqual(["d1"]);
    expect(value.decisions.d1?.ballots.m1).toMatchObject({
      voterId: "m1",
      optionId: "a",
      ranking: [],
      consent: null,
      addressed: null,
    });
    expect(value.decisions.d1?.closed?.result).toEqual({ kind: "adopted", winnerId: "a" });
    expect(value.referent).toBeNull();
    expect(value.protocol).toEqual({
      enabled: false,
      hypotheses: "",
      trials: "",
      indicators: "",
      iterations: {},
    });
    expect(value.journal).toBe("");
    for (const fragment of ["tasks", "t9", "roles", "s9", "d9", "m2", "protocol"]) {
      expect(problems.some((p) => p.includes(fragment))).toBe(true);
    }
  });

  it("reads a scalar (non-collaborative) string as text, and caps hostile lengths", () => {
    const doc = A.change(makeSeedWithMembers(0), (d) => {
      (d as unknown as Loose).title = new A.ImmutableString("Titre scalaire");
      (d as unknown as Loose).pitch = "p".repeat(50_000);
    });
    const { value } = normalizeSeed(doc as A.Doc<SeedDoc>);
    expect(value.title).toBe("Titre scalaire");
    expect(value.pitch.length).toBe(2_000);
  });
});

describe("normalizeSeed and concurrent done / not done", () => {
  it("reads who/when only while the task is done, whatever mix the merge left", () => {
    const doc = apply(makeSeedWithMembers(0), (d) => {
      (d.tasks as unknown as Loose).t1 = {
        title: "Devis",
        rank: "a0",
        done: false,
        doneAt: 5,
        doneBy: "profile-x",
      };
    });
    expect(normalizeSeed(doc).value.tasks.t1).toMatchObject({
      done: false,
      doneAt: null,
      doneBy: null,
    });
  });
});
