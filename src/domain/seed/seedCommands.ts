/**
 * Seed commands (the seed as a whole: init, texts, needs, status, bin). Pure `(doc, args) => void`
 * functions applied to an Automerge change proxy (`handle.change(d => cmd(d, args), {message})`).
 * Ids, timestamps and the author come in the arguments; everything is validated before anything
 * is written, and bad input throws a {@link DomainError}.
 */
import { DomainError } from "../errors";
import type { NoteId, ProfileId, StatusChangeId } from "../ids";
import { editText } from "../text";
import { isMapLike } from "../tolerant";
import { checkId, checkText, checkTimestamp } from "../validate";
import { checkOneOf, collectionOf, entryOf, stampOf } from "./access";
import {
  DEFAULT_SEED_STATUS,
  SEED_LIMITS,
  SEED_SCHEMA_VERSION,
  SEED_STATUSES,
  type SeedDoc,
  type SeedNeed,
  type SeedStatus,
  type StatusChange,
} from "./schema";

/** A need as given to {@link initSeed} / {@link addNeed}: a diagnostic note and its snapshot. */
export interface NeedInput {
  noteId: string;
  text: string;
  categoryTitle: string;
}

/** Arguments of {@link initSeed}. */
export interface InitSeedArgs {
  title: string;
  /** The atelier's title, copied (the seed never holds the workshop's URL). */
  workshopTitle: string;
  pitch?: string;
  needs?: readonly NeedInput[];
  by: ProfileId;
  now: number;
}

/** Id of the status change written by {@link initSeed} (deterministic: written once, by init). */
export const INITIAL_STATUS_CHANGE_ID = "init" as StatusChangeId;

function checkNeed(need: NeedInput, by: ProfileId, now: number): SeedNeed {
  if (!isMapLike(need)) throw new DomainError("invalid-field", "need", { field: "needs" });
  return {
    noteId: checkId(need.noteId, "needs.noteId") as NoteId,
    text: checkText(need.text, "needs.text", SEED_LIMITS.needText),
    categoryTitle: checkText(need.categoryTitle, "needs.categoryTitle", SEED_LIMITS.categoryTitle),
    addedBy: by,
    addedAt: now,
  };
}

/**
 * Initialises a new seed: stamp, texts, needs, first status (« idée ») and every (empty)
 * collection in one change, by its creator only. Throws `already-initialised` on a document that
 * already has a stamp.
 */
export function initSeed(doc: SeedDoc, args: InitSeedArgs): void {
  const title = checkText(args.title, "title", SEED_LIMITS.title, true);
  const workshopTitle = checkText(args.workshopTitle, "workshopTitle", SEED_LIMITS.workshopTitle);
  const pitch = checkText(args.pitch ?? "", "pitch", SEED_LIMITS.pitch);
  const by = checkId(args.by, "by") as ProfileId;
  const now = checkTimestamp(args.now);
  const inputs = args.needs ?? [];
  if (!Array.isArray(inputs)) throw new DomainError("invalid-field", "needs", { field: "needs" });
  if (inputs.length > SEED_LIMITS.needs) {
    throw new DomainError("too-long", "too many needs", {
      field: "needs",
      limit: SEED_LIMITS.needs,
    });
  }
  const needs: Record<string, SeedNeed> = {};
  for (const input of inputs) {
    const need = checkNeed(input, by, now);
    needs[need.noteId] ??= need;
  }
  if (Reflect.get(doc, "schema") !== undefined) {
    throw new DomainError("already-initialised", "seed is already initialised");
  }
  doc.schema = { kind: "seed", version: SEED_SCHEMA_VERSION };
  doc.title = title;
  doc.pitch = pitch;
  doc.workshopTitle = workshopTitle;
  doc.needs = needs;
  doc.members = {};
  doc.referent = null;
  const first: StatusChange = {
    id: INITIAL_STATUS_CHANGE_ID,
    status: DEFAULT_SEED_STATUS,
    seq: 1,
    at: now,
    by,
  };
  doc.statusChanges = { [first.id]: first };
  doc.tasks = {};
  doc.meetings = {};
  doc.decisions = {};
  doc.journal = "";
  doc.protocol = { enabled: false, hypotheses: "", trials: "", indicators: "", iterations: {} };
  doc.archived = null;
  doc.createdBy = by;
  doc.createdAt = now;
}

/** The seed's free-text fields edited with {@link setSeedText}. */
export const SEED_TEXT_FIELDS = ["title", "pitch", "workshopTitle"] as const;
/** One of {@link SEED_TEXT_FIELDS}. */
export type SeedTextField = (typeof SEED_TEXT_FIELDS)[number];

/** Edits the title, pitch or workshop title (character merge; may be empty while typing). */
export function setSeedText(doc: SeedDoc, args: { field: SeedTextField; value: string }): void {
  const field = checkOneOf(args.field, SEED_TEXT_FIELDS, "field");
  const value = checkText(args.value, field, SEED_LIMITS[field]);
  editText(doc, [field], value);
}

/** Adds a need (a diagnostic note with a snapshot of its text); no-op when already there. */
export function addNeed(doc: SeedDoc, args: NeedInput & { by: ProfileId; now: number }): void {
  const { by, at } = stampOf(args);
  const need = checkNeed(args, by, at);
  const needs = collectionOf(doc, "needs");
  if (entryOf(needs, need.noteId) !== undefined) return;
  if (Object.keys(needs).length >= SEED_LIMITS.needs) {
    throw new DomainError("too-long", "too many needs", {
      field: "needs",
      limit: SEED_LIMITS.needs,
    });
  }
  needs[need.noteId] = need;
}

/** Removes a need from the seed (a link, not user content; no-op when already gone). */
export function removeNeed(doc: SeedDoc, args: { noteId: string }): void {
  const noteId = checkId(args.noteId, "noteId");
  const needs = collectionOf(doc, "needs");
  if (Object.prototype.hasOwnProperty.call(needs, noteId)) delete needs[noteId as NoteId];
}

/** The highest `seq` and the current status as the writing device sees them. */
function latestStatus(doc: SeedDoc): { seq: number; status: SeedStatus | null } {
  let best: { seq: number; at: number; id: string; status: SeedStatus | null } = {
    seq: 0,
    at: -Infinity,
    id: "",
    status: null,
  };
  const changes = collectionOf(doc, "statusChanges");
  for (const id of Object.keys(changes)) {
    const change = entryOf(changes, id);
    if (change === undefined) continue;
    const seq = Number.isSafeInteger(change.seq) && change.seq > 0 ? change.seq : 0;
    const at = typeof change.at === "number" && Number.isFinite(change.at) ? change.at : 0;
    const later = seq !== best.seq ? seq > best.seq : at !== best.at ? at > best.at : id > best.id;
    if (later) {
      best = {
        seq,
        at,
        id,
        status: (SEED_STATUSES as string[]).includes(change.status) ? change.status : null,
      };
    }
  }
  return { seq: best.seq, status: best.status };
}

/**
 * Moves the seed to `status`, recorded in the history with its date. Any status may follow any
 * other (a mistake is corrected by a new change; « en pause » from anywhere and back); a no-op
 * when it is already the current status.
 */
export function setSeedStatus(
  doc: SeedDoc,
  args: { id: string; status: SeedStatus; by: ProfileId; now: number },
): void {
  const id = checkId(args.id, "id") as StatusChangeId;
  const status = checkOneOf(args.status, SEED_STATUSES, "status");
  const { by, at } = stampOf(args);
  const changes = collectionOf(doc, "statusChanges");
  if (entryOf(changes, id) !== undefined) return; // same id twice: the first one stands
  const latest = latestStatus(doc);
  if (latest.status === status) return;
  changes[id] = { id, status, seq: latest.seq + 1, at, by };
}

/** Moves the whole seed to the bin (« Corbeille »); restorable. */
export function archiveSeed(doc: SeedDoc, args: { by: ProfileId; now: number }): void {
  const stamp = stampOf(args);
  if (!isMapLike(Reflect.get(doc, "schema"))) {
    throw new DomainError("not-initialised", "seed is not initialised");
  }
  if (!isMapLike(doc.archived)) doc.archived = stamp;
}

/** Takes the seed out of the bin. */
export function restoreSeed(doc: SeedDoc): void {
  if (doc.archived !== null && doc.archived !== undefined) doc.archived = null;
}
