/**
 * The diagnostic (« état des lieux partagé »): one per atelier, a board of categories, notes and
 * clusters (DESIGN.md §1, §3). A stub for now — the board is filled in by a later issue.
 */
import type { ProfileId } from "../ids";
import type { SchemaStamp } from "../schema";

/** Current schema version of diagnostic documents (v1 is the first). */
export const DIAGNOSTIC_SCHEMA_VERSION = 1;

/** Length caps enforced by commands (UTF-16 units). */
export const DIAGNOSTIC_LIMITS = { title: 200, text: 2_000 } as const;

/** A column of the board (e.g. « freins », « leviers »). */
export interface DiagnosticCategory {
  id: string;
  title: string;
  rank: string;
  createdBy: ProfileId;
  createdAt: number;
}

/** A sticky note in a category, possibly grouped in a cluster (`clusterId` `""` = none). */
export interface DiagnosticNote {
  id: string;
  categoryId: string;
  clusterId: string;
  text: string;
  rank: string;
  createdBy: ProfileId;
  createdAt: number;
}

/** A named group of notes within a category. */
export interface DiagnosticCluster {
  id: string;
  categoryId: string;
  title: string;
  rank: string;
  createdBy: ProfileId;
  createdAt: number;
}

/** The Automerge document of kind `"diagnostic"`. */
export interface DiagnosticDoc {
  schema: SchemaStamp<"diagnostic">;
  categories: Record<string, DiagnosticCategory>;
  notes: Record<string, DiagnosticNote>;
  clusters: Record<string, DiagnosticCluster>;
  createdBy: ProfileId;
  createdAt: number;
}

/** A validated, plain, readonly snapshot of a diagnostic. */
export interface DiagnosticView {
  readonly schema: Readonly<SchemaStamp<"diagnostic">>;
  readonly categories: Readonly<Record<string, Readonly<DiagnosticCategory>>>;
  readonly notes: Readonly<Record<string, Readonly<DiagnosticNote>>>;
  readonly clusters: Readonly<Record<string, Readonly<DiagnosticCluster>>>;
  readonly createdBy: ProfileId;
  readonly createdAt: number;
}
