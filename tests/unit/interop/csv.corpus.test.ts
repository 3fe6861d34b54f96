/** Each CSV of the corpus → delimiter, guessed mapping, drafts and rejections. */
import { describe, expect, it } from "vitest";
import { guessMapping } from "../../../src/interop/csv/headers";
import { parseCsvFile } from "../../../src/interop/csv/parse";
import { rowsToDrafts } from "../../../src/interop/csv/rowsToDrafts";
import { readContactsFile } from "../../../src/interop/readFile";
import { corpusBytes, corpusText } from "./corpus";

function importCsv(file: string) {
  const table = parseCsvFile(corpusText(file));
  return { table, ...rowsToDrafts(table, guessMapping(table.headers)) };
}

describe("CSV corpus", () => {
  it("French hand-made sheet: BOM, `;`, quoted cells with `;` and newlines, multi-valued cells", () => {
    const { table, entries, rejected } = importCsv("carnet-atelier-fr.csv");
    expect(table.delimiter).toBe(";");
    expect(table.headers[0]).toBe("Nom");
    expect(entries[0]).toEqual({
      index: 0,
      draft: {
        kind: "person",
        name: "Hélène Lefèvre",
        source: "import",
        organisations: ["Association Les Jardins Partagés"],
        role: "Coordinatrice",
        notes: "Présente à l'atelier du 12 mars.\nSouhaite être recontactée ; plutôt le matin.",
        commune: "Villeurbanne",
        emails: [
          { value: "helene.lefevre@jardins-partages.example.fr" },
          { value: "helene.l@free.example.fr" },
        ],
        phones: [{ value: "04 78 12 34 56" }, { value: "06 12 34 56 78", label: "portable" }],
        skills: ["compostage", "animation", "jardinage"],
        offers: ["Grainothèque", "prêt d'outils"],
        needs: ["Un local pour l'hiver"],
        themes: ["Alimentation", "Biodiversité"],
      },
    });
    expect(entries[1]?.draft).toMatchObject({
      name: "François Müller-Duval",
      needs: ["compostage"],
    });
    expect(entries[2]?.draft).toEqual({
      kind: "structure",
      name: "Mairie de Saint-Étienne",
      source: "import",
      commune: "Saint-Étienne",
      phones: [{ value: "04 77 48 77 48" }],
      themes: ["Collectivité"],
    });
    expect(entries.map((e) => e.index)).toEqual([0, 1, 2, 4]);
    expect(rejected).toEqual([{ index: 3, reason: "missing-name" }]);
  });

  it("Google Contacts (old export): labels paired with values, ` ::: ` multi-values, formatted address", () => {
    const { table, entries, rejected } = importCsv("google.csv");
    expect(table.delimiter).toBe(",");
    expect(rejected).toEqual([]);
    expect(entries[0]?.draft).toEqual({
      kind: "person",
      name: "Céline Martin",
      source: "import",
      organisations: ["Ville de Grenoble"],
      role: "Chargée de mission participation",
      address: "5 avenue Jean Jaurès, 38000 Grenoble, FR",
      notes: "Compétences : animation, facilitation graphique",
      commune: "Grenoble",
      emails: [
        { value: "celine.martin@mairie-grenoble.example.fr", label: "travail" },
        { value: "celine.m@gmail.example.com", label: "domicile" },
      ],
      phones: [{ value: "+33 7 11 22 33 44", label: "portable" }],
      themes: ["Atelier Alimentation"],
    });
    expect(entries[1]?.draft).toMatchObject({
      name: "Jérôme Petit",
      emails: [{ value: "jerome.petit@example.org" }, { value: "j.petit@lafabrique.example.coop" }],
      phones: [
        { value: "06 55 44 33 22", label: "portable" },
        { value: "04 76 00 00 00", label: "Atelier" },
      ],
      themes: ["Atelier Alimentation", "Compost"],
      website: "http://www.lafabrique.example.coop",
    });
    expect(entries[2]?.draft).toMatchObject({ kind: "structure", name: "Mairie de Grenoble" });
  });

  it("Google Contacts (2024 export): First/Middle/Last names, Organization Name/Title, Labels", () => {
    const { entries } = importCsv("google-2024.csv");
    expect(entries[0]?.draft).toMatchObject({
      name: "Anaïs Bérard",
      organisations: ["Les Petits Débrouillards"],
      role: "Médiatrice scientifique",
      address: "7 rue Gambetta, 26000 Valence",
      commune: "Valence",
      themes: ["Atelier Énergie"],
      emails: [{ value: "a.berard@debrouillards.example.org", label: "travail" }],
    });
    expect(entries[1]?.draft).toEqual({
      kind: "person",
      name: "Loïc André Le Gall",
      source: "import",
      phones: [
        { value: "02 98 00 11 22", label: "domicile" },
        { value: "07 12 34 56 78", label: "portable" },
      ],
    });
  });

  it("Outlook (English): labels from headers, SMTP types and display names ignored, categories", () => {
    const { entries, rejected } = importCsv("outlook.csv");
    expect(rejected).toEqual([]);
    expect(entries[0]?.draft).toEqual({
      kind: "person",
      name: "Aurélie Girard",
      source: "import",
      organisations: ["Communauté de communes du Pilat"],
      role: "Chargée de développement",
      address: "2 rue de la Mairie, 42410, France",
      notes: "Contact pour le projet de compostage partagé.\nDisponible le jeudi après-midi.",
      commune: "Pélussin",
      emails: [{ value: "aurelie.girard@cc-pilat.example.fr" }],
      phones: [
        { value: "04 74 87 52 00", label: "travail" },
        { value: "06 33 44 55 66", label: "portable" },
      ],
      themes: ["Compostage", "Atelier Déchets"],
    });
    expect(entries[1]?.draft.emails).toHaveLength(2);
  });

  it("Outlook (French) in Windows-1252: accents intact, « Nom » is the family name beside « Prénom »", () => {
    const read = readContactsFile(
      corpusBytes("outlook-fr-windows-1252.csv"),
      "outlook-fr-windows-1252.csv",
    );
    if (!read.ok || read.format !== "csv") throw new Error(`unexpected ${JSON.stringify(read)}`);
    expect(read.encoding).toBe("windows-1252");
    const { entries } = rowsToDrafts(read.table, read.mapping);
    expect(entries.map((e) => e.draft.name)).toEqual(["Jérôme Faure", "Élodie Chevalier"]);
    expect(entries[0]?.draft).toMatchObject({
      organisations: ["Régie de quartier Les Pentes"],
      role: "Directeur",
      commune: "Lyon",
      themes: ["Insertion", "Économie sociale"],
      notes: "Propose des chantiers d'insertion « espaces verts ».",
      phones: [
        { value: "04 72 00 00 01", label: "travail" },
        { value: "06 98 12 34 56", label: "portable" },
      ],
    });
  });

  it("a CSV with no name column fails as a whole with `no-name-column`", () => {
    const table = parseCsvFile(corpusText("no-name-column.csv"));
    expect(() => rowsToDrafts(table, guessMapping(table.headers))).toThrow(
      expect.objectContaining({ name: "ImportError", code: "no-name-column" }),
    );
  });

  it("an empty CSV (BOM and a blank line) fails with `empty-file`", () => {
    expect(readContactsFile(corpusBytes("empty.csv"), "empty.csv")).toMatchObject({
      ok: false,
      code: "empty-file",
    });
  });
});
