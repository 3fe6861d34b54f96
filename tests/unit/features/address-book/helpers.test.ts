import { describe, expect, it } from "vitest";
import { splitChips } from "../../../../src/ui/Chips";
import { exportFilename } from "../../../../src/features/address-book/export/download";
import { chipsOf, linksOf, needsConsent } from "../../../../src/features/address-book/contactView";
import { parseFile } from "../../../../src/features/address-book/import/pipeline";

describe("carnet helpers", () => {
  it("splits comma-separated chips, trimmed and without repeats", () => {
    expect(splitChips(" compostage,, Jardinage ; jardinage,  vélo  cargo ")).toEqual([
      "compostage",
      "Jardinage",
      "vélo cargo",
    ]);
    expect(splitChips("")).toEqual([]);
  });

  it("names export files safely", () => {
    const date = new Date("2025-03-14T10:00:00Z");
    expect(exportFilename("Atelier « Eau » à Lodève", "vcf", date)).toBe(
      "carnet-atelier-eau-a-lodeve-2025-03-14.vcf",
    );
    expect(exportFilename("", "csv", date)).toBe("carnet-atelier-2025-03-14.csv");
  });

  it("reads sets and links in the view's shapes", () => {
    expect(chipsOf([{ key: "a@b.fr", value: "A@b.fr", label: "travail" }])).toEqual([
      { key: "a@b.fr", label: "A@b.fr" },
    ]);
    expect(chipsOf([{ key: "jardinage", label: "Jardinage" }])).toEqual([
      { key: "jardinage", label: "Jardinage" },
    ]);
    expect(
      linksOf({ memberOf: [{ structureId: "s1", name: "Asso", role: "présidente" }] } as never),
    ).toEqual([{ id: "s1", role: "présidente" }]);
    expect(needsConsent({ kind: "person", consentRecorded: false })).toBe(true);
    expect(needsConsent({ kind: "structure", consentRecorded: false })).toBe(false);
    expect(needsConsent({ kind: "person", consentRecorded: true })).toBe(false);
  });

  it("turns a file into entries, or a whole-file problem", () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    const vcard = parseFile(
      "a.vcf",
      bytes("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Hélène\r\nEND:VCARD\r\n"),
    );
    expect(vcard).toMatchObject({ format: "vcard" });
    const csv = parseFile("a.csv", bytes("Nom;E-mail\nHélène;h@ex.fr\n"));
    expect(csv).toMatchObject({ format: "csv", table: { headers: ["Nom", "E-mail"] } });
    expect(parseFile("a.vcf", bytes("pas une vcard"))).toMatchObject({ code: "not-vcard" });
    expect(parseFile("a.vcf", new Uint8Array())).toHaveProperty("code");
  });
});
