/**
 * Tolerant reading of ONE diagnostic entity (note, category, cluster, vote record, session):
 * defaults for missing fields (so a v1 entry reads as a v2 one), junk dropped and reported. Used
 * by the document reader and by commands that adopt an entry hidden by a conflict.
 */
import * as v from "valibot";
import { isValidId } from "../ids";
import type { CategoryId, ClusterId, ContactId, NoteId, ProfileId, VoteSessionId } from "../ids";
import { idOrEmpty, isMapLike, optionalText, rankKey, text, timestamp } from "../tolerant";
import {
  DIAGNOSTIC_LIMITS as L,
  VOTE_STATUSES,
  type DiagnosticCategory,
  type DiagnosticCluster,
  type DiagnosticNote,
  type VoteRecord,
  type VoteSession,
} from "./schema";

const validId = v.pipe(
  text(64),
  v.check((s) => isValidId(s)),
);
const StampSchema = v.object({ by: validId, at: timestamp });
const stampOrNull = v.fallback(v.nullable(StampSchema), null);

const CategorySchema = v.object({
  title: text(L.title),
  rank: rankKey,
  archived: stampOrNull,
  createdBy: idOrEmpty,
  createdAt: timestamp,
});

const ClusterSchema = v.object({
  categoryId: idOrEmpty,
  title: optionalText(L.title),
  rank: rankKey,
  archived: stampOrNull,
  createdBy: idOrEmpty,
  createdAt: timestamp,
});

/** v2 note; a v1 note (categoryId, clusterId, text, rank, createdBy/At) reads with defaults. */
const NoteSchema = v.object({
  categoryId: idOrEmpty,
  clusterId: idOrEmpty,
  text: text(L.text),
  rank: rankKey,
  authorContactId: idOrEmpty,
  hidden: v.fallback(v.boolean(), false),
  moderation: v.fallback(
    v.nullable(v.object({ reason: optionalText(L.reason), by: validId, at: timestamp })),
    null,
  ),
  mergedInto: v.fallback(v.nullable(validId), null),
  archived: stampOrNull,
  createdBy: idOrEmpty,
  createdAt: timestamp,
});

const SessionSchema = v.object({
  title: optionalText(L.title),
  budget: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(L.budget)),
  status: v.fallback(v.picklist(VOTE_STATUSES), "open"),
  openedBy: idOrEmpty,
  openedAt: timestamp,
  closedAt: v.fallback(v.nullable(v.pipe(v.number(), v.finite())), null),
});

const VoteSchema = v.object({ castBy: idOrEmpty, at: timestamp });
const dotCount = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(L.budget));

function drop(path: string, problems: string[], issue: v.BaseIssue<unknown> | undefined): null {
  const where = issue?.path?.map((p) => String(p.key)).join(".") ?? "";
  problems.push(
    `${path}: dropped (${where ? `${where}: ` : ""}${issue?.message ?? "not an object"})`,
  );
  return null;
}

/** Reads a set `Record<id, true>`: other values and invalid keys are dropped and reported. */
function readSet(raw: unknown, path: string, problems: string[]): Record<string, true> {
  const out: Record<string, true> = {};
  if (raw === undefined) return out;
  if (!isMapLike(raw)) {
    problems.push(`${path}: not a map`);
    return out;
  }
  for (const key of Object.keys(raw)) {
    if (isValidId(key) && raw[key] === true) out[key] = true;
    else problems.push(`${path}: dropped entry ${JSON.stringify(key.slice(0, 80))}`);
  }
  return out;
}

/** Reads a note stored under `id`, or `null` (reported) when it is junk. */
export function readNote(raw: unknown, id: string, path: string, problems: string[]) {
  const parsed = v.safeParse(NoteSchema, raw);
  if (!parsed.success || !isMapLike(raw)) return drop(path, problems, parsed.issues?.[0]);
  const n = parsed.output;
  const note: DiagnosticNote = {
    ...n,
    id: id as NoteId,
    categoryId: n.categoryId as CategoryId,
    clusterId: n.clusterId as ClusterId | "",
    authorContactId: n.authorContactId as ContactId | "",
    linkedContacts: readSet(raw.linkedContacts, `${path}.linkedContacts`, problems) as Record<
      ContactId,
      true
    >,
    moderation:
      n.moderation === null ? null : { ...n.moderation, by: n.moderation.by as ProfileId },
    mergedInto: n.mergedInto === id ? null : (n.mergedInto as NoteId | null),
    archived: n.archived as DiagnosticNote["archived"],
    createdBy: n.createdBy as ProfileId,
  };
  return note;
}

/** Reads a category stored under `id`, or `null` (reported). */
export function readCategory(raw: unknown, id: string, path: string, problems: string[]) {
  const parsed = v.safeParse(CategorySchema, raw);
  if (!parsed.success) return drop(path, problems, parsed.issues[0]);
  const c = parsed.output;
  const category: DiagnosticCategory = {
    ...c,
    id: id as CategoryId,
    archived: c.archived as DiagnosticCategory["archived"],
    createdBy: c.createdBy as ProfileId,
  };
  return category;
}

/** Reads a cluster stored under `id`, or `null` (reported). */
export function readCluster(raw: unknown, id: string, path: string, problems: string[]) {
  const parsed = v.safeParse(ClusterSchema, raw);
  if (!parsed.success) return drop(path, problems, parsed.issues[0]);
  const c = parsed.output;
  const cluster: DiagnosticCluster = {
    ...c,
    id: id as ClusterId,
    categoryId: c.categoryId as CategoryId,
    archived: c.archived as DiagnosticCluster["archived"],
    createdBy: c.createdBy as ProfileId,
  };
  return cluster;
}

/** Reads a vote session stored under `id`, or `null` (reported). */
export function readSession(raw: unknown, id: string, path: string, problems: string[]) {
  const parsed = v.safeParse(SessionSchema, raw);
  if (!parsed.success) return drop(path, problems, parsed.issues[0]);
  const s = parsed.output;
  const session: VoteSession = { ...s, id: id as VoteSessionId, openedBy: s.openedBy as ProfileId };
  return session;
}

/**
 * Reads a vote record stored under a key already parsed into session and participant (the key
 * is authoritative); invalid dot entries are dropped and reported.
 */
export function readVote(
  raw: unknown,
  key: { sessionId: VoteSessionId; participant: ContactId },
  path: string,
  problems: string[],
): VoteRecord | null {
  const parsed = v.safeParse(VoteSchema, raw);
  if (!parsed.success || !isMapLike(raw)) return drop(path, problems, parsed.issues?.[0]);
  const dots: Record<NoteId, number> = {};
  if (isMapLike(raw.dots)) {
    for (const noteId of Object.keys(raw.dots)) {
      const n = v.safeParse(dotCount, raw.dots[noteId]);
      if (isValidId(noteId) && n.success) dots[noteId as NoteId] = n.output;
      else if (raw.dots[noteId] !== 0)
        problems.push(`${path}.dots: dropped ${noteId.slice(0, 80)}`);
    }
  } else if (raw.dots !== undefined) problems.push(`${path}.dots: not a map`);
  return { ...key, dots, castBy: parsed.output.castBy as ProfileId, at: parsed.output.at };
}
