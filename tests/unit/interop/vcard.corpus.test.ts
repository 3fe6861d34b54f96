/** Each vCard of the corpus (tests/fixtures/contacts) → the drafts a user expects to see. */
import { describe, expect, it } from "vitest";
import { parseVCards } from "../../../src/interop/vcard/parse";
import { corpusText } from "./corpus";

const parse = (file: string) => parseVCards(corpusText(file));

describe("vCard corpus", () => {
  it("iOS 3.0: item groups with X-ABLabel, folded NOTE, folded base64 PHOTO ignored, company card", () => {
    const { entries, rejected } = parse("ios-3.0.vcf");
    expect(rejected).toEqual([]);
    expect(entries.map((e) => e.index)).toEqual([0, 1, 2]);
    expect(entries[0]?.draft).toEqual({
      kind: "person",
      name: "Hélène Lefèvre",
      source: "import",
      organisations: ["Association Les Jardins Partagés"],
      role: "Coordinatrice",
      emails: [
        { value: "helene.lefevre@jardins-partages.fr", label: "Association" },
        { value: "helene.l@free.fr", label: "domicile" },
      ],
      phones: [
        { value: "06 12 34 56 78", label: "portable" },
        { value: "04 78 12 34 56", label: "travail" },
        { value: "07 98 76 54 32", label: "Permanence" },
      ],
      address: "12 rue des Lilas, 69100 Villeurbanne, France",
      commune: "Villeurbanne",
      website: "https://jardins-partages.example.fr",
      notes:
        "Rencontrée à l'atelier du 12 mars.\nIntéressée par les semences paysannes et la grainothèque, disponible le samedi.",
    });
    expect(entries[1]?.draft).toEqual({
      kind: "structure",
      name: "Mairie de Saint-Étienne",
      source: "import",
      phones: [{ value: "04 77 48 77 48", label: "travail" }],
      address: "Place de l'Hôtel de Ville, 42000 Saint-Étienne, France",
      commune: "Saint-Étienne",
    });
    expect(entries[2]?.draft).toMatchObject({
      kind: "person",
      name: "François Müller-Duval",
      organisations: ["Collectif Énergie Citoyenne"],
      role: "Trésorier",
      emails: [{ value: "francois@energie-citoyenne.example.org", label: "travail" }],
      phones: [{ value: "+33 6 98 76 54 32", label: "portable" }],
    });
  });

  it("Google 3.0: TYPE labels, escaped commas, system categories dropped, Android's escaped URL", () => {
    const { entries, rejected } = parse("google-3.0.vcf");
    expect(rejected).toEqual([]);
    expect(entries[0]?.draft).toEqual({
      kind: "person",
      name: "Céline Martin",
      source: "import",
      organisations: ["Ville de Grenoble"],
      role: "Chargée de mission participation",
      emails: [
        { value: "celine.martin@mairie-grenoble.example.fr", label: "travail" },
        { value: "celine.m@gmail.example.com", label: "domicile" },
      ],
      phones: [{ value: "+33 7 11 22 33 44", label: "portable" }],
      address: "5 avenue Jean Jaurès, 38000 Grenoble, FR",
      commune: "Grenoble",
      notes: "Compétences : animation, facilitation graphique",
      themes: ["Atelier Alimentation"],
    });
    expect(entries[1]?.draft).toEqual({
      kind: "person",
      name: "Jérôme Petit",
      source: "import",
      phones: [
        { value: "06 55 44 33 22", label: "portable" },
        { value: "04 76 00 00 00", label: "Atelier" },
      ],
      website: "http://www.lafabrique.example.coop",
    });
  });

  it("Android 2.1: quoted-printable UTF-8 with soft line breaks, bare TYPE params, X- custom label", () => {
    const { entries, rejected } = parse("android-2.1.vcf");
    expect(rejected).toEqual([]);
    expect(entries[0]?.draft).toEqual({
      kind: "person",
      name: "Maëlle Rousseau",
      source: "import",
      organisations: ["Épicerie solidaire"],
      emails: [{ value: "maelle.rousseau@laposte.example.net", label: "domicile" }],
      phones: [
        { value: "06 01 02 03 04", label: "portable" },
        { value: "04 72 00 11 22", label: "domicile" },
      ],
      notes: "Bénévole le mardi.\nPropose des cours de cuisine.",
    });
    expect(entries[1]?.draft.phones).toEqual([{ value: "06 77 88 99 00", label: "Atelier" }]);
  });

  it("Outlook 2.1 in Windows-1252: raw 8-bit CHARSET values and QP=E9 escapes", () => {
    const { entries, rejected } = parse("outlook-2.1-windows-1252.vcf");
    expect(rejected).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.draft).toEqual({
      kind: "person",
      name: "Aurélie Girard",
      source: "import",
      organisations: ["Communauté de communes du Pilat"],
      role: "Chargée de développement",
      emails: [{ value: "aurelie.girard@cc-pilat.example.fr" }],
      phones: [
        { value: "04 74 87 52 00", label: "travail" },
        { value: "06 33 44 55 66", label: "portable" },
      ],
      address: "2 rue de la Mairie, 42410 Pélussin, France",
      commune: "Pélussin",
      notes:
        "Contact pour le projet de compostage partagé, quartier de l'Église.\nDisponible le jeudi après-midi.",
    });
  });

  it("Outlook 2.1 in UTF-8: QP with CHARSET=utf-8, a soft break inside =0D=0A, base64 PHOTO with a blank line", () => {
    const { entries, rejected } = parse("outlook-2.1-utf8.vcf");
    expect(rejected).toEqual([]);
    expect(entries[0]?.draft).toEqual({
      kind: "person",
      name: "Françoise Dubois",
      source: "import",
      organisations: ["Réseau des AMAP de la Drôme"],
      role: "Présidente",
      emails: [
        { value: "francoise.dubois@amap26.example.org" },
        { value: "f.dubois@orange.example.fr" },
      ],
      phones: [
        { value: "04 75 11 22 33", label: "domicile" },
        { value: "+33 6 10 20 30 40", label: "portable" },
      ],
      notes: "Souhaite rejoindre le groupe-action « circuits courts ».\nÀ rappeler après le 15.",
    });
  });

  it("Nextcloud 4.0: KIND:org structure, multiple TYPE values, tel: URIs, data: PHOTO, KIND:group rejected", () => {
    const { entries, rejected } = parse("nextcloud-4.0.vcf");
    expect(entries[0]?.draft).toEqual({
      kind: "person",
      name: "Jean-Noël Fabre",
      source: "import",
      organisations: ["Tiers-lieu La Cordée"],
      role: "Gérant, Animateur",
      emails: [
        { value: "jn.fabre@tiers-lieu.example.org", label: "travail" },
        { value: "jeannoel@example.org", label: "domicile" },
      ],
      phones: [
        { value: "+33-6-44-55-66-77", label: "portable" },
        { value: "+33-4-75-00-00-00", label: "travail" },
      ],
      address: "8 place du Marché, 26150 Die, France",
      commune: "Die",
      website: "https://la-cordee.example.org",
      notes: "Peut prêter une salle pour 30 personnes.",
      themes: ["Tiers-lieux", "Économie sociale et solidaire"],
    });
    expect(entries[1]?.draft).toEqual({
      kind: "structure",
      name: "Association Vélo Cité",
      source: "import",
      emails: [{ value: "contact@velocite.example.org", label: "travail" }],
      phones: [{ value: "+33-4-78-00-11-22", label: "travail" }],
      address: "3 quai Arloing, 69009 Lyon, France",
      commune: "Lyon",
      website: "https://velocite.example.org",
      themes: ["Mobilité"],
    });
    expect(rejected).toEqual([{ index: 2, reason: "not-a-contact" }]);
  });

  it("a truncated file keeps the complete cards and rejects the rest with reasons", () => {
    const { entries, rejected } = parse("truncated.vcf");
    expect(entries).toEqual([
      {
        index: 0,
        draft: {
          kind: "person",
          name: "Sophie Lambert",
          source: "import",
          emails: [{ value: "sophie.lambert@example.org" }],
        },
      },
    ]);
    expect(rejected).toEqual([
      { index: 1, reason: "missing-name" },
      { index: 2, reason: "truncated", detail: "END:VCARD missing" },
    ]);
  });

  it("a card with a line the parser refuses is rejected alone, as malformed with the parser's detail", () => {
    const { entries, rejected } = parse("malformed-card.vcf");
    expect(entries.map((e) => e.draft.name)).toEqual(["Céline Rousseau"]);
    expect(rejected).toEqual([
      { index: 1, reason: "malformed", detail: expect.stringContaining("parameter") },
    ]);
  });

  it.each([
    ["empty.vcf", "empty-file"],
    ["binary-junk.vcf", "binary"],
    ["not-a-vcard.vcf", "not-vcard"],
  ])("%s fails as a whole with code %s", (file, code) => {
    expect(() => parse(file)).toThrow(expect.objectContaining({ name: "ImportError", code }));
  });
});
