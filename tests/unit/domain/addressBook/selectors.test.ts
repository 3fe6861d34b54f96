import { describe, expect, it } from "vitest";
import {
  consentedForPublic,
  consentedForSharing,
  filterContacts,
  foldForSearch,
  matchNeeds,
  normalizeEmail,
  normalizeLabel,
  normalizePhone,
  pairKey,
  recordConsent,
  searchContacts,
  selectContacts,
  selectSkillsIndex,
  selectStructures,
  contactBucket,
} from "../../../../src/domain";
import { apply, T0 } from "../../../fixtures/builders";
import { BY, cid, makeContactBook, viewOf } from "../../../helpers/addressBook";

const book = () => {
  let doc = makeContactBook([
    [
      "s1",
      {
        name: "Terre Vivante",
        kind: "structure",
        structureType: "association",
        offers: ["Salle de réunion"],
      },
    ],
    [
      "h1",
      {
        name: "Hélène Rivière",
        role: "Maraîchère",
        organisations: ["Terre Vivante"],
        emails: [{ value: "helene@ferme.fr" }],
        skills: ["Maraîchage", "Compost"],
        themes: ["Alimentation"],
        needs: ["Un local pour nos réunions"],
        commune: "Saillans",
      },
    ],
    ["e1", { name: "Émile Zola", skills: ["compost"], offers: ["Broyeur"], commune: "Die" }],
    ["a1", { name: "albert", needs: ["Broyeur"], themes: ["Mobilité"] }],
  ]);
  doc = apply(doc, (d) =>
    recordConsent(d, {
      id: cid("h1"),
      shareWithParticipants: true,
      publicRestitution: false,
      by: BY,
      now: T0,
    }),
  );
  doc = apply(doc, (d) =>
    recordConsent(d, {
      id: cid("e1"),
      shareWithParticipants: true,
      publicRestitution: true,
      by: BY,
      now: T0,
    }),
  );
  return viewOf(doc);
};

describe("keys", () => {
  it("normalise values the same way on every device", () => {
    expect(foldForSearch("Hélène ŒUVRE")).toBe("helene oeuvre");
    expect(normalizeEmail("  Ana.Lopez@Exemple.FR ")).toBe("ana.lopez@exemple.fr");
    expect(normalizePhone("+33 (0)6 12 34 56 78")).toBe("0612345678");
    expect(normalizePhone("+33 6 12 34 56 78")).toBe("0612345678");
    expect(normalizePhone("06.12.34.56.78")).toBe("0612345678");
    expect(normalizePhone("+44 20 7946 0958")).toBe("00442079460958");
    expect(normalizeLabel("  Éco-Construction ")).toBe("eco construction");
    expect(normalizeLabel("🌱")).toBe("🌱");
    expect(pairKey("b", "a")).toBe("a+b");
    expect(contactBucket("Zx12")).toBe("Z");
  });
});

describe("selectors", () => {
  it("lists contacts by folded name then id", () => {
    expect(selectContacts(book()).map((c) => c.name)).toEqual([
      "albert",
      "Émile Zola",
      "Hélène Rivière",
      "Terre Vivante",
    ]);
  });

  it("searches ignoring accents and case, over every searchable field", () => {
    const all = selectContacts(book());
    const names = (q: string) => searchContacts(all, q).map((c) => c.name);
    expect(names("helene")).toEqual(["Hélène Rivière"]);
    expect(names("HÉLÈNE riviere")).toEqual(["Hélène Rivière"]);
    expect(names("terre vivante")).toEqual(["Hélène Rivière", "Terre Vivante"]); // via structure
    expect(names("compost")).toEqual(["Émile Zola", "Hélène Rivière"]);
    expect(names("maraichere")).toEqual(["Hélène Rivière"]); // role
    expect(names("ferme.fr")).toEqual(["Hélène Rivière"]); // email
    expect(names("die")).toEqual(["Émile Zola"]); // commune
    expect(names("mobilite")).toEqual(["albert"]); // theme
    expect(names("  ")).toHaveLength(4);
    expect(names("introuvable")).toEqual([]);
  });

  it("filters by skill, theme, structure and consent", () => {
    const all = selectContacts(book());
    const ids = (f: Parameters<typeof filterContacts>[1]) =>
      filterContacts(all, f).map((c) => c.id);
    expect(ids({ skill: "Compost" })).toEqual(["e1", "h1"]);
    expect(ids({ theme: "alimentation" })).toEqual(["h1"]);
    expect(ids({ structureId: cid("s1") })).toEqual(["h1"]);
    expect(ids({ consent: "recorded" })).toEqual(["e1", "h1"]);
    expect(ids({ consent: "missing" })).toEqual(["a1", "s1"]);
    expect(ids({ consent: "public" })).toEqual(["e1"]);
    expect(ids({ skill: "compost", consent: "public" })).toEqual(["e1"]);
    expect(consentedForSharing(all).map((c) => c.id)).toEqual(["e1", "h1"]);
    expect(consentedForPublic(all).map((c) => c.id)).toEqual(["e1"]);
  });

  it("lists structures with their members", () => {
    expect(
      selectStructures(book()).map((s) => [
        s.structure.name,
        s.members.map((m) => [m.contact.name, m.role]),
      ]),
    ).toEqual([["Terre Vivante", [["Hélène Rivière", "Maraîchère"]]]]);
  });

  it("indexes skills, themes, offers and needs", () => {
    const index = selectSkillsIndex(book());
    expect(index.skills.map((s) => [s.label, s.contacts.map((c) => c.id)])).toEqual([
      ["compost", ["e1", "h1"]], // as typed by the first contact in name order
      ["Maraîchage", ["h1"]],
    ]);
    expect(index.offers.map((s) => s.key)).toEqual(["broyeur", "salle de reunion"]);
    expect(index.needs.map((s) => s.key)).toEqual(["broyeur", "un local pour nos reunions"]);
    expect(index.themes.map((s) => s.key)).toEqual(["alimentation", "mobilite"]);
  });

  it("matches each need with the offers and skills that answer it", () => {
    const matches = matchNeeds(book()).map((m) => [
      m.contact.id,
      m.need.label,
      m.answers.map((a) => `${a.contact.id}:${a.via}:${a.label}`),
    ]);
    expect(matches).toEqual([
      ["a1", "Broyeur", ["e1:offer:Broyeur"]],
      ["h1", "Un local pour nos réunions", ["s1:offer:Salle de réunion"]],
    ]);
  });
});
