/**
 * The workshop's schema history. v1 is the first version, so the list is empty; each later
 * version appends one named migration (`"workshop/<n>-<what>"`) with its own test, and
 * `WORKSHOP_SCHEMA_VERSION` moves to `n`. See `Migration` for the rules a migration follows.
 */
import type { Migration } from "../migrate";
import type { WorkshopDoc } from "./schema";

/** Migrations to versions 2…WORKSHOP_SCHEMA_VERSION, contiguous and in order. */
export const WORKSHOP_MIGRATIONS: readonly Migration<WorkshopDoc>[] = [];
