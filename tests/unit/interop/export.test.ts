/** vCard 4.0 and CSV export: format details, consent scope, and export → import round trips. */
import { describe, expect, it } from "vitest";
import type { ContactId } from "../../../src/domain/ids";
import { exportableContacts } from "../../../src/interop/consent";
import { exportCsv } from "../../../src/interop/csv/export";
import { guessMapping } from "../../../src/interop/csv/headers";
import { parseCsvFile } from "../../../src/interop/csv/parse";
import { rowsToDrafts } from "../../../src/interop/csv/rowsToDrafts";
import { decodeText } from "../../../src/interop/decodeText";
import type { ContactViewLike } from "../../../src/interop/types";
import { exportVCards } from "../../../src/interop/vcard/export";
import { parseVCards } from "../../../src/interop/vcard/parse";
import { makeContactView } from "./corpus";

const association = makeContactView({
  id: "s-jardins" as ContactId,
  kind: "structure",
  name: "Association Les Jardins Partagés; Lyon, Villeurbanne",
  structureType: "association",
  emails: [{ value: "contact@jardins.example.org", label: "travail" }],
  themes: [{ label: "Alimentation" }],
  consent: { shareWithParticipants: true, publicRestitution: true },
});
const helene = makeContactView({
  name: "Hélène Lefèvre-Ducroquet de la Tour d'Auvergne",
  role: "Coordinatrice, « facilitation »",
  memberOf: [{ structureId: association.id, name: "" }],
  emails: [
    { value: "helene@example.org", label: "domicile" },
    { value: "h.lefevre@jardins.example.org", label: "Permanence, mardi" },
  ],
  phones: [
    { value: "06 12 34 56 78", label: "portable" },
    { value: "04 78 00 00 00", label: "" },
  ],
  address: "12 rue des Lilas, 69100 Villeurbanne",
  commune: "Villeurbanne",
  website: "https://example.org/helene?a=1;b=2",
  skills: [{ label: "compostage" }, { label: "animation, facilitation" }],
  themes: [{ label: "Biodiversité" }, { label: "Énergie" }],
  offers: [{ label: "prêt d'outils" }],
  needs: [{ label: "un local" }],
  notes: "Ligne 1\nLigne 2 avec ; et , et \\ — éèàçœ 🌱 ".repeat(3).trim(),
  consent: { shareWithParticipants: true, publicRestitution: false },
});
const jerome = makeContactView({
  name: "Jérôme",
  consent: { shareWithParticipants: null, publicRestitution: null },
});
const structuresById = new Map([[association.id, association]]);
const options = { structuresById };

describe("exportVCards", () => {
  const text = exportVCards([helene, association], options);

  it("writes vCard 4.0 with CRLF line ends only, folded at 75 octets without splitting characters", () => {
    expect(text.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n")).toBe(true);
    expect(text.endsWith("END:VCARD\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const encoder = new TextEncoder();
    for (const line of text.split("\r\n"))
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(text).not.toContain("\uFFFD");
    expect(text.split("\r\n").some((l) => l.startsWith(" "))).toBe(true);
  });

  it("escapes text, marks structures KIND:org, names a person's structures in ORG, types TEL/EMAIL", () => {
    const unfolded = text.replace(/\r\n /g, "");
    expect(unfolded).toContain(
      "KIND:org\r\nFN:Association Les Jardins Partagés; Lyon\\, Villeurbanne\r\n",
    );
    expect(unfolded).toContain("KIND:individual\r\n");
    expect(unfolded).toContain("ORG:Association Les Jardins Partagés\\; Lyon\\, Villeurbanne\r\n");
    expect(unfolded).toContain("EMAIL;TYPE=home:helene@example.org\r\n");
    expect(unfolded).toContain(
      "item1.EMAIL:h.lefevre@jardins.example.org\r\nitem1.X-ABLabel:Permanence\\, mardi\r\n",
    );
    expect(unfolded).toContain("TEL;VALUE=text;TYPE=cell:06 12 34 56 78\r\n");
    expect(unfolded).toContain("CATEGORIES:Biodiversité,Énergie\r\n");
    expect(unfolded).toContain("NOTE:Ligne 1\\nLigne 2 avec ; et \\, et \\\\ — ");
  });

  it("round-trips through parseVCards with every field, accent and label intact", () => {
    const { entries, rejected } = parseVCards(text);
    expect(rejected).toEqual([]);
    expect(entries.map((e) => e.draft)).toEqual([
      {
        kind: "person",
        name: helene.name,
        source: "import",
        organisations: [association.name],
        role: helene.role,
        emails: [
          { value: "helene@example.org", label: "domicile" },
          { value: "h.lefevre@jardins.example.org", label: "Permanence, mardi" },
        ],
        phones: [{ value: "06 12 34 56 78", label: "portable" }, { value: "04 78 00 00 00" }],
        address: helene.address,
        commune: helene.commune,
        website: helene.website,
        notes: helene.notes,
        themes: ["Biodiversité", "Énergie"],
        skills: ["compostage", "animation, facilitation"],
        offers: ["prêt d'outils"],
        needs: ["un local"],
      },
      {
        kind: "structure",
        name: association.name,
        structureType: "association",
        source: "import",
        emails: [{ value: "contact@jardins.example.org", label: "travail" }],
        themes: ["Alimentation"],
      },
    ]);
  });

  it("exports nothing for an empty list", () => {
    expect(exportVCards([], options)).toBe("");
  });
});

describe("exportCsv", () => {
  // Structure names are split on `;` on import (hand-made sheets list several that way).
  const asso = { ...association, name: "Association Les Jardins Partagés, Lyon" };
  const csv = exportCsv([helene, asso, jerome], { structuresById: new Map([[asso.id, asso]]) });

  it("writes UTF-8 with a BOM, `;` separators, French headers and quoted cells", () => {
    expect(csv.startsWith("\uFEFFType;Nom;Structures;Fonction;E-mails;Téléphones;")).toBe(true);
    expect(csv).toContain(";Association Les Jardins Partagés, Lyon;");
    expect(csv).toContain('"Ligne 1\nLigne 2 avec ; et , et');
    expect(csv).toContain("non recueilli");
  });

  it("neutralises spreadsheet formulas but keeps phone numbers", () => {
    const evil = makeContactView({
      name: '=HYPERLINK("x")',
      phones: [{ value: "+33 6 12 34 56 78", label: "" }],
    });
    const out = exportCsv([evil], options);
    expect(out).toContain(`"'=HYPERLINK(""x"")"`);
    expect(out).toContain(";+33 6 12 34 56 78;");
  });

  it("round-trips through the CSV importer (as bytes, like a re-imported file)", () => {
    const { text } = decodeText(new TextEncoder().encode(csv));
    const table = parseCsvFile(text);
    expect(table.delimiter).toBe(";");
    const { entries, rejected } = rowsToDrafts(table, guessMapping(table.headers));
    expect(rejected).toEqual([]);
    expect(entries[0]?.draft).toEqual({
      kind: "person",
      name: helene.name,
      source: "import",
      organisations: [asso.name],
      role: helene.role,
      address: helene.address,
      notes: helene.notes,
      commune: helene.commune,
      website: helene.website,
      emails: [{ value: "helene@example.org" }, { value: "h.lefevre@jardins.example.org" }],
      phones: [{ value: "06 12 34 56 78" }, { value: "04 78 00 00 00" }],
      // Multi-valued cells split on `,` too: a label holding a comma comes back as two.
      skills: ["compostage", "animation", "facilitation"],
      offers: ["prêt d'outils"],
      needs: ["un local"],
      themes: ["Biodiversité", "Énergie"],
    });
    expect(entries[1]?.draft).toMatchObject({ kind: "structure", name: asso.name });
    expect(entries[2]?.draft).toEqual({ kind: "person", name: "Jérôme", source: "import" });
  });
});

describe("exportableContacts", () => {
  const all: ContactViewLike[] = [helene, association, jerome];
  it("keeps everyone for « all » and only recorded yes answers for « consented »", () => {
    expect(exportableContacts(all, "all")).toEqual(all);
    expect(exportableContacts(all, "consented").map((c) => c.name)).toEqual([
      helene.name,
      association.name,
    ]);
    const refused = makeContactView({
      name: "Refus",
      consent: { shareWithParticipants: false, publicRestitution: true },
    });
    expect(exportableContacts([refused], "consented")).toEqual([]);
  });
});
