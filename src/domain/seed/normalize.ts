/**
 * Tolerant reader of seed documents: whatever arrives from a peer, it returns a complete, plain,
 * readonly {@link SeedView} and the list of what it had to fix. It never throws.
 */
import * as v from "valibot";
import type {
  ContactId,
  IterationId,
  MeetingId,
  MemberId,
  NoteId,
  ProfileId,
  StatusChangeId,
  TaskId,
} from "../ids";
import {
  idOrEmpty,
  isMapLike,
  neverThrow,
  optionalText,
  readCollection,
  readIdSet,
  readViewStamp,
  text,
  timestamp,
  type Normalized,
} from "../tolerant";
import {
  IterationSchema,
  MeetingSchema,
  MemberSchema,
  NeedSchema,
  StatusChangeSchema,
  TaskSchema,
  idOrNull,
  readDecision,
  stampOrNull,
} from "./readers";
import {
  SEED_LIMITS as L,
  SEED_SCHEMA_VERSION,
  type ProtocolIteration,
  type SeedDecisionView,
  type SeedMeeting,
  type SeedMember,
  type SeedNeed,
  type SeedStamp,
  type SeedTask,
  type SeedView,
  type StatusChange,
} from "./schema";

/** Longest journal read (characters); the editor's own documents stay far below. */
export const JOURNAL_READ_CAP = 2_000_000;

const TopSchema = v.object({
  title: optionalText(L.title),
  pitch: optionalText(L.pitch),
  workshopTitle: optionalText(L.workshopTitle),
  referent: idOrNull,
  journal: v.fallback(text(JOURNAL_READ_CAP), ""),
  archived: stampOrNull,
  createdBy: idOrEmpty,
  createdAt: timestamp,
});

const ProtocolTopSchema = v.fallback(
  v.object({
    enabled: v.fallback(v.boolean(), false),
    hypotheses: optionalText(L.protocolText),
    trials: optionalText(L.protocolText),
    indicators: optionalText(L.protocolText),
  }),
  () => ({ enabled: false, hypotheses: "", trials: "", indicators: "" }),
);

/** The view of an empty seed (what a totally unreadable document reads as). */
export function emptySeedView(): SeedView {
  return {
    schema: { kind: "seed", version: SEED_SCHEMA_VERSION },
    title: "",
    pitch: "",
    workshopTitle: "",
    needs: {},
    members: {},
    referent: null,
    statusChanges: {},
    tasks: {},
    meetings: {},
    decisions: {},
    journal: "",
    protocol: { enabled: false, hypotheses: "", trials: "", indicators: "", iterations: {} },
    archived: null,
    createdBy: "" as ProfileId,
    createdAt: 0,
  };
}

const stamp = (s: { by: string; at: number } | null): SeedStamp | null =>
  s === null ? null : { by: s.by as ProfileId, at: s.at };

function readDecisions(raw: unknown, problems: string[]): Record<string, SeedDecisionView> {
  const out: Record<string, SeedDecisionView> = {};
  // readCollection validates keys and reports; the decision reader does the rest.
  const entries = readCollection(
    raw,
    "decisions",
    v.unknown(),
    (value, id) => ({ value, id }),
    problems,
  );
  for (const { value, id } of Object.values(entries)) {
    const decision = readDecision(value, id, `decisions.${id}`, problems);
    if (decision !== null) out[id] = decision;
  }
  return out;
}

function read(raw: unknown): Normalized<SeedView> {
  if (!isMapLike(raw)) return { value: emptySeedView(), problems: ["document: not an object"] };
  const problems: string[] = [];
  const schema = readViewStamp(raw, "seed", problems);
  // Every field of TopSchema has a fallback, so this parse cannot fail on a map-like value.
  const top = v.parse(TopSchema, raw);
  const needs = readCollection(
    raw.needs,
    "needs",
    NeedSchema,
    (n, id): SeedNeed => ({
      ...n,
      noteId: id as NoteId,
      addedBy: n.addedBy as ProfileId,
    }),
    problems,
  );
  const members = readCollection(
    raw.members,
    "members",
    MemberSchema,
    (m, id): SeedMember => ({
      ...m,
      id: id as MemberId,
      contactId: m.contactId as ContactId | null,
      roles: readIdSet(
        isMapLike(raw.members) && isMapLike(raw.members[id]) ? (raw.members[id].roles ?? {}) : {},
        `members.${id}.roles`,
        problems,
      ),
      addedBy: m.addedBy as ProfileId,
      archived: stamp(m.archived),
    }),
    problems,
  );
  const statusChanges = readCollection(
    raw.statusChanges,
    "statusChanges",
    StatusChangeSchema,
    (s, id): StatusChange => ({
      ...s,
      id: id as StatusChangeId,
      by: s.by as ProfileId,
    }),
    problems,
  );
  const tasks = readCollection(
    raw.tasks,
    "tasks",
    TaskSchema,
    (t, id): SeedTask => ({
      ...t,
      id: id as TaskId,
      assigneeId: t.assigneeId as MemberId | null,
      // done, doneAt and doneBy are three registers: a concurrent « done » and « not done »
      // may mix them after merge, so who/when only count while the task reads as done.
      doneAt: t.done ? t.doneAt : null,
      doneBy: t.done ? (t.doneBy as ProfileId | null) : null,
      createdBy: t.createdBy as ProfileId,
      archived: stamp(t.archived),
    }),
    problems,
  );
  const meetings = readCollection(
    raw.meetings,
    "meetings",
    MeetingSchema,
    (m, id): SeedMeeting => ({
      ...m,
      id: id as MeetingId,
      attendees: readIdSet(
        isMapLike(raw.meetings) && isMapLike(raw.meetings[id])
          ? (raw.meetings[id].attendees ?? {})
          : {},
        `meetings.${id}.attendees`,
        problems,
      ),
      createdBy: m.createdBy as ProfileId,
      archived: stamp(m.archived),
    }),
    problems,
  );
  const protocolRaw = isMapLike(raw.protocol) ? raw.protocol : {};
  if (!isMapLike(raw.protocol)) problems.push("protocol: missing");
  const iterations = readCollection(
    protocolRaw.iterations ?? {},
    "protocol.iterations",
    IterationSchema,
    (it, id): ProtocolIteration => ({
      ...it,
      id: id as IterationId,
      createdBy: it.createdBy as ProfileId,
      archived: stamp(it.archived),
    }),
    problems,
  );
  const referent =
    top.referent !== null && members[top.referent] !== undefined
      ? (top.referent as MemberId)
      : null;
  const value: SeedView = {
    schema,
    title: top.title,
    pitch: top.pitch,
    workshopTitle: top.workshopTitle,
    needs,
    members,
    referent,
    statusChanges,
    tasks,
    meetings,
    decisions: readDecisions(raw.decisions, problems),
    journal: top.journal,
    protocol: { ...v.parse(ProtocolTopSchema, protocolRaw), iterations },
    archived: stamp(top.archived),
    createdBy: top.createdBy as ProfileId,
    createdAt: top.createdAt,
  };
  return { value, problems };
}

/**
 * Reads any value as a seed: defaults for missing fields, junk entries dropped and reported in
 * `problems` (e.g. `"tasks.x1: dropped (title: …)"`). Never throws.
 */
export function normalizeSeed(raw: unknown): Normalized<SeedView> {
  return neverThrow(() => read(raw), emptySeedView);
}
