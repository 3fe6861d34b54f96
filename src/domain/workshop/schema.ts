/**
 * The workshop document: one per atelier (DESIGN.md §3). It holds the atelier's description, its
 * sessions and agenda, its facilitators and the links to its address book, diagnostic and seeds.
 */
import type { AgendaItemId, DocUrl, ProfileId, SessionId } from "../ids";
import type { SchemaStamp } from "../schema";

/** Current schema version of workshop documents (v1 is the first). */
export const WORKSHOP_SCHEMA_VERSION = 1;

/**
 * Kinds of agenda slot, after the reference format of a thematic day. The labels are French
 * defaults; the UI translates with the key `agenda.kind.<id>`.
 */
export const AGENDA_KINDS = {
  "inter-connaissance": { label: "Inter-connaissance" },
  "co-construction": { label: "Co-construction" },
  repas: { label: "Repas" },
  pause: { label: "Pause" },
  pleniere: { label: "Plénière" },
  autre: { label: "Autre" },
} as const;
/** One of the keys of {@link AGENDA_KINDS}. */
export type AgendaKind = keyof typeof AGENDA_KINDS;
/** The agenda kinds in display order. */
export const AGENDA_KIND_IDS = Object.keys(AGENDA_KINDS) as AgendaKind[];
/** Kind given to an agenda item when none is chosen. */
export const DEFAULT_AGENDA_KIND: AgendaKind = "autre";

/** Whether `x` is an {@link AgendaKind}. */
export function isAgendaKind(x: unknown): x is AgendaKind {
  return typeof x === "string" && Object.prototype.hasOwnProperty.call(AGENDA_KINDS, x);
}

/** Length caps enforced by commands (UTF-16 units). */
export const WORKSHOP_LIMITS = {
  title: 200,
  theme: 200,
  territory: 200,
  description: 10_000,
  place: 300,
  agendaTitle: 200,
  notes: 5_000,
  seedTitle: 200,
} as const;

/** One day of the atelier: when and where. */
export interface WorkshopSession {
  id: SessionId;
  /** `"YYYY-MM-DD"`, or `""` while not fixed. */
  date: string;
  place: string;
  /** Fractional index; order is (date, rank, id), see `selectSessions`. */
  rank: string;
  createdBy: ProfileId;
  createdAt: number;
}

/** One slot of the agenda of the day. */
export interface AgendaItem {
  id: AgendaItemId;
  /** `"HH:MM"`, or `""` when not set. */
  start: string;
  /** `"HH:MM"`, or `""` when not set. */
  end: string;
  title: string;
  kind: AgendaKind;
  notes: string;
  /** Fractional index; order is (rank, id), see `selectAgenda`. */
  rank: string;
  createdBy: ProfileId;
  createdAt: number;
}

/** Who did something to a seed link, and when. */
export interface SeedLinkStamp {
  by: ProfileId;
  at: number;
}

/**
 * A project seed born in this atelier: its document URL and a copy of its title for listing.
 * The link goes one way (the seed never holds the workshop's URL). Moving it to the atelier's
 * « Corbeille » sets `archived` (absent on links written before it existed: read as `null`).
 */
export interface SeedLink {
  url: DocUrl;
  title: string;
  archived?: SeedLinkStamp | null;
}

/** The free-text fields of a workshop, edited with `setWorkshopText`. */
export const WORKSHOP_TEXT_FIELDS = ["title", "theme", "territory", "description"] as const;
/** One of {@link WORKSHOP_TEXT_FIELDS}. */
export type WorkshopTextField = (typeof WORKSHOP_TEXT_FIELDS)[number];

/** The Automerge document of kind `"workshop"`. */
export interface WorkshopDoc {
  schema: SchemaStamp<"workshop">;
  title: string;
  theme: string;
  territory: string;
  description: string;
  sessions: Record<string, WorkshopSession>;
  agenda: Record<string, AgendaItem>;
  /** Created together with the workshop (never later: two devices would each create one). */
  links: { addressBook: DocUrl | null; diagnostic: DocUrl | null };
  seeds: Record<string, SeedLink>;
  /** Set of profile ids; gates facilitator UI only (it is not access control). */
  facilitators: Record<string, true>;
  createdBy: ProfileId;
  createdAt: number;
}

/** Recursively readonly plain data (primitives, branded ones included, are left as they are). */
export type DeepReadonly<T> = T extends
  string | number | boolean | bigint | symbol | null | undefined
  ? T
  : { readonly [K in keyof T]: DeepReadonly<T[K]> };

/** A validated, plain, readonly snapshot of a workshop (what `normalizeWorkshop` returns). */
export type WorkshopView = DeepReadonly<WorkshopDoc>;
