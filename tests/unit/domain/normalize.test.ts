import * as A from "@automerge/automerge";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  normalizeAddressBook,
  normalizeDiagnostic,
  normalizeWorkshop,
  selectAgenda,
  type WorkshopView,
} from "../../../src/domain";
import { makeAddressBook, makeDiagnostic, makeWorkshop, T0 } from "../../fixtures/builders";
import { toJson } from "../../helpers/domain";

const NORMALIZERS = { normalizeWorkshop, normalizeAddressBook, normalizeDiagnostic };

describe.each(Object.entries(NORMALIZERS))("%s", (_name, normalize) => {
  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (raw) => {
        const { value, problems } = normalize(raw);
        expect(typeof value).toBe("object");
        expect(Array.isArray(problems)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on documents with hostile collections", () => {
    const hostileEntry = fc.oneof(
      fc.anything(),
      fc.record({ title: fc.anything(), rank: fc.anything(), text: fc.anything() }),
    );
    const collection = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.oneof(fc.string(), fc.constant("__proto__")), hostileEntry),
    );
    const doc = fc.record({
      schema: fc.anything(),
      title: fc.anything(),
      agenda: collection,
      sessions: collection,
      contacts: collection,
      notes: collection,
      facilitators: collection,
    });
    fc.assert(
      fc.property(doc, (raw) => {
        expect(() => normalize(raw)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it("reads null, arrays and numbers as an empty document, with a problem", () => {
    for (const raw of [null, undefined, [], [1, 2], 42, "doc", true]) {
      const { problems } = normalize(raw);
      expect(problems.length).toBeGreaterThan(0);
    }
  });
});

describe("normalizeWorkshop", () => {
  it("reads a valid document unchanged, without problems", () => {
    const doc = makeWorkshop({
      sessions: [{ id: "s1", date: "2025-03-14", place: "Crest" }],
      agenda: [{ id: "a1", title: "Accueil", start: "09:00", kind: "pause" }],
    });
    const { value, problems } = normalizeWorkshop(doc);
    expect(problems).toEqual([]);
    expect(value).toEqual(toJson(doc));
  });

  it("drops and reports malformed entries, keeps the good ones", () => {
    const raw = {
      ...(toJson(makeWorkshop({ agenda: [{ id: "ok", title: "Bien" }] })) as object),
    } as Record<string, unknown>;
    const agenda = raw.agenda as Record<string, unknown>;
    agenda.noTitle = { id: "noTitle", rank: "a5" };
    agenda.noRank = { id: "noRank", title: "x" };
    agenda.scalar = 7;
    agenda["bad key"] = { title: "x", rank: "a6" };
    const { value, problems } = normalizeWorkshop(raw);
    expect(Object.keys(value.agenda)).toEqual(["ok"]);
    expect(problems).toHaveLength(4);
    expect(problems.join("\n")).toMatch(/agenda\.noTitle: dropped/);
    expect(problems.join("\n")).toMatch(/agenda: dropped entry with invalid key "bad key"/);
  });

  it("fills defaults for missing or invalid fields of a kept entry", () => {
    const { value, problems } = normalizeWorkshop({
      schema: { kind: "workshop", version: 1 },
      agenda: {
        a: { title: "T", rank: "a0", start: "25:00", end: 930, kind: "dance", extra: { deep: 1 } },
      },
      sessions: { s: { rank: "a0", date: "2025-13-01" } },
    });
    expect(value.agenda.a).toEqual({
      id: "a",
      title: "T",
      rank: "a0",
      start: "",
      end: "",
      kind: "autre",
      notes: "",
      createdBy: "",
      createdAt: 0,
    });
    expect(value.sessions.s).toMatchObject({ id: "s", date: "", place: "" });
    expect(value.title).toBe("");
    expect(value.links).toEqual({ addressBook: null, diagnostic: null });
    expect(problems).toEqual(["seeds: missing", "facilitators: missing"]);
  });

  it("ignores prototype-pollution keys", () => {
    const raw = JSON.parse(
      `{"schema":{"kind":"workshop","version":1},"agenda":{"__proto__":{"title":"x","rank":"a0","polluted":true}},
        "facilitators":{"__proto__":true,"constructor":true},"__proto__":{"polluted":true}}`,
    ) as unknown;
    const { value, problems } = normalizeWorkshop(raw);
    expect(Object.keys(value.agenda)).toEqual([]);
    expect(Object.keys(value.facilitators)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value.agenda)).toBe(Object.prototype);
    expect(problems.filter((p) => p.includes("invalid key"))).toHaveLength(3);
  });

  it("caps huge strings instead of passing them to the UI", () => {
    const huge = "é".repeat(1_000_000);
    const { value } = normalizeWorkshop({
      title: huge,
      agenda: { a: { title: huge, rank: "a0", notes: huge } },
    });
    expect(value.title).toHaveLength(200);
    expect(value.agenda.a?.title).toHaveLength(200);
    expect(value.agenda.a?.notes).toHaveLength(5_000);
  });

  it("reads scalar strings written by other Automerge clients", () => {
    const doc = A.from<Record<string, unknown>>({
      schema: { kind: "workshop", version: 1 },
      title: new A.ImmutableString("Titre scalaire"),
      agenda: { a: { title: new A.ImmutableString("x"), rank: new A.ImmutableString("a0") } },
    });
    const { value } = normalizeWorkshop(doc);
    expect(value.title).toBe("Titre scalaire");
    expect(selectAgenda(value).map((i) => [i.title, i.rank])).toEqual([["x", "a0"]]);
  });

  it("reports a stamp of another kind but keeps its version", () => {
    const { value, problems } = normalizeWorkshop({ schema: { kind: "diagnostic", version: 3 } });
    expect(value.schema).toEqual({ kind: "workshop", version: 3 });
    expect(problems[0]).toMatch(/kind is diagnostic/);
  });

  it("returns plain data that is a WorkshopView", () => {
    const view: WorkshopView = normalizeWorkshop(makeWorkshop({ now: T0 })).value;
    expect(view.createdAt).toBe(T0);
  });
});

describe("normalizeAddressBook and normalizeDiagnostic", () => {
  it("read valid documents without problems", () => {
    expect(normalizeAddressBook(makeAddressBook()).problems).toEqual([]);
    expect(normalizeDiagnostic(makeDiagnostic()).problems).toEqual([]);
  });

  it("drop malformed entries", () => {
    const book = normalizeAddressBook({
      ...(toJson(makeAddressBook()) as object),
      contacts: { c1: { name: "Ana" }, c2: { name: 3 } },
    });
    expect(Object.keys(book.value.contacts)).toEqual(["c1"]);
    expect(book.problems).toEqual([expect.stringMatching(/^contacts\.c2: dropped/)]);
    const diag = normalizeDiagnostic({
      ...(toJson(makeDiagnostic()) as object),
      notes: { n1: { text: "Frein", rank: "a0", categoryId: "freins" }, n2: { rank: "a1" } },
    });
    expect(Object.keys(diag.value.notes)).toEqual(["n1"]);
    expect(diag.problems).toHaveLength(1);
  });
});
