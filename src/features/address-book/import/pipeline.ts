/**
 * The import steps between the file and the one `importContacts` change, as plain functions over
 * the interop layer: decode → parse (vCard, or CSV + column mapping) → plan. Nothing here writes.
 */
import { planImport, readContactsFile, rowsToDrafts } from "../interop";
import type { ColumnMapping, CsvTable, ImportPlan, ImportResult } from "../interop";
import type { ContactDraft, ContactView } from "../../../domain";

/** A file read and parsed, ready for the mapping step (CSV) or the summary (vCard). */
export type ParsedFile =
  | { format: "vcard"; result: ImportResult }
  | { format: "csv"; table: CsvTable; mapping: ColumnMapping };

/** Why a whole file was refused (nothing is imported). */
export type FileProblem = { code: string; detail: string };

/** Decodes and parses a file; a whole-file failure comes back as a problem, never thrown. */
export function parseFile(name: string, bytes: Uint8Array): ParsedFile | FileProblem {
  const read = readContactsFile(bytes, name);
  if (!read.ok) return { code: read.code, detail: read.message };
  if (read.format === "vcard") return { format: "vcard", result: read.result };
  return { format: "csv", table: read.table, mapping: read.mapping };
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
