/**
 * Board models for the convergence harness: the real commands, and naive variants the
 * properties must catch (DESIGN.md §10) — whole-string text, a move that rewrites the note,
 * votes keyed by tablet instead of by participant, and a board ordered by rank alone.
 */
import * as A from "@automerge/automerge";
import {
  addCluster,
  addNote,
  archiveCluster,
  archiveNote,
  castDots,
  compareRanked,
  editNoteText,
  mergeNotes,
  moveNote,
  noteBucket,
  openVoteSession,
  restoreNote,
  revealNotes,
  selectBoard,
  unmergeNote,
  type BoardColumn,
  type DiagnosticDoc,
  type DiagnosticView,
  type Placement,
} from "../../src/domain";
import { apply, makeDiagnostic, T0 } from "../fixtures/builders";
import { BY, cat, clu, con, nid, ses } from "./diagnostic";
import {
  BUDGET,
  CATS,
  PARTICIPANTS,
  SESSION,
  SHARED_NOTE,
  type BoardCmd,
  type BoardModel,
  type Ctx,
  type Hint,
} from "./diagnosticConvergence";

const at = <T>(list: readonly T[], i: number): T | undefined =>
  list.length === 0 ? undefined : list[i % list.length];

/** The placement a UI would send for `hint`, from the replica's current view. */
function placement(
  view: DiagnosticView,
  self: string,
  categoryId: string,
  clusterId: string,
  hint: Hint,
  i: number,
): Placement {
  const list = Object.values(view.notes)
    .filter((n) => n.id !== self && n.categoryId === categoryId && n.clusterId === clusterId)
    .sort(compareRanked);
  const k = i % (list.length + 1);
  switch (hint) {
    case "neighbours":
      return { afterId: list[k - 1]?.id ?? null, beforeId: list[k]?.id ?? null };
    case "unknown":
      return { afterId: list[k]?.id };
    case "start":
      return { afterId: null };
    case "end":
      return { afterId: list.at(-1)?.id ?? null, beforeId: null };
  }
}

function clusterFor(ctx: Ctx, categoryId: string, pick: number | null): string {
  if (pick === null) return "";
  const live = ctx.clusters.filter((id) => {
    const c = ctx.view.clusters[id];
    return c !== undefined && c.categoryId === categoryId && c.archived === null;
  });
  return at(live, pick) ?? "";
}

/** Applies `cmd` with the real commands; `move` and `text` may be swapped by naive variants. */
function applyReal(
  doc: DiagnosticDoc,
  cmd: BoardCmd,
  ctx: Ctx,
  ops: {
    text: typeof editNoteText;
    move: typeof moveNote;
    voteKeySuffix?: (replica: number) => string;
  },
): void {
  const note = (i: number) => at(ctx.notes, i);
  const now = T0 + 1;
  switch (cmd.t) {
    case "add": {
      const categoryId = CATS[cmd.cat] as string;
      addNote(doc, {
        id: nid(ctx.newId),
        categoryId: cat(categoryId),
        text: cmd.text,
        hidden: cmd.hidden,
        by: BY,
        now,
        ...placement(ctx.view, ctx.newId, categoryId, "", cmd.hint, cmd.at),
      });
      ctx.track.added(ctx.newId);
      return;
    }
    case "text": {
      const id = note(cmd.pick);
      if (id !== undefined) ops.text(doc, { id: nid(id), text: cmd.value });
      return;
    }
    case "move": {
      const id = note(cmd.pick);
      if (id === undefined) return;
      const categoryId = CATS[cmd.cat] as string;
      const clusterId = clusterFor(ctx, categoryId, cmd.cluster);
      ops.move(doc, {
        id: nid(id),
        categoryId: cat(categoryId),
        clusterId: clu(clusterId),
        ...placement(ctx.view, id, categoryId, clusterId, cmd.hint, cmd.at),
      });
      return;
    }
    case "cluster":
      addCluster(doc, {
        id: clu(`k${ctx.newId}`),
        categoryId: cat(CATS[cmd.cat] as string),
        title: "",
        by: BY,
        now,
      });
      return;
    case "archiveCluster": {
      const id = at(ctx.clusters, cmd.pick);
      if (id !== undefined) archiveCluster(doc, { id: clu(id), by: BY, now });
      return;
    }
    case "archive":
    case "restore": {
      const id = note(cmd.pick);
      if (id === undefined || id === SHARED_NOTE) return;
      if (cmd.t === "archive") archiveNote(doc, { id: nid(id), by: BY, now });
      else restoreNote(doc, { id: nid(id) });
      return;
    }
    case "merge": {
      const [a, b] = [note(cmd.pick), note(cmd.into)];
      if (a !== undefined && b !== undefined && a !== b)
        mergeNotes(doc, { sourceId: nid(a), targetId: nid(b) });
      return;
    }
    case "unmerge": {
      const id = note(cmd.pick);
      if (id !== undefined) unmergeNote(doc, { sourceId: nid(id) });
      return;
    }
    case "reveal": {
      const id = note(cmd.pick);
      if (id === undefined) return;
      revealNotes(doc, { ids: [id] });
      ctx.track.revealed([id]);
      return;
    }
    case "revealCat": {
      const categoryId = CATS[cmd.cat] as string;
      revealNotes(doc, { categoryId: cat(categoryId) });
      ctx.track.revealed(
        Object.values(ctx.view.notes)
          .filter((n) => n.categoryId === categoryId && n.hidden)
          .map((n) => n.id),
      );
      return;
    }
    case "vote": {
      const dots: Record<string, number> = {};
      let left = BUDGET;
      for (const [p, n] of cmd.dots) {
        const id = note(p);
        if (id === undefined || left === 0) continue;
        const k = Math.min(n, left);
        dots[id] = (dots[id] ?? 0) + k;
        left -= k;
      }
      const participant = PARTICIPANTS[cmd.participant] as string;
      const key = participant + (ops.voteKeySuffix?.(ctx.replica) ?? "");
      castDots(doc, { sessionId: ses(SESSION), participant: con(key), dots, by: BY, now });
      ctx.track.voted(participant);
      return;
    }
  }
}

function init(): A.Doc<DiagnosticDoc> {
  return apply(makeDiagnostic(BY), (d) => {
    addNote(d, {
      id: nid(SHARED_NOTE),
      categoryId: cat("freins"),
      text: "Partagée",
      by: BY,
      now: T0,
    });
    openVoteSession(d, { id: ses(SESSION), title: "Priorités", budget: BUDGET, by: BY, now: T0 });
  });
}

function insertInText(doc: DiagnosticDoc, id: string, marker: string, pos: number): void {
  const text = doc.noteBuckets[noteBucket(id)]?.[id]?.text ?? "";
  const p = Math.min(pos, text.length);
  editNoteText(doc, { id: nid(id), text: text.slice(0, p) + marker + text.slice(p) });
}

/** The real commands. */
export const properBoardModel: BoardModel = {
  init,
  apply: (doc, cmd, ctx) => applyReal(doc, cmd, ctx, { text: editNoteText, move: moveNote }),
  insertInText,
};

/** Whole-string assignment of the text: concurrent edits overwrite each other. */
const naiveText: typeof editNoteText = (doc, args) => {
  const note = doc.noteBuckets[noteBucket(args.id)]?.[args.id];
  if (note !== undefined) note.text = new A.ImmutableString(args.text) as unknown as string;
};

/** The real commands, but text set as a whole value. */
export const naiveTextBoardModel: BoardModel = {
  init,
  apply: (doc, cmd, ctx) => applyReal(doc, cmd, ctx, { text: naiveText, move: moveNote }),
  insertInText: (doc, id, marker, pos) => {
    const text = String(doc.noteBuckets[noteBucket(id)]?.[id]?.text ?? "");
    const p = Math.min(pos, text.length);
    naiveText(doc, { id: nid(id), text: text.slice(0, p) + marker + text.slice(p) });
  },
};

/** A move that rewrites the note as a fresh object (as a "remove then insert" would). */
const naiveMove: typeof moveNote = (doc, args) => {
  moveNote(doc, args);
  const bucket = doc.noteBuckets[noteBucket(args.id)];
  const note = bucket?.[args.id];
  if (bucket === undefined || note === undefined) return;
  const copy = JSON.parse(JSON.stringify(note)) as typeof note;
  delete bucket[args.id];
  bucket[args.id] = copy;
};

/** The real commands, but a move rewrites the note: an edit made meanwhile elsewhere is lost. */
export const naiveMoveBoardModel: BoardModel = {
  ...properBoardModel,
  apply: (doc, cmd, ctx) => applyReal(doc, cmd, ctx, { text: editNoteText, move: naiveMove }),
};

/** Votes keyed by (participant, tablet): the same participant on two tablets counts twice. */
export const naiveVoteBoardModel: BoardModel = {
  ...properBoardModel,
  apply: (doc, cmd, ctx) =>
    applyReal(doc, cmd, ctx, {
      text: editNoteText,
      move: moveNote,
      voteKeySuffix: (r) => `_t${r}`,
    }),
};

/** A board ordered by rank alone (no id tie-break): tied ranks show in arrival order. */
export const naiveOrderBoardModel: BoardModel = {
  ...properBoardModel,
  board(view: DiagnosticView): BoardColumn[] {
    const byRank = <T extends { rank: string }>(list: T[]) =>
      [...list].sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
    // Arrival order: the order in which Automerge materialised the notes.
    const arrival = new Map(Object.keys(view.notes).map((id, i) => [id, i]));
    return selectBoard(view, { viewer: { facilitator: true } }).map((col) => ({
      ...col,
      notes: byRank(
        [...col.notes].sort((a, b) => (arrival.get(a.id) ?? 0) - (arrival.get(b.id) ?? 0)),
      ),
      clusters: col.clusters.map((c) => ({
        ...c,
        notes: byRank(
          [...c.notes].sort((a, b) => (arrival.get(a.id) ?? 0) - (arrival.get(b.id) ?? 0)),
        ),
      })),
    }));
  },
};
