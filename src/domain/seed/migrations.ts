/**
 * The seed's schema history. v1 is the first version, so the list is empty; each later version
 * appends one named migration (`"seed/<n>-<what>"`) with its own test, and `SEED_SCHEMA_VERSION`
 * moves to `n`. See `Migration` for the rules a migration follows.
 */
import type { Migration } from "../migrate";
import type { SeedDoc } from "./schema";

/** Migrations to versions 2…SEED_SCHEMA_VERSION, contiguous and in order. */
export const SEED_MIGRATIONS: readonly Migration<SeedDoc>[] = [];
