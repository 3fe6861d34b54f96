/** Decoding of imported files: UTF-8 (with or without BOM), else Windows-1252 (old Excel/Outlook). */

/** The decoded text and the encoding that was used. */
export interface DecodedText {
  text: string;
  encoding: "utf-8" | "windows-1252";
}

/** Windows-1252 characters of bytes 0x80–0x9F (the five unassigned bytes map to themselves). */
const CP1252_C1 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** Labels the WHATWG Encoding standard reads as Windows-1252. */
const CP1252_LABELS = new Set([
  "windows-1252",
  "cp1252",
  "x-cp1252",
  "iso-8859-1",
  "iso8859-1",
  "latin1",
  "l1",
  "ascii",
  "us-ascii",
]);

/**
 * Decodes bytes in a vCard/CSV charset. Windows-1252 is decoded here rather than trusted to the
 * runtime: Node's TextDecoder reads it as Latin-1 (0x80 → U+0080 instead of €, 0x9C → U+009C
 * instead of œ), browsers do not; both must give the same text.
 */
export function decodeBytes(bytes: Uint8Array, charset: string): string {
  const label = charset.trim().toLowerCase();
  if (CP1252_LABELS.has(label)) {
    let out = "";
    for (const b of bytes)
      out += b >= 0x80 && b <= 0x9f ? CP1252_C1[b - 0x80] : String.fromCharCode(b);
    return out;
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    // An unknown label ("UTF8", a typo) must not fail the card; UTF-8 is what writers mean.
    decoder = new TextDecoder("utf-8");
  }
  return decoder.decode(bytes);
}

/**
 * Decodes file bytes. Strict UTF-8 first (a BOM is dropped); bytes that are not valid UTF-8 are
 * read as Windows-1252, which is what French Excel and Outlook write, and which maps every byte.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: "utf-8" };
  } catch {
    return { text: decodeBytes(bytes, "windows-1252"), encoding: "windows-1252" };
  }
}
