/**
 * The registry of implemented document kinds: what `openDocument` needs to assess and migrate a
 * document, and what the meta-test checks (contiguous, named migrations ending at the version).
 */
import type { Migration } from "./migrate";
import type { DocKind } from "./schema";
import type { Normalized } from "./tolerant";
import {
  ADDRESS_BOOK_MIGRATIONS,
  ADDRESS_BOOK_SCHEMA_VERSION,
  normalizeAddressBook,
  type AddressBookView,
} from "./address-book";
import {
  DIAGNOSTIC_MIGRATIONS,
  DIAGNOSTIC_SCHEMA_VERSION,
  normalizeDiagnostic,
  type DiagnosticView,
} from "./diagnostic";
import { normalizeSeed, SEED_MIGRATIONS, SEED_SCHEMA_VERSION, type SeedView } from "./seed";
import {
  normalizeWorkshop,
  WORKSHOP_MIGRATIONS,
  WORKSHOP_SCHEMA_VERSION,
  type WorkshopView,
} from "./workshop";

/** Everything the app knows about one kind of document. */
export interface KindDefinition<K extends DocKind, V> {
  kind: K;
  /** Current schema version written by this app. */
  version: number;
  /** Migrations to versions 2…version, contiguous and in order. */
  migrations: readonly Migration[];
  /** Tolerant reader (never throws). */
  normalize: (raw: unknown) => Normalized<V>;
}

/** Implemented kinds. */
export const KIND_REGISTRY = {
  workshop: {
    kind: "workshop",
    version: WORKSHOP_SCHEMA_VERSION,
    migrations: WORKSHOP_MIGRATIONS,
    normalize: normalizeWorkshop,
  } satisfies KindDefinition<"workshop", WorkshopView>,
  "address-book": {
    kind: "address-book",
    version: ADDRESS_BOOK_SCHEMA_VERSION,
    migrations: ADDRESS_BOOK_MIGRATIONS,
    normalize: normalizeAddressBook,
  } satisfies KindDefinition<"address-book", AddressBookView>,
  diagnostic: {
    kind: "diagnostic",
    version: DIAGNOSTIC_SCHEMA_VERSION,
    migrations: DIAGNOSTIC_MIGRATIONS,
    normalize: normalizeDiagnostic,
  } satisfies KindDefinition<"diagnostic", DiagnosticView>,
  seed: {
    kind: "seed",
    version: SEED_SCHEMA_VERSION,
    migrations: SEED_MIGRATIONS,
    normalize: normalizeSeed,
  } satisfies KindDefinition<"seed", SeedView>,
} as const;

/** A kind present in {@link KIND_REGISTRY}. */
export type RegisteredKind = keyof typeof KIND_REGISTRY;
