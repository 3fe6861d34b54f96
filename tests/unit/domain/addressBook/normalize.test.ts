import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  normalizeAddressBook,
  selectContacts,
  selectSkillsIndex,
  suggestDuplicates,
  matchNeeds,
  selectStructures,
} from "../../../../src/domain";
import { toJson } from "../../../helpers/domain";
import { makeContactBook } from "../../../helpers/addressBook";

const valid = () =>
  toJson(
    makeContactBook([
      ["a1", { name: "Ana", emails: [{ value: "ana@ex.fr" }], skills: ["Compost"] }],
      ["b1", { name: "Bob" }],
    ]),
  ) as Record<string, Record<string, unknown>>;

describe("normalizeAddressBook", () => {
  it("reads a valid book (live or JSON copy) without problems, as one flat contact map", () => {
    const doc = makeContactBook([["a1", { name: "Ana" }]]);
    expect(normalizeAddressBook(doc).problems).toEqual([]);
    const { value, problems } = normalizeAddressBook(valid());
    expect(problems).toEqual([]);
    expect(Object.keys(value.contacts).sort()).toEqual(["a1", "b1"]);
    expect(value.contacts["a1"]?.emails).toEqual({
      "ana@ex.fr": { value: "ana@ex.fr", label: "" },
    });
  });

  it("drops junk contacts, wrong buckets and junk set entries, and reports them", () => {
    const raw = valid();
    const buckets = raw.buckets as Record<string, Record<string, unknown>>;
    (buckets["a"] as Record<string, unknown>)["zz"] = { name: "wrong bucket" };
    (buckets["a"] as Record<string, unknown>)["a2"] = { name: 42 };
    (buckets["a"] as Record<string, unknown>)["a3"] = {
      name: "Alice",
      kind: "alien",
      emails: { "x@y": { value: 3 }, "ok@y": { value: "ok@y", label: "" } },
      consent: { shareWithParticipants: "yes", publicRestitution: true },
      archived: { by: "", at: 1 },
      mergedInto: { target: "nope nope", by: "p", at: 1 },
    };
    buckets["b"] = "not a map" as unknown as Record<string, unknown>;
    raw.notDuplicates = { "a1+b1": { by: "p1", at: 1 }, junk: { by: "p1", at: 1 }, "a1+a1": {} };
    const { value, problems } = normalizeAddressBook(raw);
    expect(Object.keys(value.contacts).sort()).toEqual(["a1", "a3"]);
    expect(value.contacts["a3"]).toMatchObject({
      kind: "person",
      emails: { "ok@y": { value: "ok@y", label: "" } },
      consent: { shareWithParticipants: null, publicRestitution: true },
      archived: null,
      mergedInto: null,
    });
    expect(Object.keys(value.notDuplicates)).toEqual(["a1+b1"]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^buckets\.a\.zz: dropped/),
        expect.stringMatching(/^buckets\.a\.a2: dropped/),
        expect.stringMatching(/^buckets\.a\.a3\.emails: dropped entry "x@y"/),
        expect.stringMatching(/^buckets\."b": not a map/),
        expect.stringMatching(/^notDuplicates: dropped entry "junk"/),
      ]),
    );
  });

  it("reports a v2 book without buckets, and a non-object document", () => {
    expect(
      normalizeAddressBook({ schema: { kind: "address-book", version: 2 } }).problems,
    ).toContain("buckets: missing");
    expect(normalizeAddressBook(null).problems).toEqual(["document: not an object"]);
  });

  it("never throws on anything, and its output always feeds the selectors", () => {
    const junk = fc.anything({ maxDepth: 4, withBigInt: true, withDate: true, withMap: true });
    const id = fc.constantFrom("a1", "b1", "zz", "__proto__", "", "a+b", "a1+b1");
    const hostileContact = fc.record({
      name: fc.oneof(fc.string(), junk),
      kind: junk,
      emails: fc.oneof(fc.dictionary(fc.string(), junk), junk),
      memberOf: fc.oneof(fc.dictionary(id, junk), junk),
      mergedInto: fc.oneof(fc.record({ target: id, by: id, at: fc.double() }), junk),
      consent: junk,
    });
    const hostile = fc.oneof(
      junk,
      fc.record({
        schema: fc.oneof(junk, fc.constant({ kind: "address-book", version: 2 })),
        buckets: fc.oneof(
          junk,
          fc.dictionary(fc.string(), fc.dictionary(id, fc.oneof(hostileContact, junk))),
        ),
        notDuplicates: fc.oneof(junk, fc.dictionary(id, junk)),
        contacts: fc.oneof(junk, fc.dictionary(id, junk)),
      }),
    );
    fc.assert(
      fc.property(hostile, (raw) => {
        const { value, problems } = normalizeAddressBook(raw);
        expect(Array.isArray(problems)).toBe(true);
        expect(() => {
          selectContacts(value, { includeArchived: true });
          selectStructures(value);
          selectSkillsIndex(value);
          matchNeeds(value);
          suggestDuplicates(value);
        }).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
