/**
 * Read-side helpers over a normalized seed ({@link SeedView}). Every order is total and uses
 * only document data (ranks, dates, sequence numbers, ids), so every replica shows the same.
 */
import { compareRanked } from "../rank";
import type { DeepReadonly } from "../workshop/schema";
import { tallyDecision, type DecisionTally } from "./tally";
import {
  DEFAULT_SEED_STATUS,
  type ProtocolIteration,
  type SeedDecisionView,
  type SeedMeeting,
  type SeedMember,
  type SeedNeed,
  type SeedStatus,
  type SeedTask,
  type SeedView,
  type StatusChange,
} from "./schema";

type View<T> = DeepReadonly<T>;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Status history order: (seq, at, id) — causal first, then clock, then id. */
export function compareStatusChanges(a: View<StatusChange>, b: View<StatusChange>): number {
  return a.seq - b.seq || a.at - b.at || cmp(a.id, b.id);
}

/** The status history, oldest first (the last entry is the current status). */
export function selectStatusHistory(view: Pick<SeedView, "statusChanges">): View<StatusChange>[] {
  return Object.values(view.statusChanges).sort(compareStatusChanges);
}

/** The current status: the last entry of the history (« idée » when there is none). */
export function selectCurrentStatus(view: Pick<SeedView, "statusChanges">): SeedStatus {
  const history = selectStatusHistory(view);
  return history[history.length - 1]?.status ?? DEFAULT_SEED_STATUS;
}

/** The needs the seed answers, in the order they were added (then note id). */
export function selectNeeds(view: Pick<SeedView, "needs">): View<SeedNeed>[] {
  return Object.values(view.needs).sort((a, b) => a.addedAt - b.addedAt || cmp(a.noteId, b.noteId));
}

const byName = (a: View<SeedMember>, b: View<SeedMember>): number =>
  a.displayName.localeCompare(b.displayName, "fr", { sensitivity: "base" }) ||
  cmp(a.displayName, b.displayName) ||
  cmp(a.id, b.id);

/** Current members (not archived), by name then id. */
export function selectMembers(view: Pick<SeedView, "members">): View<SeedMember>[] {
  return Object.values(view.members)
    .filter((m) => m.archived === null)
    .sort(byName);
}

/** Members who left the group (the bin), by name. */
export function selectFormerMembers(view: Pick<SeedView, "members">): View<SeedMember>[] {
  return Object.values(view.members)
    .filter((m) => m.archived !== null)
    .sort(byName);
}

/** The référent, when set and still a member. */
export function selectReferent(
  view: Pick<SeedView, "members" | "referent">,
): View<SeedMember> | null {
  if (view.referent === null) return null;
  const member = view.members[view.referent];
  return member !== undefined && member.archived === null ? member : null;
}

/** The tasks not in the bin, in rank order (the group's list of next steps). */
export function selectTasks(view: Pick<SeedView, "tasks">): View<SeedTask>[] {
  return Object.values(view.tasks)
    .filter((t) => t.archived === null)
    .sort(compareRanked);
}

/** Open tasks: dated ones first by due date, then rank order. */
export function selectOpenTasks(view: Pick<SeedView, "tasks">): View<SeedTask>[] {
  const dueKey = (t: View<SeedTask>) => (t.due === "" ? "\uffff" : t.due);
  return selectTasks(view)
    .filter((t) => !t.done)
    .sort((a, b) => cmp(dueKey(a), dueKey(b)) || compareRanked(a, b));
}

/** Done tasks, most recently done first. */
export function selectDoneTasks(view: Pick<SeedView, "tasks">): View<SeedTask>[] {
  return selectTasks(view)
    .filter((t) => t.done)
    .sort((a, b) => (b.doneAt ?? 0) - (a.doneAt ?? 0) || compareRanked(a, b));
}

/** The next step: the first open task (the earliest due date, else the first in order). */
export function selectNextTask(view: Pick<SeedView, "tasks">): View<SeedTask> | null {
  return selectOpenTasks(view)[0] ?? null;
}

const meetingKey = (m: View<SeedMeeting>) => `${m.date === "" ? "\uffff" : m.date} ${m.time}`;

/** Meetings not in the bin, by date and time (undated last), then id. */
export function selectMeetings(view: Pick<SeedView, "meetings">): View<SeedMeeting>[] {
  return Object.values(view.meetings)
    .filter((m) => m.archived === null)
    .sort((a, b) => cmp(meetingKey(a), meetingKey(b)) || cmp(a.id, b.id));
}

/** Decisions not in the bin: open ones first, each group oldest first. */
export function selectDecisions(view: Pick<SeedView, "decisions">): SeedDecisionView[] {
  return Object.values(view.decisions)
    .filter((d) => d.archived === null)
    .sort(
      (a, b) =>
        Number(a.closed !== null) - Number(b.closed !== null) ||
        a.createdAt - b.createdAt ||
        cmp(a.id, b.id),
    );
}

/** The live tally of a decision (a closed one keeps its frozen `closed.result`), or `null`. */
export function selectDecisionTally(
  view: Pick<SeedView, "decisions">,
  decisionId: string,
): DecisionTally | null {
  const decision = view.decisions[decisionId];
  return decision === undefined ? null : tallyDecision(decision);
}

/** Voters whose vote was cast on several tablets concurrently (shown so the group can check). */
export function selectBallotConflicts(
  view: Pick<SeedView, "decisions">,
  decisionId: string,
): string[] {
  const decision = view.decisions[decisionId];
  return decision === undefined ? [] : Object.keys(decision.ballotConflicts).sort();
}

/** Protocol iterations not in the bin, in rank order. */
export function selectIterations(view: Pick<SeedView, "protocol">): View<ProtocolIteration>[] {
  return Object.values(view.protocol.iterations)
    .filter((i) => i.archived === null)
    .sort(compareRanked);
}

/** What a seed's card shows. */
export interface SeedSummary {
  title: string;
  workshopTitle: string;
  status: SeedStatus;
  memberCount: number;
  nextTask: { id: string; title: string; due: string } | null;
  openTaskCount: number;
  archived: boolean;
}

/** The card summary of a seed. */
export function selectSeedSummary(view: SeedView): SeedSummary {
  const next = selectNextTask(view);
  return {
    title: view.title,
    workshopTitle: view.workshopTitle,
    status: selectCurrentStatus(view),
    memberCount: selectMembers(view).length,
    nextTask: next === null ? null : { id: next.id, title: next.title, due: next.due },
    openTaskCount: selectOpenTasks(view).length,
    archived: view.archived !== null,
  };
}

/** The object replacement character Automerge shows in text where a block marker sits. */
const BLOCK_MARKER = "\ufffc";

/**
 * The journal as plain text (for a preview or a search): block markers written by the rich-text
 * editor become line breaks; marks (bold, links) carry no characters of their own.
 */
export function selectJournalPlainText(view: Pick<SeedView, "journal">): string {
  return view.journal.split(BLOCK_MARKER).join("\n").replace(/^\n/, "");
}
