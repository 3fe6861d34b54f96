/** Note commands (see `commands.ts` for the rules every command follows). */
import { DomainError } from "../errors";
import type { CategoryId, ClusterId, ContactId, NoteId, ProfileId } from "../ids";
import { editText } from "../text";
import { isMapLike } from "../tolerant";
import { checkId, checkText, checkTimestamp } from "../validate";
import {
  findCategory,
  findCluster,
  findNote,
  hasNote,
  putNote,
  setOf,
  visibleNote,
  visibleNotes,
} from "./access";
import { checkPlacement, placeAmong, type Placement } from "./place";
import { DIAGNOSTIC_LIMITS, type DiagnosticDoc } from "./schema";

/** Checks that `clusterId` (`""` = none) is a live cluster of `categoryId`. */
function checkClusterOf(
  doc: DiagnosticDoc,
  clusterId: unknown,
  categoryId: string,
): ClusterId | "" {
  if (clusterId === "" || clusterId === undefined) return "";
  const id = checkId(clusterId, "clusterId") as ClusterId;
  const cluster = findCluster(doc, id, "clusterId");
  if (cluster.categoryId !== categoryId || isMapLike(cluster.archived)) {
    throw new DomainError("invalid-field", "the cluster is not in this category", {
      field: "clusterId",
    });
  }
  return id;
}

/**
 * The rank plan for note `id` in the container (category, cluster). Reads only the neighbours
 * when both hints are given (one drop stays cheap on a 10,000-note board), else scans.
 */
function notePlan(
  doc: DiagnosticDoc,
  id: string,
  categoryId: string,
  clusterId: string,
  place: Placement,
) {
  const inContainer = (n: { id: string; categoryId: unknown; clusterId: unknown }) =>
    n.id !== id && n.categoryId === categoryId && (n.clusterId ?? "") === clusterId;
  const rankOf = (other: string) => {
    const n = visibleNote(doc, other);
    return n !== undefined && inContainer(n) && typeof n.rank === "string" ? n.rank : undefined;
  };
  const plan = placeAmong(place, rankOf, () =>
    visibleNotes(doc).filter((n) => inContainer(n) && typeof n.rank === "string"),
  );
  for (const [other, rank] of plan.reRank) findNote(doc, other).rank = rank;
  return plan.rank;
}

/** What `addNote` needs; `hidden` = added in hide-until-reveal mode. */
export interface AddNoteArgs extends Placement {
  id: NoteId;
  categoryId: CategoryId;
  text: string;
  clusterId?: ClusterId | "";
  authorContactId?: ContactId | "";
  hidden?: boolean;
  by: ProfileId;
  now: number;
}

/** Adds a note to a category (and cluster), after `afterId` or last. Text may be empty. */
export function addNote(doc: DiagnosticDoc, args: AddNoteArgs): void {
  const id = checkId(args.id, "id") as NoteId;
  const categoryId = checkId(args.categoryId, "categoryId") as CategoryId;
  const text = checkText(args.text, "text", DIAGNOSTIC_LIMITS.text);
  const author = args.authorContactId ?? "";
  const authorContactId = author === "" ? "" : (checkId(author, "authorContactId") as ContactId);
  if (args.hidden !== undefined && typeof args.hidden !== "boolean") {
    throw new DomainError("invalid-field", "hidden must be a boolean", { field: "hidden" });
  }
  const by = checkId(args.by, "by") as ProfileId;
  const now = checkTimestamp(args.now);
  const place = checkPlacement(args);
  findCategory(doc, categoryId, "categoryId");
  const clusterId = checkClusterOf(doc, args.clusterId, categoryId);
  if (hasNote(doc, id)) return; // same id = same note (idempotent)
  const rank = notePlan(doc, id, categoryId, clusterId, place);
  putNote(doc, {
    id,
    categoryId,
    clusterId,
    text,
    rank,
    authorContactId,
    linkedContacts: {},
    hidden: args.hidden ?? false,
    moderation: null,
    mergedInto: null,
    archived: null,
    createdBy: by,
    createdAt: now,
  });
}

/** Edits a note's text (character merge). */
export function editNoteText(doc: DiagnosticDoc, args: { id: NoteId; text: string }): void {
  const id = checkId(args.id, "id");
  const text = checkText(args.text, "text", DIAGNOSTIC_LIMITS.text);
  editText(findNote(doc, id), ["text"], text);
}

/**
 * Moves a note (a drop) in ONE change: to `categoryId`, into `clusterId` (`""` = none;
 * omitted = its current cluster when staying in its category, none otherwise), between the
 * neighbours `afterId` / `beforeId` (see `place.ts`; last when unknown).
 */
export function moveNote(
  doc: DiagnosticDoc,
  args: { id: NoteId; categoryId: CategoryId; clusterId?: ClusterId | "" } & Placement,
): void {
  const id = checkId(args.id, "id");
  const categoryId = checkId(args.categoryId, "categoryId") as CategoryId;
  const place = checkPlacement(args);
  findCategory(doc, categoryId, "categoryId");
  const note = findNote(doc, id);
  const keep = note.categoryId === categoryId ? (note.clusterId ?? "") : "";
  const clusterId = checkClusterOf(doc, args.clusterId ?? keep, categoryId);
  const rank = notePlan(doc, id, categoryId, clusterId, place);
  if (note.categoryId !== categoryId) note.categoryId = categoryId;
  if (note.clusterId !== clusterId) note.clusterId = clusterId;
  if (note.rank !== rank) note.rank = rank;
}

/** Links a contact of the carnet to a note (by id only; a set, so concurrent links merge). */
export function linkNoteContact(
  doc: DiagnosticDoc,
  args: { id: NoteId; contactId: ContactId },
): void {
  const id = checkId(args.id, "id");
  const contactId = checkId(args.contactId, "contactId");
  const links = setOf(findNote(doc, id), "linkedContacts");
  if (links[contactId] !== true) links[contactId] = true;
}

/** Unlinks a contact from a note (no-op when not linked). */
export function unlinkNoteContact(
  doc: DiagnosticDoc,
  args: { id: NoteId; contactId: ContactId },
): void {
  const id = checkId(args.id, "id");
  const contactId = checkId(args.contactId, "contactId");
  const links = setOf(findNote(doc, id), "linkedContacts");
  if (Object.prototype.hasOwnProperty.call(links, contactId)) delete links[contactId];
}

/** Moves a note to the bin (« Corbeille »); no-op when it already is there. */
export function archiveNote(
  doc: DiagnosticDoc,
  args: { id: NoteId; by: ProfileId; now: number },
): void {
  const id = checkId(args.id, "id");
  const by = checkId(args.by, "by") as ProfileId;
  const at = checkTimestamp(args.now);
  const note = findNote(doc, id);
  if (!isMapLike(note.archived)) note.archived = { by, at };
}

/** Takes a note out of the bin; no-op when it is not there. */
export function restoreNote(doc: DiagnosticDoc, args: { id: NoteId }): void {
  const note = findNote(doc, checkId(args.id, "id"));
  if (note.archived !== null) note.archived = null;
}

/**
 * Hides a note with a reason (moderation: facilitators still see it, with the reason; the
 * stamp records who and when). Reversible with {@link unmoderateNote}.
 */
export function moderateNote(
  doc: DiagnosticDoc,
  args: { id: NoteId; reason: string; by: ProfileId; now: number },
): void {
  const id = checkId(args.id, "id");
  const reason = checkText(args.reason, "reason", DIAGNOSTIC_LIMITS.reason, true);
  const by = checkId(args.by, "by") as ProfileId;
  const at = checkTimestamp(args.now);
  // One value: two concurrent moderations never mix one's reason with the other's author.
  findNote(doc, id).moderation = { reason, by, at };
}

/** Shows a moderated note again (no-op when it is not moderated). */
export function unmoderateNote(doc: DiagnosticDoc, args: { id: NoteId }): void {
  const note = findNote(doc, checkId(args.id, "id"));
  if (note.moderation !== null) note.moderation = null;
}

/** The `mergedInto` of note `id` as stored (visible copy, else any copy), or `null`. */
function mergeTargetOf(doc: DiagnosticDoc, id: string): string | null {
  const n = visibleNote(doc, id);
  const target: unknown = n === undefined ? null : n.mergedInto;
  return typeof target === "string" ? target : null;
}

/**
 * Folds note `sourceId` into `targetId` (or into the note `targetId` is itself folded into):
 * only `mergedInto` is written, the board shows the source inside its target, nothing is
 * copied or lost, and {@link unmergeNote} undoes it. Throws `same-note` when both are (or show
 * as) the same note and `note-already-merged` when the source is folded into another note.
 */
export function mergeNotes(doc: DiagnosticDoc, args: { sourceId: NoteId; targetId: NoteId }): void {
  const sourceId = checkId(args.sourceId, "sourceId");
  const targetId = checkId(args.targetId, "targetId");
  if (sourceId === targetId) {
    throw new DomainError("same-note", "a note cannot be merged into itself", {
      field: "targetId",
    });
  }
  const source = findNote(doc, sourceId, "sourceId");
  findNote(doc, targetId, "targetId");
  let root = targetId;
  const seen = new Set<string>([root]);
  for (let next = mergeTargetOf(doc, root); next !== null; next = mergeTargetOf(doc, root)) {
    if (next === sourceId) {
      throw new DomainError("same-note", "the target is merged into the source", {
        field: "targetId",
      });
    }
    if (seen.has(next) || !hasNote(doc, next)) break; // a concurrent cycle or a dangling link
    seen.add(next);
    root = next;
  }
  if (source.mergedInto === root || source.mergedInto === targetId) return;
  if (typeof source.mergedInto === "string") {
    throw new DomainError("note-already-merged", "the source is already merged", {
      field: "sourceId",
    });
  }
  source.mergedInto = root as NoteId;
}

/** Undoes a merge: the note shows on its own again (no-op when not merged). */
export function unmergeNote(doc: DiagnosticDoc, args: { sourceId: NoteId }): void {
  const note = findNote(doc, checkId(args.sourceId, "sourceId"), "sourceId");
  if (note.mergedInto !== null) note.mergedInto = null;
}
