/**
 * The seed document (« graine de projet », DESIGN.md §3, issue 6): one per seed, created by whoever
 * starts it and linked from the atelier's workshop. It stands alone — it holds its members' agreed
 * display names and a snapshot of the needs it answers, and only the workshop's TITLE (holding a
 * URL is holding access: sharing a seed must not open the atelier).
 */
import type {
  ContactId,
  DecisionId,
  IterationId,
  MeetingId,
  MemberId,
  NoteId,
  OptionId,
  ProfileId,
  StatusChangeId,
  TaskId,
} from "../ids";
import type { SchemaStamp } from "../schema";
import type { DeepReadonly } from "../workshop/schema";

/** Current schema version of seed documents (v1 is the first). */
export const SEED_SCHEMA_VERSION = 1;

/**
 * The lifecycle: idée → en germination → en croissance → récoltée, or en pause (from any status,
 * back to any). Labels come from i18n (`seed.status.<id>`); the French defaults are here.
 */
export const SEED_STATUS_LABELS = {
  idee: "Idée",
  "en-germination": "En germination",
  "en-croissance": "En croissance",
  recoltee: "Récoltée",
  "en-pause": "En pause",
} as const;
/** One status of a seed. */
export type SeedStatus = keyof typeof SEED_STATUS_LABELS;
/** Every status, lifecycle order then « en pause ». */
export const SEED_STATUSES = Object.keys(SEED_STATUS_LABELS) as SeedStatus[];
/** The forward lifecycle (without « en pause »). */
export const SEED_LIFECYCLE = [
  "idee",
  "en-germination",
  "en-croissance",
  "recoltee",
] as const satisfies readonly SeedStatus[];
/** Status of a new seed. */
export const DEFAULT_SEED_STATUS: SeedStatus = "idee";

/** Whether `x` is a {@link SeedStatus}. */
export function isSeedStatus(x: unknown): x is SeedStatus {
  return typeof x === "string" && Object.prototype.hasOwnProperty.call(SEED_STATUS_LABELS, x);
}

/**
 * Suggested roles in a groupe-action (keys of `SeedMember.roles`; labels from i18n
 * `seed.role.<id>`). Any valid id is accepted as a role key, these are the ones offered.
 */
export const SEED_ROLES = [
  "coordination",
  "animation",
  "communication",
  "logistique",
  "tresorerie",
  "redaction",
] as const;

/** Decision methods: simple majority, consent (pour / réserve / objection), ranked choice (IRV). */
export const DECISION_METHODS = ["majority", "consent", "ranked"] as const;
/** One of {@link DECISION_METHODS}. */
export type DecisionMethod = (typeof DECISION_METHODS)[number];

/** A voice in a consent decision; an objection blocks until it is addressed. */
export const CONSENT_CHOICES = ["pour", "reserve", "objection"] as const;
/** One of {@link CONSENT_CHOICES}. */
export type ConsentChoice = (typeof CONSENT_CHOICES)[number];

/**
 * How a decision ended, frozen when it is closed: `adopted` (a winning option, or consent
 * given), `blocked` (consent with an unaddressed objection), `tie` (majority tie), `no-votes`.
 */
export const DECISION_RESULTS = ["adopted", "blocked", "tie", "no-votes"] as const;
/** One of {@link DECISION_RESULTS}. */
export type DecisionResultKind = (typeof DECISION_RESULTS)[number];

/** Length and count caps enforced by commands (text in UTF-16 units). */
export const SEED_LIMITS = {
  title: 200,
  pitch: 2_000,
  workshopTitle: 200,
  needText: 2_000,
  categoryTitle: 200,
  needs: 100,
  displayName: 200,
  roles: 20,
  taskTitle: 500,
  place: 300,
  meetingNotes: 20_000,
  question: 500,
  optionLabel: 200,
  options: 20,
  comment: 2_000,
  note: 2_000,
  outcome: 2_000,
  protocolText: 10_000,
  iterationText: 5_000,
} as const;

/** Who did something and when (archive, done, addressed…). */
export interface SeedStamp {
  by: ProfileId;
  at: number;
}

/** A need (a note of the atelier's diagnostic) the seed answers, with a snapshot of its text. */
export interface SeedNeed {
  noteId: NoteId;
  /** Snapshot of the note's text when it was added (the seed does not hold the diagnostic). */
  text: string;
  /** Snapshot of its category's title (« Besoins / manques »…). */
  categoryTitle: string;
  addedBy: ProfileId;
  addedAt: number;
}

/** A member of the groupe-action. */
export interface SeedMember {
  id: MemberId;
  /** The carnet contact, or `null` for someone added by name only. */
  contactId: ContactId | null;
  /** The name the member agreed to show (copied so the seed stands alone). */
  displayName: string;
  /** Set of role keys (see {@link SEED_ROLES}). */
  roles: Record<string, true>;
  joinedAt: number;
  addedBy: ProfileId;
  /** Left the group (restorable) when set. */
  archived: SeedStamp | null;
}

/**
 * One entry of the status history. The current status is the last entry in (seq, at, id) order:
 * `seq` is one more than the highest the writing device saw, so a change made after seeing
 * another always comes after it whatever the tablets' clocks say; concurrent changes share a
 * seq and are ordered by time then id — the same on every replica.
 */
export interface StatusChange {
  id: StatusChangeId;
  status: SeedStatus;
  seq: number;
  at: number;
  by: ProfileId;
}

/** A next step. */
export interface SeedTask {
  id: TaskId;
  /** Text (edited with `updateText`). */
  title: string;
  assigneeId: MemberId | null;
  /** `"YYYY-MM-DD"` or `""` (no due date). */
  due: string;
  done: boolean;
  doneAt: number | null;
  doneBy: ProfileId | null;
  rank: string;
  createdBy: ProfileId;
  createdAt: number;
  archived: SeedStamp | null;
}

/** A meeting of the groupe-action. */
export interface SeedMeeting {
  id: MeetingId;
  /** `"YYYY-MM-DD"` or `""`. */
  date: string;
  /** `"HH:MM"` or `""`. */
  time: string;
  /** Text. */
  place: string;
  /** Set of members who came. */
  attendees: Record<string, true>;
  /** Text. */
  notes: string;
  createdBy: ProfileId;
  createdAt: number;
  archived: SeedStamp | null;
}

/** An option of a majority or ranked-choice decision. */
export interface DecisionOption {
  id: OptionId;
  /** Text. */
  label: string;
  rank: string;
}

/** How an objection was addressed (consent): it no longer blocks. */
export interface AddressedNote {
  by: ProfileId;
  at: number;
  note: string;
}

/**
 * One member's vote, stored under the voter's member id (one vote per voter: a vote cast for
 * the same voter on two tablets merges to ONE value; the other stays visible as a conflict,
 * see `SeedDecisionView.ballotConflicts`). Written as a whole on each cast.
 */
export interface Ballot {
  voterId: MemberId;
  /** Majority: the chosen option; `null` otherwise. */
  optionId: OptionId | null;
  /** Ranked choice: option ids, most preferred first; `[]` otherwise. */
  ranking: OptionId[];
  /** Consent: the voice; `null` otherwise. */
  consent: ConsentChoice | null;
  /** Why (a reserve, an objection); may be empty. */
  comment: string;
  /** Consent objection addressed; `null` while it blocks (or for other voices). */
  addressed: AddressedNote | null;
  castBy: ProfileId;
  castAt: number;
}

/** The frozen result of a closed decision. */
export interface DecisionResult {
  kind: DecisionResultKind;
  /** Majority / ranked: the winning option; `null` for consent, a tie or no votes. */
  winnerId: OptionId | null;
}

/** A closed decision's record: read-only from then on. */
export interface DecisionClosure {
  at: number;
  by: ProfileId;
  /** The decision as recorded (a short text summary). */
  outcome: string;
  result: DecisionResult;
}

/** A proposal put to the group. */
export interface SeedDecision {
  id: DecisionId;
  /** Text. */
  question: string;
  method: DecisionMethod;
  /** Options (majority, ranked); empty for consent. */
  options: Record<string, DecisionOption>;
  /** Voter member id → ballot. */
  ballots: Record<string, Ballot>;
  closed: DecisionClosure | null;
  createdBy: ProfileId;
  createdAt: number;
  archived: SeedStamp | null;
}

/** An iteration of the experimentation protocol: what was tried, what was learned. */
export interface ProtocolIteration {
  id: IterationId;
  /** `"YYYY-MM-DD"` or `""`. */
  date: string;
  /** Text. */
  tried: string;
  /** Text. */
  learned: string;
  rank: string;
  createdBy: ProfileId;
  createdAt: number;
  archived: SeedStamp | null;
}

/** The optional experimentation protocol (hypotheses → trials → indicators → iterations). */
export interface SeedProtocol {
  enabled: boolean;
  hypotheses: string;
  trials: string;
  indicators: string;
  iterations: Record<string, ProtocolIteration>;
}

/** The Automerge document of kind `"seed"`. */
export interface SeedDoc {
  schema: SchemaStamp<"seed">;
  /** Text. */
  title: string;
  /** Text: the short pitch. */
  pitch: string;
  /** Text copy of the atelier's title (never its URL). */
  workshopTitle: string;
  /** Note id → need. */
  needs: Record<string, SeedNeed>;
  members: Record<string, SeedMember>;
  /** The référent (one per seed, last writer wins), or `null`. */
  referent: MemberId | null;
  statusChanges: Record<string, StatusChange>;
  tasks: Record<string, SeedTask>;
  meetings: Record<string, SeedMeeting>;
  decisions: Record<string, SeedDecision>;
  /**
   * The rich-text journal: Automerge text bound to ProseMirror by `@automerge/prosemirror`
   * (marks and block markers live in the text). Initialised to `""`; no command writes it.
   */
  journal: string;
  protocol: SeedProtocol;
  /** In the bin (« Corbeille ») when set. */
  archived: SeedStamp | null;
  createdBy: ProfileId;
  createdAt: number;
}

/** A decision as read: the document's fields plus the ballots hidden by a concurrent cast. */
export interface SeedDecisionView extends DeepReadonly<SeedDecision> {
  /**
   * Voter → the OTHER ballots cast concurrently for that voter on other tablets (the visible one
   * is in `ballots`). Empty when there is no conflict; a new cast for the voter resolves it.
   */
  readonly ballotConflicts: Readonly<Record<string, readonly DeepReadonly<Ballot>[]>>;
}

/** A validated, plain, readonly snapshot of a seed (what `normalizeSeed` returns). */
export interface SeedView extends DeepReadonly<Omit<SeedDoc, "decisions">> {
  readonly decisions: Readonly<Record<string, SeedDecisionView>>;
}
