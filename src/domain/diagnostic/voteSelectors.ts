/**
 * Vote results, synthesis and priority needs. Budgets are enforced here, AFTER merge: a
 * participant who voted on two tablets has one (united) record; when its dots exceed the
 * budget, the dots counted are chosen deterministically (by note id, in order, up to the
 * budget) and the conflict is reported — never silently dropped.
 */
import type { ContactId, NoteId } from "../ids";
import { compareRanked } from "../rank";
import { foldingOf } from "./fold";
import { voteKey } from "./keys";
import {
  NEEDS_CATEGORY_ID,
  type DiagnosticCategory,
  type DiagnosticCluster,
  type DiagnosticNote,
  type DiagnosticView,
  type VoteSession,
} from "./schema";
import { selectCategories } from "./selectors";

/** A participant whose united dots exceed the session's budget. */
export interface VoteConflict {
  participant: ContactId;
  /** Dots found after merge. */
  cast: number;
  budget: number;
  /** The dots that count (by note id, in order, up to the budget). */
  counted: Record<NoteId, number>;
}

/** One note of the results (merged notes counted in their target). */
export interface VoteResultRow {
  noteId: NoteId;
  note: Readonly<DiagnosticNote>;
  dots: number;
  /** Participants who put at least one counted dot on it. */
  voters: number;
}

/** Results of one session; the UI shows them once `closed` (votes hidden until closed). */
export interface VoteResults {
  session: Readonly<VoteSession> | null;
  closed: boolean;
  /** Participants who cast at least one dot. */
  participants: number;
  /** Live notes with dots, most dots first, then in board order. */
  rows: VoteResultRow[];
  conflicts: VoteConflict[];
}

/** The dots that count within `budget`: note ids in order, each up to what is left. */
export function countWithinBudget(
  dots: Readonly<Record<NoteId, number>>,
  budget: number,
): Record<NoteId, number> {
  const counted: Record<NoteId, number> = {};
  let left = budget;
  for (const noteId of (Object.keys(dots) as NoteId[]).sort()) {
    const n = Math.min(dots[noteId] ?? 0, left);
    if (n > 0) counted[noteId] = n;
    left -= n;
  }
  return counted;
}

/** Vote sessions, in the order they were opened (then by id). */
export function selectVoteSessions(view: DiagnosticView): VoteSession[] {
  return Object.values(view.voteSessions).sort(
    (a, b) => a.openedAt - b.openedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** A participant's dots in a session as stored (united across tablets), for their own screen. */
export function selectParticipantDots(
  view: DiagnosticView,
  sessionId: string,
  participant: string,
): Record<NoteId, number> {
  return { ...(view.votes[voteKey(sessionId, participant)]?.dots ?? {}) };
}

/** Ranked results of a session, budgets enforced after merge, conflicts reported. */
export function selectVoteResults(view: DiagnosticView, sessionId: string): VoteResults {
  const session = view.voteSessions[sessionId] ?? null;
  const empty = { session, closed: session?.status === "closed", participants: 0 };
  if (session === null) return { ...empty, rows: [], conflicts: [] };
  const { live, rootOf } = foldingOf(view);
  const totals = new Map<string, { dots: number; voters: Set<string> }>();
  const conflicts: VoteConflict[] = [];
  let participants = 0;
  const records = Object.values(view.votes)
    .filter((r) => r.sessionId === session.id)
    .sort((a, b) => (a.participant < b.participant ? -1 : a.participant > b.participant ? 1 : 0));
  for (const record of records) {
    const cast = Object.values(record.dots).reduce((sum, n) => sum + n, 0);
    if (cast === 0) continue;
    participants++;
    const counted = countWithinBudget(record.dots, session.budget);
    if (cast > session.budget) {
      conflicts.push({ participant: record.participant, cast, budget: session.budget, counted });
    }
    for (const [noteId, n] of Object.entries(counted) as [NoteId, number][]) {
      if (!live.has(noteId)) continue; // in the bin: counted against the budget, not shown
      const root = rootOf(noteId);
      const total = totals.get(root) ?? { dots: 0, voters: new Set<string>() };
      total.dots += n;
      total.voters.add(record.participant);
      totals.set(root, total);
    }
  }
  const rows = [...totals]
    .map(([noteId, t]) => ({
      noteId: noteId as NoteId,
      note: live.get(noteId) as DiagnosticNote,
      dots: t.dots,
      voters: t.voters.size,
    }))
    .sort((a, b) => b.dots - a.dots || compareRanked(a.note, b.note));
  return { ...empty, participants, rows, conflicts };
}

/** Dots per root note over every CLOSED session (open ones are still secret). */
function closedDots(view: DiagnosticView): Map<string, number> {
  const out = new Map<string, number>();
  for (const session of Object.values(view.voteSessions)) {
    if (session.status !== "closed") continue;
    for (const row of selectVoteResults(view, session.id).rows) {
      out.set(row.noteId, (out.get(row.noteId) ?? 0) + row.dots);
    }
  }
  return out;
}

/** A note with its dots from closed sessions (synthesis, priority needs). */
export interface RankedNote {
  id: NoteId;
  text: string;
  dots: number;
  /** Notes folded into it. */
  mergedIds: NoteId[];
}

/** Shown root notes (live, not moderated) of a category, most dots first, then board order. */
function rankedNotesOf(view: DiagnosticView, categoryId: string, dots: Map<string, number>) {
  const { live, rootOf, members } = foldingOf(view);
  return [...live.values()]
    .filter((n) => n.categoryId === categoryId && n.moderation === null && rootOf(n.id) === n.id)
    .map((n) => ({ note: n, dots: dots.get(n.id) ?? 0 }))
    .sort((a, b) => b.dots - a.dots || compareRanked(a.note, b.note))
    .map(({ note, dots: d }): RankedNote => ({
      id: note.id,
      text: note.text,
      dots: d,
      mergedIds: (members.get(note.id) ?? []).map((m) => m.id),
    }));
}

/** One category's summary, for the atelier's restitution. */
export interface CategorySynthesis {
  category: Readonly<DiagnosticCategory>;
  /** Shown notes (merged ones counted once, in their target; moderated ones left out). */
  noteCount: number;
  clusters: { cluster: Readonly<DiagnosticCluster>; noteCount: number }[];
  /** Up to 3 notes with the most dots (closed sessions), dots > 0. */
  topVoted: RankedNote[];
}

/** Per live category: counts, clusters and top-voted notes. */
export function selectSynthesis(view: DiagnosticView): CategorySynthesis[] {
  const dots = closedDots(view);
  const { clusterOf } = foldingOf(view);
  return selectCategories(view).map((category) => {
    const notes = rankedNotesOf(view, category.id, dots);
    const perCluster = new Map<string, number>();
    for (const { id } of notes) {
      const cluster = clusterOf(view.notes[id] as DiagnosticNote);
      if (cluster !== "") perCluster.set(cluster, (perCluster.get(cluster) ?? 0) + 1);
    }
    const clusters = Object.values(view.clusters)
      .filter((c) => c.categoryId === category.id && c.archived === null)
      .sort(compareRanked)
      .map((cluster) => ({ cluster, noteCount: perCluster.get(cluster.id) ?? 0 }));
    return {
      category,
      noteCount: notes.length,
      clusters,
      topVoted: notes.filter((n) => n.dots > 0).slice(0, 3),
    };
  });
}

/** The « besoins prioritaires »: notes of `besoins`, most dots (closed sessions) first. */
export function selectPriorityNeeds(view: DiagnosticView): RankedNote[] {
  const category = view.categories[NEEDS_CATEGORY_ID];
  if (category === undefined || category.archived !== null) return [];
  return rankedNotesOf(view, NEEDS_CATEGORY_ID, closedDots(view));
}
