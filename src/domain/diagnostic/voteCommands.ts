/**
 * Dot voting. Tablets are passed around, so the voter is a participant chosen from the carnet;
 * one participant's dots in a session live in ONE record keyed by `voteKey(session, participant)`
 * and are updated note by note, so the same participant voting on two tablets merges into one
 * record. The merged record may then exceed the budget: the results count it deterministically
 * and report the conflict (`selectVoteResults`), never silently dropping dots.
 */
import { allValuesOf } from "../address-book/conflicts";
import { DomainError } from "../errors";
import type { ContactId, NoteId, ProfileId, VoteSessionId } from "../ids";
import { isMapLike } from "../tolerant";
import { checkId, checkText, checkTimestamp } from "../validate";
import { containerOf, findSession, hasNote } from "./access";
import { voteKey } from "./keys";
import { DIAGNOSTIC_LIMITS, type DiagnosticDoc, type VoteRecord } from "./schema";

function checkCount(value: unknown, field: string, min: number): number {
  if (typeof value === "number" && Number.isInteger(value) && value >= min) {
    if (value <= DIAGNOSTIC_LIMITS.budget) return value;
  }
  throw new DomainError("invalid-number", `${field} must be a whole number`, {
    field,
    limit: DIAGNOSTIC_LIMITS.budget,
  });
}

/** Opens a vote session with a budget of dots per participant. */
export function openVoteSession(
  doc: DiagnosticDoc,
  args: { id: VoteSessionId; title: string; budget: number; by: ProfileId; now: number },
): void {
  const id = checkId(args.id, "id") as VoteSessionId;
  const title = checkText(args.title, "title", DIAGNOSTIC_LIMITS.title);
  const budget = checkCount(args.budget, "budget", 1);
  const by = checkId(args.by, "by") as ProfileId;
  const now = checkTimestamp(args.now);
  const sessions = containerOf(doc, "voteSessions");
  if (isMapLike(sessions[id])) return; // same id = same session (idempotent)
  sessions[id] = {
    id,
    title,
    budget,
    status: "open",
    openedBy: by,
    openedAt: now,
    closedAt: null,
  };
}

/** Closes a session: no more dots, results may be shown (no-op when already closed). */
export function closeVoteSession(
  doc: DiagnosticDoc,
  args: { id: VoteSessionId; now: number },
): void {
  const id = checkId(args.id, "id");
  const now = checkTimestamp(args.now);
  const session = findSession(doc, id, "id");
  if (session.status !== "closed") {
    session.status = "closed";
    session.closedAt = now;
  }
}

function checkDots(doc: DiagnosticDoc, dots: unknown, budget: number): Record<NoteId, number> {
  if (!isMapLike(dots)) {
    throw new DomainError("invalid-field", "dots must be a map", { field: "dots" });
  }
  const out: Record<NoteId, number> = {};
  let total = 0;
  for (const [noteId, count] of Object.entries(dots)) {
    checkId(noteId, "dots");
    const n = checkCount(count, "dots", 0);
    if (n === 0) continue;
    if (!hasNote(doc, noteId)) {
      throw new DomainError("not-found", `no note ${noteId}`, { field: "dots" });
    }
    out[noteId as NoteId] = n;
    total += n;
  }
  if (total > budget) {
    throw new DomainError("over-budget", `${total} dots for a budget of ${budget}`, {
      field: "dots",
      limit: budget,
    });
  }
  return out;
}

/**
 * Sets a participant's dots in an open session (the whole allocation: notes left out lose
 * their dots). Throws `vote-closed`, `over-budget` (more than the session's budget),
 * `invalid-number` (not a whole number) or `not-found` (an unknown note).
 */
export function castDots(
  doc: DiagnosticDoc,
  args: {
    sessionId: VoteSessionId;
    participant: ContactId;
    dots: Record<string, number>;
    by: ProfileId;
    now: number;
  },
): void {
  const sessionId = checkId(args.sessionId, "sessionId") as VoteSessionId;
  const participant = checkId(args.participant, "participant") as ContactId;
  const castBy = checkId(args.by, "by") as ProfileId;
  const at = checkTimestamp(args.now);
  const session = findSession(doc, sessionId);
  if (session.status === "closed") {
    throw new DomainError("vote-closed", "the vote session is closed", { field: "sessionId" });
  }
  const dots = checkDots(doc, args.dots, session.budget);
  const votes = containerOf(doc, "votes");
  const key = voteKey(sessionId, participant);
  const existing: unknown = votes[key];
  // Two tablets that each created this participant's record concurrently left a conflict: a new
  // record written after seeing both supersedes them (this cast is the participant's choice).
  if (!isMapLike(existing) || !isMapLike(existing.dots) || allValuesOf(votes, key).length > 1) {
    votes[key] = { sessionId, participant, dots, castBy, at };
    return;
  }
  const record = existing as unknown as VoteRecord;
  const stored = record.dots as Record<string, unknown>;
  for (const noteId of Object.keys(stored))
    if (dots[noteId as NoteId] === undefined) delete stored[noteId];
  for (const [noteId, n] of Object.entries(dots)) if (stored[noteId] !== n) stored[noteId] = n;
  if (record.castBy !== castBy) record.castBy = castBy;
  record.at = at;
}
