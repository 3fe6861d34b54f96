import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  addAgendaItem,
  isFacilitator,
  linkSeed,
  normalizeWorkshop,
  selectAgenda,
  selectSeeds,
  selectSessions,
  selectWorkshopSummary,
} from "../../../src/domain";
import { apply, makeDocUrl, makeProfileId, makeWorkshop, T0 } from "../../fixtures/builders";

describe("selectAgenda", () => {
  it("orders by rank, breaking ties by id, the same way on every replica", () => {
    const base = makeWorkshop({ agenda: [{ id: "m", title: "m" }] });
    const by = makeProfileId();
    const left = apply(A.clone(base), (d) =>
      addAgendaItem(d, { id: "zeta", title: "z", afterId: null, by, now: T0 }),
    );
    const right = apply(A.clone(base), (d) =>
      addAgendaItem(d, { id: "alpha", title: "a", afterId: null, by, now: T0 }),
    );
    const one = A.merge(A.clone(left), right);
    const two = A.merge(A.clone(right), left);
    expect(selectAgenda(one).map((i) => i.id)).toEqual(["alpha", "zeta", "m"]);
    expect(selectAgenda(two).map((i) => i.id)).toEqual(["alpha", "zeta", "m"]);
  });

  it("works on a normalized view and skips junk in a raw document", () => {
    const doc = makeWorkshop({
      agenda: [
        { id: "a", title: "a" },
        { id: "b", title: "b" },
      ],
    });
    expect(selectAgenda(normalizeWorkshop(doc).value).map((i) => i.id)).toEqual(["a", "b"]);
    const raw = { agenda: { a: { id: "a", rank: "a1" }, junk: 5, b: { id: "b", rank: "a0" } } };
    expect(selectAgenda(raw as never).map((i) => i.id)).toEqual(["b", "a"]);
  });
});

describe("selectSessions", () => {
  it("orders by date, undated last, then by insertion", () => {
    const doc = makeWorkshop({
      sessions: [
        { id: "undated", date: "", place: "?" },
        { id: "late", date: "2025-06-01", place: "B" },
        { id: "early", date: "2025-05-01", place: "A" },
        { id: "early2", date: "2025-05-01", place: "A2" },
      ],
    });
    expect(selectSessions(doc).map((s) => s.id)).toEqual(["early", "early2", "late", "undated"]);
  });
});

describe("selectSeeds and isFacilitator", () => {
  it("lists seeds by title and checks the facilitator set", () => {
    let doc = makeWorkshop({ by: makeProfileId("ana") });
    doc = apply(doc, (d) => {
      linkSeed(d, { seedId: "g2", url: makeDocUrl(2), title: "Verger" });
      linkSeed(d, { seedId: "g1", url: makeDocUrl(1), title: "Cantine" });
    });
    expect(selectSeeds(doc).map((s) => s.title)).toEqual(["Cantine", "Verger"]);
    expect(isFacilitator(doc, makeProfileId("ana"))).toBe(true);
    expect(isFacilitator(doc, "someone")).toBe(false);
    expect(isFacilitator(doc, "__proto__")).toBe(false);
  });
});

describe("selectWorkshopSummary", () => {
  it("summarises counts and the date span", () => {
    const doc = makeWorkshop({
      title: "Mobilités",
      sessions: [
        { id: "s1", date: "2025-09-10", place: "A" },
        { id: "s2", date: "2025-09-03", place: "B" },
        { id: "s3", date: "", place: "C" },
      ],
      agenda: [{ id: "a", title: "a" }],
    });
    expect(selectWorkshopSummary(doc)).toEqual({
      title: "Mobilités",
      theme: "",
      territory: "",
      sessionCount: 3,
      agendaCount: 1,
      firstDate: "2025-09-03",
      lastDate: "2025-09-10",
      facilitatorCount: 1,
      seedCount: 0,
    });
  });

  it("has no dates when no session is dated", () => {
    const summary = selectWorkshopSummary(makeWorkshop());
    expect(summary).toMatchObject({ firstDate: null, lastDate: null, sessionCount: 0 });
  });
});
