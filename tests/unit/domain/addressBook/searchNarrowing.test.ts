import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldedWords, searchContacts, selectContacts } from "../../../../src/domain";
import { makeContactBook, viewOf } from "../../../helpers/addressBook";

const contacts = selectContacts(
  viewOf(
    makeContactBook([
      ["Hhelene", { name: "Hélène Rivière", commune: "Crest", skills: ["Compost"] }],
      ["Hhenri", { name: "Henri Dupont", commune: "Die", role: "Maraîcher" }],
      ["Mmarie", { name: "Marie Dupuis", skills: ["Couture", "Compost"] }],
      ["Mmarc", { name: "Marc Hélias", themes: ["Mobilité"] }],
      ["Zzoe", { name: "Zoé Martin", emails: [{ value: "zoe@die.fr" }] }],
    ]),
  ),
);
const direct = (query: string) => {
  const words = foldedWords(query);
  return contacts.filter((c) => words.every((w) => c.searchText.includes(w)));
};

describe("search as you type", () => {
  it("narrowing from the previous result finds what a fresh search finds, keystroke by keystroke", () => {
    const text = fc.string({
      unit: fc.constantFrom("h", "é", "l", "e", "n", "m", "a", "r", "i", " ", "d", "u", "p", "c"),
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (queries) => {
        for (const query of queries) {
          for (let i = 0; i <= query.length; i++) {
            const typed = query.slice(0, i);
            const shown = searchContacts(contacts, typed).map((c) => c.id);
            expect(shown).toEqual(direct(typed).map((c) => c.id));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
