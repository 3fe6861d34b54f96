import { describe, expect, it } from "vitest";
import { EMPTY_QUICK_ADD, planQuickAdd } from "../../../../src/features/address-book/quickAdd";
import type { ContactId } from "../../../../src/domain";

const ids = () => {
  let n = 0;
  return () => `id${++n}` as ContactId;
};

describe("planQuickAdd (the tour de table form)", () => {
  it("needs only a name", () => {
    expect(planQuickAdd({ ...EMPTY_QUICK_ADD, name: "   " }, [])).toBeNull();
    const plan = planQuickAdd({ ...EMPTY_QUICK_ADD, name: " Hélène " }, [], ids());
    expect(plan).toEqual({
      id: "id1",
      draft: {
        kind: "person",
        name: "Hélène",
        role: "",
        emails: [],
        phones: [],
        skills: [],
        offers: [],
        needs: [],
        source: "atelier",
      },
    });
  });

  it("joins an existing structure whatever the accents and case", () => {
    const plan = planQuickAdd(
      { ...EMPTY_QUICK_ADD, name: "Zoé", structure: "mairie de lodeve" },
      [{ id: "s1" as ContactId, name: "Mairie de Lodève" }],
      ids(),
    );
    expect(plan?.structureId).toBe("s1");
    expect(plan?.newStructure).toBeUndefined();
  });

  it("creates a structure it does not know, in the same plan", () => {
    const plan = planQuickAdd(
      {
        ...EMPTY_QUICK_ADD,
        name: "Paul",
        structure: "Les Semeurs",
        email: " p@ex.fr ",
        skills: ["a"],
      },
      [],
      ids(),
    );
    expect(plan?.newStructure).toEqual({
      id: "id2",
      draft: { kind: "structure", name: "Les Semeurs", source: "atelier" },
    });
    expect(plan?.structureId).toBe("id2");
    expect(plan?.draft.emails).toEqual([{ value: "p@ex.fr" }]);
    expect(plan?.draft.skills).toEqual(["a"]);
  });

  it("ignores the structure field for a structure", () => {
    const plan = planQuickAdd(
      { ...EMPTY_QUICK_ADD, kind: "structure", name: "Asso", structure: "Autre" },
      [],
      ids(),
    );
    expect(plan?.draft.kind).toBe("structure");
    expect(plan?.structureId).toBeUndefined();
  });
});
