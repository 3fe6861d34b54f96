/** Decoding of imported files: UTF-8 (with or without BOM), else Windows-1252 (old Excel/Outlook). */

/** The decoded text and the encoding that was used. */
export interface DecodedText {
  text: string;
  encoding: "utf-8" | "windows-1252";
}

/**
 * Decodes file bytes. Strict UTF-8 first (a BOM is dropped); bytes that are not valid UTF-8 are
 * read as Windows-1252, which is what French Excel and Outlook write, and which maps every byte
 * (ISO-8859-1 files decode the same for letters).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}
