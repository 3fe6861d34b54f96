import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  addAgendaItem,
  moveAgendaItem,
  moveAgendaItemBy,
  removeAgendaItem,
  selectAgenda,
  updateAgendaItem,
  type AgendaKind,
  type WorkshopDoc,
} from "../../../src/domain";
import { apply, makeProfileId, makeWorkshop, T0 } from "../../fixtures/builders";
import { expectDomainError } from "../../helpers/domain";

const by = makeProfileId();
const order = (doc: WorkshopDoc) => selectAgenda(doc).map((i) => i.id);
const withItems = (...ids: string[]) =>
  makeWorkshop({ agenda: ids.map((id) => ({ id, title: `Item ${id}` })) });

describe("addAgendaItem", () => {
  it("appends by default, fills defaults and records the author", () => {
    const doc = withItems("a", "b", "c");
    expect(order(doc)).toEqual(["a", "b", "c"]);
    expect(doc.agenda.a).toEqual({
      id: "a",
      title: "Item a",
      start: "",
      end: "",
      kind: "autre",
      notes: "",
      rank: doc.agenda.a?.rank,
      createdBy: by,
      createdAt: T0,
    });
  });

  it("inserts after afterId, first for null, last for an unknown neighbour", () => {
    let doc = withItems("a", "b");
    const add = (id: string, afterId: string | null | undefined) =>
      apply(doc, (d) => addAgendaItem(d, { id, title: id, afterId, by, now: T0 }));
    doc = add("x", "a");
    doc = add("first", null);
    doc = add("last", "deleted-meanwhile");
    expect(order(doc)).toEqual(["first", "a", "x", "b", "last"]);
  });

  it("stores times, kind and notes", () => {
    const doc = makeWorkshop({
      agenda: [
        { id: "m", title: "Repas", start: "12:00", end: "13:30", kind: "repas", notes: "Bio" },
      ],
    });
    expect(doc.agenda.m).toMatchObject({
      start: "12:00",
      end: "13:30",
      kind: "repas",
      notes: "Bio",
    });
  });

  it("rejects bad times, ranges, kinds, lengths and ids", () => {
    const doc = makeWorkshop();
    const add = (args: Record<string, unknown>) => () =>
      apply(doc, (d) => addAgendaItem(d, { id: "a", title: "t", by, now: T0, ...args }));
    expectDomainError(add({ start: "9:00" }), "invalid-time");
    expectDomainError(add({ end: "24:00" }), "invalid-time");
    expectDomainError(add({ start: "10:00", end: "09:00" }), "invalid-time-range");
    expectDomainError(add({ kind: "atelier" as AgendaKind }), "invalid-kind");
    expectDomainError(add({ title: "x".repeat(201) }), "too-long");
    expectDomainError(add({ notes: "x".repeat(5_001) }), "too-long");
    expectDomainError(add({ title: 42 }), "invalid-text");
    expectDomainError(add({ id: "constructor" }), "invalid-id");
    expectDomainError(add({ afterId: "a b" }), "invalid-id");
    expect(doc.agenda).toEqual({});
  });
});

describe("updateAgendaItem", () => {
  it("updates given fields only", () => {
    let doc = withItems("a");
    doc = apply(doc, (d) =>
      updateAgendaItem(d, { id: "a", title: "Plénière", start: "15:00", kind: "pleniere" }),
    );
    expect(doc.agenda.a).toMatchObject({
      title: "Plénière",
      start: "15:00",
      end: "",
      kind: "pleniere",
    });
    doc = apply(doc, (d) => updateAgendaItem(d, { id: "a", notes: "Micro", end: "16:00" }));
    expect(doc.agenda.a).toMatchObject({ title: "Plénière", notes: "Micro", end: "16:00" });
  });

  it("is a no-op on an item removed concurrently (never throws)", () => {
    const base = withItems("a", "b");
    const removed = apply(A.clone(base), (d) => removeAgendaItem(d, { id: "a" }));
    const edited = apply(A.clone(base), (d) => updateAgendaItem(d, { id: "a", title: "Nouveau" }));
    const merged = A.merge(removed, edited);
    expect(order(merged)).toEqual(["b"]);
    expect(() => apply(merged, (d) => updateAgendaItem(d, { id: "a", title: "x" }))).not.toThrow();
  });

  it("merges concurrent title edits by character", () => {
    const base = makeWorkshop({ agenda: [{ id: "a", title: "Tour de table" }] });
    const a = apply(A.clone(base), (d) =>
      updateAgendaItem(d, { id: "a", title: "Grand tour de table" }),
    );
    const b = apply(A.clone(base), (d) =>
      updateAgendaItem(d, { id: "a", title: "Tour de table final" }),
    );
    expect(A.merge(a, b).agenda.a?.title).toBe("Grand tour de table final");
  });

  it("keeps start a whole value: concurrent edits keep one time, never an invalid mix", () => {
    const base = makeWorkshop({ agenda: [{ id: "a", title: "t", start: "09:00" }] });
    const a = apply(A.clone(base), (d) => updateAgendaItem(d, { id: "a", start: "10:00" }));
    const b = apply(A.clone(base), (d) => updateAgendaItem(d, { id: "a", start: "09:45" }));
    expect(["10:00", "09:45"]).toContain(A.merge(a, b).agenda.a?.start);
  });

  it("rejects bad input before writing anything", () => {
    const doc = withItems("a");
    expectDomainError(
      () => apply(doc, (d) => updateAgendaItem(d, { id: "a", title: "ok", start: "7h" })),
      "invalid-time",
    );
    expectDomainError(
      () => apply(doc, (d) => updateAgendaItem(d, { id: "a", start: "11:00", end: "10:00" })),
      "invalid-time-range",
    );
    expectDomainError(
      () => apply(doc, (d) => updateAgendaItem(d, { id: "a", kind: "x" as AgendaKind })),
      "invalid-kind",
    );
    expect(doc.agenda.a?.title).toBe("Item a");
  });
});

describe("moveAgendaItem", () => {
  const move = (doc: A.Doc<WorkshopDoc>, args: Parameters<typeof moveAgendaItem>[1]) =>
    apply(doc, (d) => moveAgendaItem(d, args));

  it("moves after / before a neighbour, to the start and to the end", () => {
    let doc = withItems("a", "b", "c", "d");
    doc = move(doc, { id: "a", afterId: "c" });
    expect(order(doc)).toEqual(["b", "c", "a", "d"]);
    doc = move(doc, { id: "d", beforeId: "b" });
    expect(order(doc)).toEqual(["d", "b", "c", "a"]);
    doc = move(doc, { id: "c", afterId: null });
    expect(order(doc)).toEqual(["c", "d", "b", "a"]);
    doc = move(doc, { id: "c", beforeId: null });
    expect(order(doc)).toEqual(["d", "b", "a", "c"]);
  });

  it("only rewrites the moved item's rank", () => {
    const before = withItems("a", "b", "c");
    const after = move(before, { id: "c", afterId: "a" });
    expect(after.agenda.a?.rank).toBe(before.agenda.a?.rank);
    expect(after.agenda.b?.rank).toBe(before.agenda.b?.rank);
    expect(order(after)).toEqual(["a", "c", "b"]);
  });

  it("is a no-op for unknown items or neighbours, or without a target", () => {
    const doc = withItems("a", "b");
    for (const args of [
      { id: "zz", afterId: "a" },
      { id: "a", afterId: "zz" },
      { id: "a", beforeId: "zz" },
      { id: "a" },
    ]) {
      expect(order(move(doc, args))).toEqual(["a", "b"]);
    }
  });

  it("places an item between two items that got the same rank from concurrent inserts", () => {
    const base = withItems("a", "z");
    const p = apply(A.clone(base), (d) =>
      addAgendaItem(d, { id: "p", title: "p", afterId: "a", by, now: T0 }),
    );
    const q = apply(A.clone(base), (d) =>
      addAgendaItem(d, { id: "q", title: "q", afterId: "a", by, now: T0 }),
    );
    let doc = A.merge(p, q);
    expect(doc.agenda.p?.rank).toBe(doc.agenda.q?.rank); // a tie, broken by id
    expect(order(doc)).toEqual(["a", "p", "q", "z"]);
    doc = move(doc, { id: "z", afterId: "p" });
    expect(order(doc)).toEqual(["a", "p", "z", "q"]);
  });

  it("repairs invalid ranks written by a malformed peer", () => {
    let doc = withItems("a", "b", "c");
    doc = apply(doc, (d) => {
      const b = d.agenda.b;
      if (b) b.rank = "not a key!";
    });
    expect(order(doc)).toEqual(["a", "c", "b"]); // "not a key!" sorts after "a…" keys
    doc = move(doc, { id: "a", afterId: "c" });
    expect(order(doc)).toEqual(["c", "a", "b"]);
    expect(doc.agenda.b?.rank).toMatch(/^[a-zA-Z][0-9A-Za-z]*$/); // re-ranked: a valid key again
    doc = apply(doc, (d) => addAgendaItem(d, { id: "d", title: "d", by, now: T0 }));
    expect(order(doc).at(-1)).toBe("d");
  });

  it("rejects invalid ids", () => {
    expectDomainError(() => move(withItems("a"), { id: "a", afterId: "no way" }), "invalid-id");
  });
});

describe("moveAgendaItemBy", () => {
  it("swaps with the previous or next item and stops at the ends", () => {
    let doc = withItems("a", "b", "c");
    doc = apply(doc, (d) => moveAgendaItemBy(d, { id: "c", delta: -1 }));
    expect(order(doc)).toEqual(["a", "c", "b"]);
    doc = apply(doc, (d) => moveAgendaItemBy(d, { id: "a", delta: 1 }));
    expect(order(doc)).toEqual(["c", "a", "b"]);
    doc = apply(doc, (d) => moveAgendaItemBy(d, { id: "c", delta: -1 }));
    doc = apply(doc, (d) => moveAgendaItemBy(d, { id: "b", delta: 1 }));
    expect(order(doc)).toEqual(["c", "a", "b"]);
  });

  it("rejects a delta other than ±1", () => {
    expectDomainError(
      () => apply(withItems("a"), (d) => moveAgendaItemBy(d, { id: "a", delta: 2 as 1 })),
      "invalid-field",
    );
  });
});

describe("removeAgendaItem", () => {
  it("removes the item, and is a no-op when it is already gone", () => {
    let doc = withItems("a", "b");
    doc = apply(doc, (d) => removeAgendaItem(d, { id: "a" }));
    doc = apply(doc, (d) => removeAgendaItem(d, { id: "a" }));
    expect(order(doc)).toEqual(["b"]);
  });

  it("wins over a concurrent move (no resurrection, no copy)", () => {
    const base = withItems("a", "b", "c");
    const removed = apply(A.clone(base), (d) => removeAgendaItem(d, { id: "a" }));
    const moved = apply(A.clone(base), (d) => moveAgendaItem(d, { id: "a", afterId: "c" }));
    expect(order(A.merge(removed, moved))).toEqual(["b", "c"]);
  });
});
