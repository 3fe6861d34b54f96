/** The tolerant reader: valid boards read cleanly, junk is dropped and reported, nothing throws. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  noteBucket,
  normalizeDiagnostic,
  selectArchivedNotes,
  selectBoard,
  selectCategories,
  selectPriorityNeeds,
  selectSynthesis,
  selectVoteResults,
  selectVoteSessions,
} from "../../../../src/domain";
import { toJson } from "../../../helpers/domain";
import { makeBoard } from "../../../helpers/diagnostic";

type Raw = Record<string, Record<string, unknown>>;
const valid = () => toJson(makeBoard([["n1", "freins", "Foncier"]])) as Raw;

describe("normalizeDiagnostic", () => {
  it("reads a valid board (live or JSON copy) without problems, as one flat note map", () => {
    expect(normalizeDiagnostic(makeBoard([["n1", "freins", "a"]])).problems).toEqual([]);
    const { value, problems } = normalizeDiagnostic(valid());
    expect(problems).toEqual([]);
    expect(Object.keys(value.notes)).toEqual(["n1"]);
    expect(Object.keys(value.categories)).toHaveLength(10);
  });

  it("drops junk notes, wrong buckets, junk votes and facilitation entries, and reports them", () => {
    const raw = valid();
    const buckets = raw.noteBuckets as Record<string, Record<string, unknown>>;
    const home = noteBucket("n2");
    const wrong = home === "00" ? "01" : "00";
    (buckets[wrong] as Record<string, unknown>)["n2"] = { text: "wrong bucket", rank: "a0" };
    (buckets[noteBucket("n3")] as Record<string, unknown>)["n3"] = { text: 42, rank: "a0" };
    (buckets[noteBucket("n4")] as Record<string, unknown>)["n4"] = {
      text: "Ok",
      rank: "a1",
      categoryId: "freins",
      hidden: "yes",
      moderation: { reason: "r", by: "", at: 1 },
      mergedInto: "n4",
      linkedContacts: { ana: true, bob: "yes" },
    };
    buckets["99"] = "not a map" as unknown as Record<string, unknown>;
    raw.votes = {
      "s1+ana": {
        sessionId: "s1",
        participant: "ana",
        dots: { n1: 2, n4: -1 },
        castBy: "p",
        at: 1,
      },
      junk: {},
    };
    raw.voteSessions = { s1: { title: "V", budget: 3 }, s2: { title: "bad", budget: 0 } };
    raw.facilitation = {
      revealed: { n1: true, "a b": true },
      spoken: { ana: 5, bob: "now" },
      speakerOrder: ["ana", "ana", 3, "bob"],
      timer: { startedAt: "x", durationMs: 5 },
    };
    const { value, problems } = normalizeDiagnostic(raw);
    expect(Object.keys(value.notes).sort()).toEqual(["n1", "n4"]);
    expect(value.notes["n4"]).toMatchObject({
      hidden: false,
      moderation: null,
      mergedInto: null,
      linkedContacts: { ana: true },
    });
    expect(value.votes["s1+ana"]?.dots).toEqual({ n1: 2 });
    expect(Object.keys(value.voteSessions)).toEqual(["s1"]);
    expect(value.voteSessions["s1"]).toMatchObject({ status: "open", closedAt: null });
    expect(value.facilitation).toEqual({
      revealed: { n1: true },
      spoken: { ana: 5 },
      speakerOrder: ["ana", "bob"],
      timer: { startedAt: null, durationMs: 0, label: "" },
      hideMode: false,
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^noteBuckets\\.${wrong}\\.n2: dropped`)),
        expect.stringMatching(/\.n3: dropped/),
        expect.stringMatching(/^noteBuckets\."99": not a map/),
        expect.stringMatching(/^votes: dropped entry with invalid key "junk"/),
        expect.stringMatching(/^voteSessions\.s2: dropped/),
        expect.stringMatching(/^facilitation\.revealed: dropped/),
        expect.stringMatching(/^facilitation\.spoken: dropped/),
      ]),
    );
  });

  it("reports a v2 board without buckets, and a non-object document", () => {
    expect(normalizeDiagnostic({ schema: { kind: "diagnostic", version: 2 } }).problems).toContain(
      "noteBuckets: missing",
    );
    expect(normalizeDiagnostic(null).problems).toEqual(["document: not an object"]);
  });

  it("never throws on anything, and its output always feeds the selectors", () => {
    const junk = fc.anything({ maxDepth: 4, withBigInt: true, withDate: true, withMap: true });
    const id = fc.constantFrom("n1", "n2", "freins", "s1", "ana", "__proto__", "", "a+b", "s1+ana");
    const hostileNote = fc.record({
      text: fc.oneof(fc.string(), junk),
      rank: fc.oneof(fc.constantFrom("a0", "a1", "Zz", ""), junk),
      categoryId: fc.oneof(id, junk),
      clusterId: fc.oneof(id, junk),
      mergedInto: fc.oneof(id, junk),
      hidden: fc.oneof(fc.boolean(), junk),
      moderation: junk,
      archived: junk,
      linkedContacts: fc.oneof(fc.dictionary(id, junk), junk),
    });
    const dict = (value: fc.Arbitrary<unknown>) => fc.oneof(junk, fc.dictionary(id, value));
    const hostile = fc.oneof(
      junk,
      fc.record({
        schema: fc.oneof(junk, fc.constant({ kind: "diagnostic", version: 2 })),
        categories: dict(
          fc.oneof(junk, fc.record({ title: fc.string(), rank: fc.constantFrom("a0", "a1") })),
        ),
        noteBuckets: fc.oneof(junk, fc.dictionary(fc.string(), dict(fc.oneof(hostileNote, junk)))),
        notes: dict(fc.oneof(hostileNote, junk)),
        clusters: dict(junk),
        votes: dict(fc.oneof(junk, fc.record({ dots: dict(fc.oneof(fc.integer(), junk)) }))),
        voteSessions: dict(fc.oneof(junk, fc.record({ budget: fc.integer(), status: junk }))),
        facilitation: fc.oneof(
          junk,
          fc.record({ revealed: dict(junk), spoken: dict(junk), speakerOrder: junk, timer: junk }),
        ),
      }),
    );
    fc.assert(
      fc.property(hostile, fc.boolean(), (raw, facilitator) => {
        const { value, problems } = normalizeDiagnostic(raw);
        expect(Array.isArray(problems)).toBe(true);
        expect(() => {
          selectCategories(value);
          selectBoard(value, { viewer: { facilitator, contactId: "ana" } });
          selectArchivedNotes(value);
          for (const s of selectVoteSessions(value)) selectVoteResults(value, s.id);
          selectVoteResults(value, "s1");
          selectSynthesis(value);
          selectPriorityNeeds(value);
        }).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
