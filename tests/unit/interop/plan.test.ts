/** planImport: what is added, what looks like a duplicate (in the book or in the file), what is rejected. */
import { describe, expect, it } from "vitest";
import type { ContactId } from "../../../src/domain/ids";
import { planImport } from "../../../src/interop/plan";
import type { ContactDraft, ImportEntry } from "../../../src/interop/types";
import { parseVCards } from "../../../src/interop/vcard/parse";
import { corpusText, makeContactView } from "./corpus";

const helene = makeContactView({
  id: "c-helene" as ContactId,
  name: "Hélène Lefèvre",
  emails: [{ value: "Helene.Lefevre@Jardins-Partages.fr", label: "" }],
});
const francois = makeContactView({
  id: "c-francois" as ContactId,
  name: "François Müller-Duval",
  phones: [{ value: "06 98 76 54 32", label: "portable" }],
});
const mairie = makeContactView({
  id: "c-mairie" as ContactId,
  kind: "structure",
  name: "Mairie de Lyon",
});

const entry = (index: number, draft: Partial<ContactDraft> & { name: string }): ImportEntry => ({
  index,
  draft: { kind: "person", source: "import", ...draft },
});

describe("planImport", () => {
  it("flags drafts matching an existing contact by email, phone or folded name, and adds the rest", () => {
    const entries = [
      entry(0, { name: "H. Lefevre", emails: [{ value: " helene.lefevre@jardins-partages.fr " }] }),
      entry(1, { name: "Fanfan", phones: [{ value: "+33 6 98 76 54 32" }] }),
      entry(2, { name: "duval-MULLER francois" }),
      entry(3, { name: "Céline Martin", emails: [{ value: "celine@example.org" }] }),
    ];
    const plan = planImport([helene, francois, mairie], entries);
    expect(plan.possibleDuplicates).toEqual([
      { draft: entries[0]!.draft, index: 0, existingId: "c-helene", reasons: ["email"] },
      { draft: entries[1]!.draft, index: 1, existingId: "c-francois", reasons: ["phone"] },
      { draft: entries[2]!.draft, index: 2, existingId: "c-francois", reasons: ["name"] },
    ]);
    expect(plan.toAdd).toEqual([entries[3]!.draft]);
    expect(plan.duplicatesInFile).toEqual([]);
    expect(plan.rejected).toEqual([]);
  });

  it("prefers the existing contact sharing the most keys", () => {
    const homonym = makeContactView({ id: "c-helene-2" as ContactId, name: "Hélène Lefèvre" });
    const plan = planImport(
      [homonym, helene],
      [
        entry(0, {
          name: "Helene LEFEVRE",
          emails: [{ value: "helene.lefevre@jardins-partages.fr" }],
        }),
      ],
    );
    expect(plan.possibleDuplicates[0]).toMatchObject({
      existingId: "c-helene",
      reasons: ["email", "name"],
    });
  });

  it("does not match a person with a structure, nor on short phone numbers", () => {
    const plan = planImport(
      [
        mairie,
        makeContactView({
          id: "c-x" as ContactId,
          name: "X",
          phones: [{ value: "12", label: "" }],
        }),
      ],
      [entry(0, { name: "Mairie de Lyon" }), entry(1, { name: "Y", phones: [{ value: "12" }] })],
    );
    expect(plan.possibleDuplicates).toEqual([]);
    expect(plan.toAdd.map((d) => d.name)).toEqual(["Mairie de Lyon", "Y"]);
  });

  it("detects duplicates within the file and keeps the first occurrence", () => {
    const entries = [
      entry(0, { name: "Jérôme Petit", emails: [{ value: "jerome@example.org" }] }),
      entry(1, { name: "Céline Rousseau" }),
      entry(2, { name: "jerome petit" }),
      entry(5, { name: "J. Petit", emails: [{ value: "JEROME@example.org" }] }),
    ];
    const plan = planImport([], entries);
    expect(plan.toAdd.map((d) => d.name)).toEqual(["Jérôme Petit", "Céline Rousseau"]);
    expect(plan.duplicatesInFile).toEqual([
      { draft: entries[2]!.draft, index: 2, sameAsIndex: 0, reasons: ["name"] },
      { draft: entries[3]!.draft, index: 5, sameAsIndex: 0, reasons: ["email"] },
    ]);
  });

  it("carries the parser's rejections and rejects nameless drafts, sorted by index", () => {
    const plan = planImport(
      [],
      [entry(1, { name: "  " }), entry(0, { name: "Ana" })],
      [{ index: 2, reason: "truncated" }],
    );
    expect(plan.toAdd.map((d) => d.name)).toEqual(["Ana"]);
    expect(plan.rejected).toEqual([
      { index: 1, reason: "missing-name" },
      { index: 2, reason: "truncated" },
    ]);
  });

  it("plans a real corpus file against a book and writes nothing (inputs unchanged)", () => {
    const { entries, rejected } = parseVCards(corpusText("ios-3.0.vcf"));
    const book = [helene, francois];
    const snapshot = JSON.stringify({ book, entries });
    const plan = planImport(book, entries, rejected);
    expect(plan.possibleDuplicates.map((d) => [d.draft.name, d.existingId, d.reasons])).toEqual([
      ["Hélène Lefèvre", "c-helene", ["email", "name"]],
      ["François Müller-Duval", "c-francois", ["phone", "name"]],
    ]);
    expect(plan.toAdd.map((d) => d.name)).toEqual(["Mairie de Saint-Étienne"]);
    expect(JSON.stringify({ book, entries })).toBe(snapshot);
  });
});
