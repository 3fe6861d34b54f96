/** Header recognition and CSV table reading. */
import { describe, expect, it } from "vitest";
import { guessMapping } from "../../../src/interop/csv/headers";
import { parseCsvFile } from "../../../src/interop/csv/parse";
import { rowsToDrafts } from "../../../src/interop/csv/rowsToDrafts";

const fields = (headers: string[]) => Object.values(guessMapping(headers));

describe("guessMapping", () => {
  it("recognises French hand-made headers", () => {
    expect(
      fields([
        "Nom",
        "Prénom",
        "Nom complet",
        "E-mail",
        "Courriel",
        "Téléphone",
        "Portable",
        "Structure",
        "Organisation",
        "Fonction",
        "Commune",
        "Ville",
        "Compétences",
        "Thèmes",
        "Offre",
        "Besoin",
        "Notes",
      ]),
    ).toEqual([
      "familyName",
      "givenName",
      "name",
      "emails",
      "emails",
      "phones",
      "phones",
      "organisations",
      "organisations",
      "role",
      "commune",
      "commune",
      "skills",
      "themes",
      "offers",
      "needs",
      "notes",
    ]);
  });

  it("reads « Nom » alone as the full name", () => {
    expect(fields(["Nom", "Courriel"])).toEqual(["name", "emails"]);
  });

  it("recognises Google and Outlook English headers", () => {
    expect(
      fields([
        "Name",
        "Given Name",
        "Family Name",
        "E-mail 1 - Type",
        "E-mail 1 - Value",
        "Phone 1 - Value",
        "Organization 1 - Name",
        "Organization 1 - Title",
        "First Name",
        "Last Name",
        "E-mail Address",
        "Mobile Phone",
        "Company",
        "Job Title",
        "Notes",
        "Web Page",
        "Categories",
      ]),
    ).toEqual([
      "name",
      "givenName",
      "familyName",
      "emailLabel",
      "emails",
      "phones",
      "organisations",
      "role",
      "givenName",
      "familyName",
      "emails",
      "phones",
      "organisations",
      "role",
      "notes",
      "website",
      "themes",
    ]);
  });

  it("ignores honorifics, display names and phonetic names rather than mistaking them", () => {
    expect(
      fields([
        "Title",
        "Titre",
        "E-mail Display Name",
        "Phonetic First Name",
        "Assistant's Phone",
        "Birthday",
        "Organizational ID Number",
      ]),
    ).toEqual(Array(7).fill("ignore"));
  });

  it("keeps street and postal code in the address unless a formatted address exists", () => {
    expect(fields(["Nom", "Adresse", "Code postal", "Ville"])).toEqual([
      "name",
      "address",
      "address",
      "commune",
    ]);
    expect(
      fields(["Name", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City"]),
    ).toEqual(["name", "address", "ignore", "commune"]);
  });
});

describe("parseCsvFile", () => {
  it("detects `,`, `;` and tabs, honours Excel's sep= line, pads ragged rows", () => {
    expect(parseCsvFile("Nom,E-mail\nA,a@x.fr\n").delimiter).toBe(",");
    expect(parseCsvFile("Nom;E-mail\nA;a@x.fr\n").delimiter).toBe(";");
    expect(parseCsvFile("Nom\tE-mail\nA\ta@x.fr\n").delimiter).toBe("\t");
    const sep = parseCsvFile("sep=;\r\nNom;Notes, remarques\r\nHélène;un, deux\r\nFrançois\r\n");
    expect(sep).toEqual({
      headers: ["Nom", "Notes, remarques"],
      rows: [
        ["Hélène", "un, deux"],
        ["François", ""],
      ],
      delimiter: ";",
    });
  });

  it("keeps commas inside quotes in a `,` file and drops blank rows", () => {
    const t = parseCsvFile('\uFEFFName,Notes\r\n"Dupont, Hélène","a ""quoted"" note"\r\n,\r\n');
    expect(t.rows).toEqual([["Dupont, Hélène", 'a "quoted" note']]);
  });
});

describe("rowsToDrafts", () => {
  it("reads a « Type » column to make structures, even with a name", () => {
    const t = parseCsvFile(
      "Type;Nom;Structures\nStructure;Mairie de Lyon;\nPersonne;Céline;Mairie de Lyon\n",
    );
    const { entries } = rowsToDrafts(t, guessMapping(t.headers));
    expect(entries.map((e) => [e.draft.kind, e.draft.name, e.draft.organisations])).toEqual([
      ["structure", "Mairie de Lyon", undefined],
      ["person", "Céline", ["Mairie de Lyon"]],
    ]);
  });

  it("joins given and family names when there is no full name, and keeps a non-email cell", () => {
    const t = parseCsvFile("Prénom;Nom;E-mail\nJérôme;Petit;voir mairie\n");
    expect(rowsToDrafts(t, guessMapping(t.headers)).entries[0]?.draft).toMatchObject({
      name: "Jérôme Petit",
      emails: [{ value: "voir mairie" }],
    });
  });
});
