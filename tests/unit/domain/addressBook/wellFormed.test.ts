import * as A from "@automerge/automerge";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  LabelSchema,
  readSet,
  RoleSchema,
  slowScalars,
  ValueSchema,
} from "../../../../src/domain/address-book/readContact";
import {
  labelEntry,
  roleEntry,
  valueEntry,
  wellFormedScalars,
  wellFormedSet,
} from "../../../../src/domain/address-book/wellFormed";
import { isValidId } from "../../../../src/domain/ids";

/** Values a field may hold in a document from a peer: mostly right, sometimes not. */
const anyValue = fc.oneof(
  fc.constantFrom("person", "structure", "", "association", "atelier", "import", "Ana", "p1"),
  fc.constantFrom(null, true, false, 0, 1.5, Number.NaN, Infinity, undefined),
  fc.string({ maxLength: 8 }),
  fc.constant("x".repeat(201)),
  fc.constant(new A.ImmutableString("imm")),
  fc.constant(["array"]),
  fc.record({ by: fc.constantFrom("p1", "", "bad id"), at: fc.constantFrom(1, Number.NaN) }),
);
const consent = fc.oneof(
  anyValue,
  fc.record({
    shareWithParticipants: fc.constantFrom(null, true, false, "yes"),
    publicRestitution: fc.constantFrom(null, true, 0),
    recordedBy: fc.constantFrom(null, "p1", "bad id"),
    recordedAt: fc.constantFrom(null, 5, Infinity),
  }),
);
const stamp = fc.oneof(
  fc.constant(null),
  anyValue,
  fc.record({
    target: fc.constantFrom("c1", "bad id"),
    by: fc.constantFrom("p1", ""),
    at: fc.constantFrom(2, Number.NaN),
  }),
);
const contact = fc.record(
  {
    kind: anyValue,
    name: anyValue,
    structureType: anyValue,
    role: anyValue,
    address: anyValue,
    commune: anyValue,
    website: anyValue,
    notes: anyValue,
    source: anyValue,
    consent,
    archived: stamp,
    mergedInto: stamp,
    createdBy: anyValue,
    createdAt: anyValue,
  },
  { requiredKeys: ["name", "createdAt"] },
);
const set = fc.dictionary(
  fc.constantFrom("k", "ana@ex.fr", "", "__proto__", "p1", "bad id"),
  fc.oneof(
    anyValue,
    fc.record({ value: anyValue, label: anyValue, role: anyValue }, { requiredKeys: [] }),
  ),
);

describe("the well-formed guards of the contact reader", () => {
  it("agree with valibot on every scalar input they accept", () => {
    fc.assert(
      fc.property(contact, (raw) => {
        const fast = wellFormedScalars(raw);
        if (fast !== null) expect(fast).toStrictEqual(slowScalars(raw));
      }),
      { numRuns: 2000 },
    );
  });

  it("accept a contact exactly as the commands write it", () => {
    const raw = {
      kind: "person",
      name: "Ana",
      structureType: "",
      role: "",
      address: "",
      commune: "Die",
      website: "",
      notes: "",
      source: "atelier",
      consent: {
        shareWithParticipants: true,
        publicRestitution: null,
        recordedBy: null,
        recordedAt: null,
      },
      archived: null,
      mergedInto: null,
      createdBy: "p1",
      createdAt: 3,
    };
    expect(wellFormedScalars(raw)).toStrictEqual(slowScalars(raw));
  });

  it("agree with valibot on every set they accept, and leave the rest to it", () => {
    fc.assert(
      fc.property(set, (raw) => {
        const cases = [
          [valueEntry, ValueSchema, undefined],
          [labelEntry, LabelSchema, undefined],
          [roleEntry, RoleSchema, isValidId],
        ] as const;
        for (const [guard, schema, keyOk] of cases) {
          const fast = wellFormedSet<unknown>(raw, guard, keyOk);
          const problems: string[] = [];
          const slow = readSet<unknown>(raw, "s", schema, problems, keyOk);
          if (fast !== null) {
            expect(fast).toStrictEqual(slow);
            expect(problems).toEqual([]);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
