/**
 * The import steps between the file and the one `importContacts` change, as plain functions over
 * the interop layer: decode → parse (vCard, or CSV + column mapping) → plan. Nothing here writes.
 */
import {
  decodeText,
  guessMapping,
  isImportError,
  parseCsvFile,
  parseVCards,
  planImport,
  rowsToDrafts,
} from "../interop";
import type { ColumnMapping, CsvTable, ImportPlan, ImportResult } from "../interop";
import type { ContactDraft, ContactView } from "../../../domain";

/** A file read and parsed, ready for the mapping step (CSV) or the summary (vCard). */
export type ParsedFile =
  | { format: "vcard"; result: ImportResult }
  | { format: "csv"; table: CsvTable; mapping: ColumnMapping };

/** Why a whole file was refused (nothing is imported). */
export type FileProblem = { code: string; detail: string };

/** Which parser a file needs, from its name and (when the name says nothing) its first bytes. */
export function formatOf(name: string, text: string): "vcard" | "csv" | null {
  const lower = name.toLowerCase();
  if (lower.endsWith(".vcf") || lower.endsWith(".vcard")) return "vcard";
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) return "csv";
  if (/^\s*BEGIN:VCARD/i.test(text)) return "vcard";
  return null;
}

/** Decodes and parses a file; a whole-file failure comes back as a problem, never thrown. */
export function parseFile(name: string, bytes: Uint8Array): ParsedFile | FileProblem {
  try {
    const { text } = decodeText(bytes);
    const format = formatOf(name, text);
    if (format === null) return { code: "unknown-format", detail: name };
    if (format === "vcard") return { format, result: parseVCards(text) };
    const table = parseCsvFile(text);
    return { format, table, mapping: guessMapping(table.headers) };
  } catch (e) {
    if (isImportError(e)) return { code: e.code, detail: e.message };
    return { code: "malformed", detail: e instanceof Error ? e.message : String(e) };
  }
}

/** Whether a parse produced a whole-file problem. */
export function isProblem(x: ParsedFile | FileProblem): x is FileProblem {
  return "code" in x;
}

/** The entries of a parsed file (for CSV, under the mapping the user checked). */
export function entriesOf(parsed: ParsedFile, mapping?: ColumnMapping): ImportResult {
  if (parsed.format === "vcard") return parsed.result;
  return rowsToDrafts(parsed.table, mapping ?? parsed.mapping);
}

/** The summary shown before anything is written. */
export function plan(contacts: readonly ContactView[], result: ImportResult): ImportPlan {
  return planImport(contacts, result.entries, result.rejected);
}

/** The drafts « Importer » writes: the new ones, and the possible duplicates when asked. */
export function draftsToWrite(plan: ImportPlan, includeDuplicates: boolean): ContactDraft[] {
  return includeDuplicates
    ? [...plan.toAdd, ...plan.possibleDuplicates.map((d) => d.draft)]
    : [...plan.toAdd];
}
