/** One entry point for the « Importer des contacts » dialog: bytes in, a preview-ready result out. */
import { parseCsvFile, type CsvTable } from "./csv/parse";
import { guessMapping } from "./csv/headers";
import type { ColumnMapping } from "./csv/fields";
import { decodeText, type DecodedText } from "./decodeText";
import { ImportError, isImportError, MAX_IMPORT_BYTES, type ImportErrorCode } from "./errors";
import type { ImportResult } from "./types";
import { parseVCards } from "./vcard/parse";

/** A file that cannot be imported at all, with a stable code for the UI's message. */
export interface ImportFailure {
  ok: false;
  code: ImportErrorCode;
  message: string;
}

/** What `readContactsFile` found: vCard entries, or a CSV table with a guessed column mapping. */
export type ReadContactsResult =
  | { ok: true; format: "vcard"; encoding: DecodedText["encoding"]; result: ImportResult }
  | {
      ok: true;
      format: "csv";
      encoding: DecodedText["encoding"];
      table: CsvTable;
      mapping: ColumnMapping;
    }
  | ImportFailure;

/** Turns a thrown value into an `ImportFailure`; anything but an `ImportError` is a parser bug. */
export function toImportFailure(e: unknown): ImportFailure {
  if (isImportError(e)) return { ok: false, code: e.code, message: e.message };
  // A parser bug must not break the dialog: the file is refused as unreadable.
  return { ok: false, code: "unknown-format", message: e instanceof Error ? e.message : String(e) };
}

function isVCard(fileName: string, text: string): boolean {
  if (/\.(vcf|vcard)$/i.test(fileName)) return true;
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return false;
  return /^\s*BEGIN:VCARD\s*$/im.test(text.slice(0, 4096));
}

/**
 * Reads an imported file: size check, decoding (UTF-8 or Windows-1252), format by extension
 * (else by content), then parsing. Never throws; a file that cannot be used at all comes back as
 * an `ImportFailure`, which the dialog shows without writing anything.
 */
export function readContactsFile(bytes: Uint8Array, fileName = ""): ReadContactsResult {
  try {
    if (bytes.length > MAX_IMPORT_BYTES)
      throw new ImportError("too-large", `File over ${MAX_IMPORT_BYTES} bytes`);
    const { text, encoding } = decodeText(bytes);
    if (isVCard(fileName, text))
      return { ok: true, format: "vcard", encoding, result: parseVCards(text) };
    const table = parseCsvFile(text);
    return { ok: true, format: "csv", encoding, table, mapping: guessMapping(table.headers) };
  } catch (e) {
    return toImportFailure(e);
  }
}
