/** The diagnostic's schema history; v1 is the first version, so the list is empty. */
import type { Migration } from "../migrate";
import type { DiagnosticDoc } from "./schema";

/** Migrations to versions 2…DIAGNOSTIC_SCHEMA_VERSION, contiguous and in order. */
export const DIAGNOSTIC_MIGRATIONS: readonly Migration<DiagnosticDoc>[] = [];
