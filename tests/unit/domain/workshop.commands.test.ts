import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  addAgendaItem,
  addSession,
  initWorkshop,
  isDomainError,
  linkSeed,
  normalizeWorkshop,
  removeSession,
  selectSessions,
  setFacilitator,
  setWorkshopText,
  updateSession,
  WORKSHOP_SCHEMA_VERSION,
  type DocUrl,
  type ProfileId,
  type WorkshopDoc,
} from "../../../src/domain";
import { apply, makeDocUrl, makeProfileId, makeWorkshop, T0 } from "../../fixtures/builders";
import { expectDomainError } from "../../helpers/domain";

const alice = makeProfileId("alice");

describe("initWorkshop", () => {
  it("stamps the document and creates every collection in one change", () => {
    const doc = makeWorkshop({ title: "Eau et territoire", by: alice, now: T0 });
    expect(A.getHistory(doc)).toHaveLength(1);
    expect(doc.schema).toEqual({ kind: "workshop", version: WORKSHOP_SCHEMA_VERSION });
    expect(doc).toMatchObject({
      title: "Eau et territoire",
      theme: "",
      territory: "",
      description: "",
      sessions: {},
      agenda: {},
      seeds: {},
      links: { addressBook: makeDocUrl(1), diagnostic: makeDocUrl(2) },
      facilitators: { [alice]: true },
      createdBy: alice,
      createdAt: T0,
    });
    expect(normalizeWorkshop(doc).problems).toEqual([]);
  });

  it("accepts missing links as null", () => {
    const doc = makeWorkshop({ links: { addressBook: null, diagnostic: null } });
    expect(doc.links).toEqual({ addressBook: null, diagnostic: null });
  });

  it("rejects a blank or too long title, a bad author, time or link", () => {
    const init = (args: Partial<Parameters<typeof initWorkshop>[1]>) => () =>
      apply(A.init<WorkshopDoc>(), (d) =>
        initWorkshop(d, {
          title: "ok",
          by: alice,
          now: T0,
          links: { addressBook: null, diagnostic: null },
          ...args,
        }),
      );
    expectDomainError(init({ title: "   " }), "required");
    const long = expectDomainError(init({ title: "x".repeat(201) }), "too-long");
    expect(long).toMatchObject({ field: "title", limit: 200 });
    expectDomainError(init({ by: "__proto__" as ProfileId }), "invalid-id");
    expectDomainError(init({ now: Number.NaN }), "invalid-timestamp");
    expectDomainError(
      init({ links: { addressBook: "https://x" as DocUrl, diagnostic: null } }),
      "invalid-url",
    );
  });

  it("refuses to initialise twice", () => {
    const doc = makeWorkshop();
    expectDomainError(
      () =>
        apply(doc, (d) =>
          initWorkshop(d, {
            title: "again",
            by: alice,
            now: T0,
            links: { addressBook: null, diagnostic: null },
          }),
        ),
      "already-initialised",
    );
  });
});

describe("setWorkshopText", () => {
  it("edits each text field, including to empty while typing", () => {
    let doc = makeWorkshop();
    for (const field of ["title", "theme", "territory", "description"] as const) {
      doc = apply(doc, (d) => setWorkshopText(d, { field, value: `${field} !` }));
      expect(doc[field]).toBe(`${field} !`);
    }
    doc = apply(doc, (d) => setWorkshopText(d, { field: "title", value: "" }));
    expect(doc.title).toBe("");
  });

  it("merges concurrent edits of the same field by character", () => {
    const base = makeWorkshop({ title: "Atelier eau" });
    const a = apply(A.clone(base), (d) =>
      setWorkshopText(d, { field: "title", value: "Grand atelier eau" }),
    );
    const b = apply(A.clone(base), (d) =>
      setWorkshopText(d, { field: "title", value: "Atelier eau potable" }),
    );
    expect(A.merge(a, b).title).toBe("Grand atelier eau potable");
  });

  it("rejects unknown fields and over-long values", () => {
    const doc = makeWorkshop();
    expectDomainError(
      () => apply(doc, (d) => setWorkshopText(d, { field: "createdBy" as "title", value: "x" })),
      "invalid-field",
    );
    expectDomainError(
      () =>
        apply(doc, (d) => setWorkshopText(d, { field: "description", value: "x".repeat(10_001) })),
      "too-long",
    );
  });
});

describe("sessions", () => {
  const add = (doc: A.Doc<WorkshopDoc>, id: string, date: string, place = "Mairie") =>
    apply(doc, (d) => addSession(d, { id, date, place, by: alice, now: T0 }));

  it("adds, updates and removes sessions", () => {
    let doc = add(makeWorkshop(), "s1", "2025-05-02", "Salle A");
    doc = add(doc, "s2", "", "Salle B");
    expect(doc.sessions.s1).toMatchObject({ id: "s1", date: "2025-05-02", place: "Salle A" });
    expect((doc.sessions.s1?.rank ?? "") < (doc.sessions.s2?.rank ?? "")).toBe(true);
    doc = apply(doc, (d) => updateSession(d, { id: "s1", place: "Salle A (étage)" }));
    doc = apply(doc, (d) => updateSession(d, { id: "s2", date: "2025-04-30" }));
    expect(selectSessions(doc).map((s) => s.id)).toEqual(["s2", "s1"]);
    expect(doc.sessions.s1?.place).toBe("Salle A (étage)");
    doc = apply(doc, (d) => removeSession(d, { id: "s1" }));
    expect(Object.keys(doc.sessions)).toEqual(["s2"]);
  });

  it("ignores unknown ids and a second add with the same id", () => {
    let doc = add(makeWorkshop(), "s1", "2025-05-02", "first");
    doc = add(doc, "s1", "2025-06-02", "second");
    expect(doc.sessions.s1?.place).toBe("first");
    const before = A.getHeads(doc);
    doc = apply(doc, (d) => {
      updateSession(d, { id: "gone", place: "x" });
      removeSession(d, { id: "gone" });
    });
    expect(A.getHeads(doc)).toEqual(before); // an empty change is not recorded
  });

  it("rejects invalid dates, ids and places", () => {
    const doc = makeWorkshop();
    expectDomainError(() => add(doc, "s1", "2025-02-30"), "invalid-date");
    expectDomainError(() => add(doc, "s1", "14/03/2025"), "invalid-date");
    expectDomainError(() => add(doc, "bad id", "2025-03-14"), "invalid-id");
    expectDomainError(() => add(doc, "s1", "", "x".repeat(301)), "too-long");
    expectDomainError(
      () => apply(doc, (d) => updateSession(d, { id: "s1", date: "tomorrow" })),
      "invalid-date",
    );
  });

  it("keeps a date a whole value: concurrent changes keep one of them, never a mix", () => {
    const base = add(makeWorkshop(), "s1", "2025-03-14");
    const a = apply(A.clone(base), (d) => updateSession(d, { id: "s1", date: "2025-04-20" }));
    const b = apply(A.clone(base), (d) => updateSession(d, { id: "s1", date: "2026-03-15" }));
    expect(["2025-04-20", "2026-03-15"]).toContain(A.merge(a, b).sessions.s1?.date);
  });
});

describe("setFacilitator", () => {
  it("adds and removes profiles; concurrent adds merge", () => {
    const base = makeWorkshop({ by: alice });
    const a = apply(A.clone(base), (d) => setFacilitator(d, { profileId: "bob", on: true }));
    const b = apply(A.clone(base), (d) => setFacilitator(d, { profileId: "carla", on: true }));
    let doc = A.merge(a, b);
    expect(Object.keys(doc.facilitators).sort()).toEqual(["bob", "carla", alice].sort());
    doc = apply(doc, (d) => setFacilitator(d, { profileId: alice, on: false }));
    expect(doc.facilitators[alice]).toBeUndefined();
  });

  it("rejects invalid ids and non-boolean flags", () => {
    const doc = makeWorkshop();
    expectDomainError(
      () => apply(doc, (d) => setFacilitator(d, { profileId: "", on: true })),
      "invalid-id",
    );
    expectDomainError(
      () =>
        apply(doc, (d) => setFacilitator(d, { profileId: "bob", on: "yes" as unknown as boolean })),
      "invalid-field",
    );
  });
});

describe("linkSeed", () => {
  it("records a seed, then updates its title and url", () => {
    let doc = apply(makeWorkshop(), (d) =>
      linkSeed(d, { seedId: "g1", url: makeDocUrl(5), title: "Légumerie" }),
    );
    expect(doc.seeds.g1).toEqual({ url: makeDocUrl(5), title: "Légumerie", archived: null });
    doc = apply(doc, (d) =>
      linkSeed(d, { seedId: "g1", url: makeDocUrl(6), title: "Légumerie partagée" }),
    );
    expect(doc.seeds.g1).toEqual({
      url: makeDocUrl(6),
      title: "Légumerie partagée",
      archived: null,
    });
  });

  it("rejects a bad url or title", () => {
    const doc = makeWorkshop();
    expectDomainError(
      () => apply(doc, (d) => linkSeed(d, { seedId: "g1", url: "seed-1" as DocUrl, title: "x" })),
      "invalid-url",
    );
    expectDomainError(
      () =>
        apply(doc, (d) => linkSeed(d, { seedId: "g1", url: makeDocUrl(), title: "x".repeat(201) })),
      "too-long",
    );
  });
});

describe("commands on a document that was never initialised", () => {
  it("throw not-initialised instead of creating collections", () => {
    const empty = A.init<WorkshopDoc>();
    expectDomainError(
      () => apply(empty, (d) => addAgendaItem(d, { id: "a1", title: "x", by: alice, now: T0 })),
      "not-initialised",
    );
  });
});

describe("isDomainError", () => {
  it("recognises DomainErrors, also from another copy of the module", () => {
    const foreign = Object.assign(new Error("x"), { name: "DomainError", code: "invalid-time" });
    expect(isDomainError(foreign)).toBe(true);
    expect(isDomainError(new Error("x"))).toBe(false);
    expect(isDomainError({ name: "DomainError", code: "invalid-time" })).toBe(false);
  });
});
