import { describe, expect, it } from "vitest";
import {
  nameSimilarity,
  normalizeAddressBook,
  pairKey,
  suggestDuplicates,
} from "../../../../src/domain";
import { makeContactBook, viewOf } from "../../../helpers/addressBook";
import { generateDuplicateSet } from "../../../helpers/addressBookDuplicates";

describe("name similarity", () => {
  it("ignores accents, case, hyphens and word order", () => {
    expect(nameSimilarity("Marie-Hélène Dupont", "dupont marie helene")).toBe(1);
    expect(nameSimilarity("Jean-Luc de La Tour", "JEAN LUC TOUR")).toBe(1);
    expect(nameSimilarity("Marie Dupont", "Marie Dupond")).toBeGreaterThanOrEqual(0.9);
    expect(nameSimilarity("M. Dupont", "Marie Dupont")).toBeGreaterThan(0.8);
    expect(nameSimilarity("Jean Martin", "Sophie Roux")).toBe(0);
  });
});

describe("suggestDuplicates", () => {
  it("suggests the same person typed twice, with reasons, and never merges", () => {
    const doc = makeContactBook([
      ["a1", { name: "Marie-Hélène Dupont", emails: [{ value: "MH@ex.fr" }] }],
      [
        "b1",
        {
          name: "dupont marie helene",
          emails: [{ value: "mh@ex.fr " }],
          phones: [{ value: "+33 6 12 34 56 78" }],
        },
      ],
      ["c1", { name: "M. H. Dupont", phones: [{ value: "06 12 34 56 78" }] }],
      ["d1", { name: "Les Jardins", kind: "structure", emails: [{ value: "contact@jardins.fr" }] }],
      ["e1", { name: "Paul Roux", emails: [{ value: "contact@jardins.fr" }] }],
    ]);
    const view = viewOf(doc);
    const suggestions = suggestDuplicates(view);
    expect(suggestions.map((s) => [s.a, s.b, s.reasons])).toEqual([
      ["a1", "b1", ["email", "name"]],
      ["b1", "c1", ["phone", "name"]],
    ]);
    expect(suggestions[0]?.score).toBe(1);
    expect(Object.keys(view.contacts)).toHaveLength(5); // nothing merged
  });

  it("keeps homonyms apart when something tells them apart", () => {
    const doc = makeContactBook([
      ["a1", { name: "Jean Martin", emails: [{ value: "jean@crest.fr" }], commune: "Crest" }],
      ["b1", { name: "Jean Martin", emails: [{ value: "jm@die.fr" }], commune: "Die" }],
    ]);
    expect(suggestDuplicates(viewOf(doc))).toEqual([]);
  });

  it("reaches precision and recall ≥ 0.9 on a generated book with known duplicates and homonyms", () => {
    const figures: string[] = [];
    for (const seed of [1, 2, 3, 4, 5]) {
      const set = generateDuplicateSet(seed);
      const view = normalizeAddressBook(set.doc).value;
      const suggested = suggestDuplicates(view).map((s) => pairKey(s.a, s.b));
      const tp = suggested.filter((k) => set.duplicates.has(k)).length;
      const precision = tp / suggested.length;
      const recall = tp / set.duplicates.size;
      const homonymsSuggested = suggested.filter((k) => set.homonyms.has(k)).length;
      const marked = Object.keys(view.notDuplicates);
      expect(marked).toHaveLength(10);
      for (const key of marked) expect(suggested).not.toContain(key);
      figures.push(
        `seed ${seed}: ${set.contactCount} contacts, ${set.duplicates.size} duplicates, ` +
          `${set.homonyms.size} homonyms → ${suggested.length} suggested, precision ` +
          `${precision.toFixed(3)}, recall ${recall.toFixed(3)}, homonyms suggested ${homonymsSuggested}`,
      );
      expect(precision).toBeGreaterThanOrEqual(0.9);
      expect(recall).toBeGreaterThanOrEqual(0.9);
    }
    console.log(`duplicate detection\n${figures.join("\n")}`);
  });
});
