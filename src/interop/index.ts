/**
 * Import and export of the address book (« Importer des contacts », « Exporter les contacts »):
 * pure functions over text and contact views. No React, no storage, no automerge-repo.
 */
export * from "./types";
export * from "./errors";
export * from "./decodeText";
export * from "./labels";
export { parseVCards } from "./vcard/parse";
export { exportVCards, RECOLTE_PROPERTIES, type ExportOptions } from "./vcard/export";
export { parseCsvFile, type CsvTable } from "./csv/parse";
export * from "./csv/fields";
export { guessMapping, headerKey } from "./csv/headers";
export { rowsToDrafts } from "./csv/rowsToDrafts";
export { exportCsv, CSV_EXPORT_HEADERS } from "./csv/export";
export * from "./plan";
export * from "./consent";
export * from "./readFile";
