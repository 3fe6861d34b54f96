/**
 * The interop layer as the carnet uses it, in one place (the screens import from here, so a
 * change of the layer's entry points touches one file).
 */
export {
  CONTACT_FIELDS,
  exportCsv,
  exportVCards,
  exportableContacts,
  hasNameColumn,
  isContactField,
  planImport,
  readContactsFile,
  rowsToDrafts,
} from "../../interop";
export type {
  ColumnMapping,
  CsvTable,
  ExportScope,
  ImportPlan,
  ImportResult,
  ReadContactsResult,
} from "../../interop";
