/**
 * The interop layer as the carnet uses it, in one place. Re-exports the parsers, planner and
 * exporters from their files until `src/interop/index.ts` lands (then this can re-export it).
 */
export { decodeText } from "../../interop/decodeText";
export { isImportError } from "../../interop/errors";
export { parseVCards } from "../../interop/vcard/parse";
export { parseCsvFile } from "../../interop/csv/parse";
export type { CsvTable } from "../../interop/csv/parse";
export { guessMapping } from "../../interop/csv/headers";
export { rowsToDrafts } from "../../interop/csv/rowsToDrafts";
export { CONTACT_FIELDS, hasNameColumn, isContactField } from "../../interop/csv/fields";
export type { ColumnMapping } from "../../interop/csv/fields";
export { planImport } from "../../interop/plan";
export type { ImportPlan } from "../../interop/plan";
export { exportableContacts } from "../../interop/consent";
export type { ImportResult } from "../../interop/types";
