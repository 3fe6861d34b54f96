import { describe, expect, it } from "vitest";
import { decodeText } from "../../../src/interop/decodeText";
import { corpusBytes } from "./corpus";

describe("decodeText", () => {
  it("reads UTF-8 and drops a BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Hélène")]);
    expect(decodeText(bytes)).toEqual({ text: "Hélène", encoding: "utf-8" });
    expect(decodeText(new TextEncoder().encode("François"))).toEqual({
      text: "François",
      encoding: "utf-8",
    });
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8", () => {
    // « Jérôme € » in Windows-1252: é = E9, ô = F4, € = 80.
    const bytes = new Uint8Array([0x4a, 0xe9, 0x72, 0xf4, 0x6d, 0x65, 0x20, 0x80]);
    expect(decodeText(bytes)).toEqual({ text: "Jérôme €", encoding: "windows-1252" });
  });

  it("decodes the Windows-1252 corpus files with their accents", () => {
    const outlook = decodeText(corpusBytes("outlook-fr-windows-1252.csv"));
    expect(outlook.encoding).toBe("windows-1252");
    expect(outlook.text).toContain("Prénom");
    expect(outlook.text).toContain("Régie de quartier");
    const vcf = decodeText(corpusBytes("outlook-2.1-windows-1252.vcf"));
    expect(vcf.encoding).toBe("windows-1252");
    expect(vcf.text).toContain("Aurélie Girard");
  });

  it("reads an empty file as empty UTF-8", () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
  });
});
