/**
 * The diagnostic (« état des lieux partagé »): one per atelier, a board of categories, notes,
 * clusters, dot votes and the facilitation state (DESIGN.md §1, §3; issue 5).
 *
 * Notes live in buckets (`noteBucket(id)`): the cost of an Automerge change grows with the number
 * of sibling keys of the maps it touches, so a flat map of 10,000 notes costs several ms per edit
 * where 100 buckets of ≈ 100 keep it well under one (measured by
 * `tests/helpers/diagnosticBucketCost.ts`).
 */
import type { CategoryId, ClusterId, ContactId, NoteId, ProfileId, VoteSessionId } from "../ids";
import type { SchemaStamp } from "../schema";

/** Current schema version of diagnostic documents (v2: the board — buckets, votes, facilitation). */
export const DIAGNOSTIC_SCHEMA_VERSION = 2;

/** Length and value caps enforced by commands (text in UTF-16 units). */
export const DIAGNOSTIC_LIMITS = {
  title: 200,
  text: 2_000,
  reason: 500,
  label: 200,
  /** Dots one participant may hold in one session (upper bound of a session's budget). */
  budget: 100,
  /** A timer of at most one day. */
  durationMs: 86_400_000,
  /** Speakers in a tour de table. */
  speakers: 1_000,
} as const;

/**
 * The default categories, under FIXED ids so two peers migrating (or a peer and the creator)
 * write the same keys. Titles are French (the atelier's language); they are renamable text.
 */
export const DEFAULT_CATEGORIES = [
  { id: "travaux", title: "Travaux précédents" },
  { id: "ressources", title: "Ressources (experts, acteurs locaux)" },
  { id: "points-de-vue", title: "Points de vue" },
  { id: "freins", title: "Freins" },
  { id: "leviers", title: "Leviers" },
  { id: "moyens", title: "Moyens" },
  { id: "attentes", title: "Attentes" },
  { id: "besoins", title: "Besoins / manques" },
  { id: "envies", title: "Envies" },
  { id: "initiatives", title: "Initiatives locales" },
] as const satisfies readonly { id: string; title: string }[];

/** The category whose notes are the « besoins prioritaires » (seeds issue). */
export const NEEDS_CATEGORY_ID = "besoins" as CategoryId;

/** Who did something and when (archive, moderation). */
export interface DiagnosticStamp {
  by: ProfileId;
  at: number;
}

/** A column of the board (e.g. « Freins », « Leviers »). */
export interface DiagnosticCategory {
  id: CategoryId;
  /** Text (edited with `updateText`). */
  title: string;
  rank: string;
  /** In the bin when set. */
  archived: DiagnosticStamp | null;
  createdBy: ProfileId;
  createdAt: number;
}

/** Why and by whom a facilitator hid a note (reversible: `unmoderateNote`). */
export interface Moderation {
  reason: string;
  by: ProfileId;
  at: number;
}

/** A sticky note in a category, possibly grouped in a cluster (`clusterId` `""` = none). */
export interface DiagnosticNote {
  id: NoteId;
  categoryId: CategoryId;
  clusterId: ClusterId | "";
  /** Text (edited with `updateText`). */
  text: string;
  rank: string;
  /** The participant who said it (a contact of the carnet), or `""`. */
  authorContactId: ContactId | "";
  /** Contacts the note is about (a set of ids; no personal data copied). */
  linkedContacts: Record<ContactId, true>;
  /** Added in hide-until-reveal mode: masqué (not confidential: every tablet holds the text). */
  hidden: boolean;
  /** Hidden by a facilitator with a reason (facilitators still see it); `null` = shown. */
  moderation: Moderation | null;
  /** Shown folded into this note (read-time merge, undone by setting `null`). */
  mergedInto: NoteId | null;
  /** In the bin (« Corbeille ») when set. */
  archived: DiagnosticStamp | null;
  createdBy: ProfileId;
  createdAt: number;
}

/** A named group of notes within a category. */
export interface DiagnosticCluster {
  id: ClusterId;
  categoryId: CategoryId;
  /** Text (edited with `updateText`). */
  title: string;
  rank: string;
  archived: DiagnosticStamp | null;
  createdBy: ProfileId;
  createdAt: number;
}

/**
 * One participant's dots in one session, stored under `voteKey(sessionId, participant)` so the
 * same participant voting on two tablets merges into ONE record (per-note counts).
 */
export interface VoteRecord {
  sessionId: VoteSessionId;
  /** The voter: a participant chosen from the carnet (not the device profile). */
  participant: ContactId;
  /** Note → dots (positive integers). */
  dots: Record<NoteId, number>;
  castBy: ProfileId;
  at: number;
}

/** The states of a vote session. */
export const VOTE_STATUSES = ["open", "closed"] as const;
/** One of {@link VOTE_STATUSES}. */
export type VoteStatus = (typeof VOTE_STATUSES)[number];

/** A dot-voting round: a budget of dots per participant; results hidden until closed. */
export interface VoteSession {
  id: VoteSessionId;
  title: string;
  budget: number;
  status: VoteStatus;
  openedBy: ProfileId;
  openedAt: number;
  closedAt: number | null;
}

/** A countdown for a sequence or a speaker (`startedAt` `null` = stopped). */
export interface FacilitationTimer {
  startedAt: number | null;
  durationMs: number;
  label: string;
}

/** The facilitator kit's shared state. */
export interface Facilitation {
  /** Notes revealed by a facilitator (hide-until-reveal; a set, so concurrent reveals merge). */
  revealed: Record<NoteId, true>;
  /** Who has spoken in the tour de table, and when. */
  spoken: Record<ContactId, number>;
  /** Speaking order (contact ids), set as a whole (random or chosen). */
  speakerOrder: string[];
  timer: FacilitationTimer;
  /**
   * « Notes masquées » mode, shared by every tablet: while on, new notes are added hidden until
   * a facilitator reveals them (one value, the last switch wins). Absent in older boards = off.
   */
  hideMode: boolean;
}

/** The Automerge document of kind `"diagnostic"`. */
export interface DiagnosticDoc {
  schema: SchemaStamp<"diagnostic">;
  categories: Record<string, DiagnosticCategory>;
  /** Bucket key (`noteBucket(id)`) → notes of that bucket. */
  noteBuckets: Record<string, Record<string, DiagnosticNote>>;
  clusters: Record<string, DiagnosticCluster>;
  /** `voteKey(sessionId, participant)` → that participant's dots. */
  votes: Record<string, VoteRecord>;
  voteSessions: Record<string, VoteSession>;
  facilitation: Facilitation;
  createdBy: ProfileId;
  createdAt: number;
  /** @deprecated v1 flat map of notes (the shipped stub), emptied by `diagnostic/2-board`. */
  notes?: Record<string, unknown>;
}

/**
 * A validated, plain, readonly snapshot of a diagnostic (what `normalizeDiagnostic` returns).
 * Unlike the document, notes are in ONE flat map: buckets are a storage detail. Votes of one
 * participant written on several tablets are already united (per note, the highest count).
 */
export interface DiagnosticView {
  readonly schema: Readonly<SchemaStamp<"diagnostic">>;
  readonly categories: Readonly<Record<string, Readonly<DiagnosticCategory>>>;
  readonly notes: Readonly<Record<string, Readonly<DiagnosticNote>>>;
  readonly clusters: Readonly<Record<string, Readonly<DiagnosticCluster>>>;
  readonly votes: Readonly<Record<string, Readonly<VoteRecord>>>;
  readonly voteSessions: Readonly<Record<string, Readonly<VoteSession>>>;
  readonly facilitation: Readonly<Facilitation>;
  readonly createdBy: ProfileId;
  readonly createdAt: number;
}
