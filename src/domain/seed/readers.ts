/**
 * Tolerant reading of ONE seed entity (valibot schemas): defaults for missing fields, junk
 * rejected so the collection reader drops and reports it.
 */
import * as v from "valibot";
import { allValuesOf } from "../address-book/conflicts";
import { isValidId } from "../ids";
import type { DecisionId, MemberId, OptionId, ProfileId } from "../ids";
import {
  dateOrEmpty,
  idOrEmpty,
  isMapLike,
  optionalText,
  rankKey,
  readCollection,
  text,
  timeOrEmpty,
  timestamp,
} from "../tolerant";
import type { DeepReadonly } from "../workshop/schema";
import {
  CONSENT_CHOICES,
  DECISION_METHODS,
  DECISION_RESULTS,
  SEED_LIMITS as L,
  SEED_STATUSES,
  type Ballot,
  type DecisionOption,
  type SeedDecisionView,
} from "./schema";

/** A valid id. */
export const validId = v.pipe(
  text(64),
  v.check((s) => isValidId(s)),
);
/** A valid id or `null` (missing or invalid reads as `null`). */
export const idOrNull = v.fallback(v.nullable(validId), null);
/** `{by, at}` or `null`. */
export const stampOrNull = v.fallback(v.nullable(v.object({ by: validId, at: timestamp })), null);
/** A timestamp or `null`. */
const timeOrNull = v.fallback(v.nullable(v.pipe(v.number(), v.finite())), null);

export const NeedSchema = v.object({
  text: optionalText(L.needText),
  categoryTitle: optionalText(L.categoryTitle),
  addedBy: idOrEmpty,
  addedAt: timestamp,
});

export const MemberSchema = v.object({
  contactId: idOrNull,
  displayName: text(L.displayName),
  joinedAt: timestamp,
  addedBy: idOrEmpty,
  archived: stampOrNull,
});

export const StatusChangeSchema = v.object({
  status: v.picklist(SEED_STATUSES),
  seq: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  at: timestamp,
  by: idOrEmpty,
});

export const TaskSchema = v.object({
  title: text(L.taskTitle),
  assigneeId: idOrNull,
  due: dateOrEmpty,
  done: v.fallback(v.boolean(), false),
  doneAt: timeOrNull,
  doneBy: idOrNull,
  rank: rankKey,
  createdBy: idOrEmpty,
  createdAt: timestamp,
  archived: stampOrNull,
});

export const MeetingSchema = v.object({
  date: dateOrEmpty,
  time: timeOrEmpty,
  place: optionalText(L.place),
  notes: optionalText(L.meetingNotes),
  createdBy: idOrEmpty,
  createdAt: timestamp,
  archived: stampOrNull,
});

export const IterationSchema = v.object({
  date: dateOrEmpty,
  tried: optionalText(L.iterationText),
  learned: optionalText(L.iterationText),
  rank: rankKey,
  createdBy: idOrEmpty,
  createdAt: timestamp,
  archived: stampOrNull,
});

const OptionSchema = v.object({ label: optionalText(L.optionLabel), rank: rankKey });

const BallotSchema = v.object({
  optionId: idOrNull,
  ranking: v.fallback(v.array(validId), []),
  consent: v.fallback(v.nullable(v.picklist(CONSENT_CHOICES)), null),
  comment: optionalText(L.comment),
  addressed: v.fallback(
    v.nullable(v.object({ by: validId, at: timestamp, note: optionalText(L.note) })),
    null,
  ),
  castBy: idOrEmpty,
  castAt: timestamp,
});

const DecisionTopSchema = v.object({
  question: text(L.question),
  method: v.picklist(DECISION_METHODS),
  closed: v.fallback(
    v.nullable(
      v.object({
        at: timestamp,
        by: idOrEmpty,
        outcome: optionalText(L.outcome),
        result: v.object({
          kind: v.picklist(DECISION_RESULTS),
          winnerId: idOrNull,
        }),
      }),
    ),
    null,
  ),
  createdBy: idOrEmpty,
  createdAt: timestamp,
  archived: stampOrNull,
});

/** Reads one ballot stored under `voterId` (the key is authoritative), or `null`. */
function readBallot(raw: unknown, voterId: string): DeepReadonly<Ballot> | null {
  const parsed = v.safeParse(BallotSchema, raw);
  if (!parsed.success) return null;
  const b = parsed.output;
  return {
    voterId: voterId as MemberId,
    optionId: b.optionId as OptionId | null,
    ranking: [...new Set(b.ranking)] as OptionId[],
    consent: b.consent,
    comment: b.comment,
    addressed: b.addressed === null ? null : { ...b.addressed, by: b.addressed.by as ProfileId },
    castBy: b.castBy as ProfileId,
    castAt: b.castAt,
  };
}

/**
 * Reads the ballots of a decision: the visible ballot per voter, and the ones a concurrent cast
 * for the same voter on another tablet left as conflicts.
 */
function readBallots(raw: unknown, path: string, problems: string[]) {
  const ballots: Record<string, DeepReadonly<Ballot>> = {};
  const conflicts: Record<string, DeepReadonly<Ballot>[]> = {};
  if (!isMapLike(raw)) {
    problems.push(`${path}: not a map`);
    return { ballots, conflicts };
  }
  for (const key of Object.keys(raw)) {
    const label = JSON.stringify(key.slice(0, 80));
    if (!isValidId(key)) {
      problems.push(`${path}: dropped entry with invalid key ${label}`);
      continue;
    }
    const [visible, ...hidden] = allValuesOf(raw, key).map((value) => readBallot(value, key));
    if (visible === null || visible === undefined) {
      problems.push(`${path}.${key}: dropped`);
      continue;
    }
    ballots[key] = visible;
    const others = hidden.filter((b): b is DeepReadonly<Ballot> => b !== null);
    if (others.length > 0) conflicts[key] = others;
  }
  return { ballots, conflicts };
}

/** Reads a decision stored under `id`, or `null` (reported). */
export function readDecision(
  raw: unknown,
  id: string,
  path: string,
  problems: string[],
): SeedDecisionView | null {
  const parsed = v.safeParse(DecisionTopSchema, raw);
  if (!parsed.success || !isMapLike(raw)) {
    const issue = parsed.issues?.[0];
    problems.push(`${path}: dropped (${issue?.message ?? "not an object"})`);
    return null;
  }
  const d = parsed.output;
  const options = readCollection(
    raw.options ?? {},
    `${path}.options`,
    OptionSchema,
    (o, optionId): DecisionOption => ({ ...o, id: optionId as OptionId }),
    problems,
  );
  const { ballots, conflicts } = readBallots(raw.ballots ?? {}, `${path}.ballots`, problems);
  return {
    id: id as DecisionId,
    question: d.question,
    method: d.method,
    options,
    ballots,
    ballotConflicts: conflicts,
    closed:
      d.closed === null
        ? null
        : {
            ...d.closed,
            by: d.closed.by as ProfileId,
            result: { ...d.closed.result, winnerId: d.closed.result.winnerId as OptionId | null },
          },
    createdBy: d.createdBy as ProfileId,
    createdAt: d.createdAt,
    archived: d.archived as SeedDecisionView["archived"],
  };
}
