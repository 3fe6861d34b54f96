/**
 * The board selection updated from the previous one instead of recomputed: one edit or one drop
 * on a board of 10,000 notes re-sorts nothing and rebuilds only the one or two containers the
 * changed notes leave or enter. Columns and items that did not change keep their identity, so
 * the screens can skip them.
 *
 * It relies on the tolerant reader returning the SAME objects for what a change did not touch
 * (notes, categories, clusters: `normalize.ts`). Anything it does not handle incrementally —
 * another viewer, categories, clusters or reveals that changed, a merge involved, notes removed,
 * many notes changed at once (a sync) — falls back to the full {@link selectBoard}, so the result
 * is always what `selectBoard` returns (tested against it on random changes).
 */
import { compareRanked } from "../rank";
import { clusterOfIn } from "./fold";
import {
  boardItem,
  selectBoard,
  type BoardColumn,
  type BoardItem,
  type BoardViewer,
} from "./selectors";
import { noteBucketsOf } from "./normalize";
import type { DiagnosticNote, DiagnosticView } from "./schema";

/** A board selection and what the next update needs. */
export interface BoardSelection {
  readonly view: DiagnosticView;
  readonly viewer: BoardViewer;
  readonly columns: readonly BoardColumn[];
  /** Ids some note is merged into (roots of folded notes): changes to them go the full way. */
  readonly mergeTargets: ReadonlySet<string>;
}

/** A note whose object changed: before (absent when added) and after (absent when removed). */
interface Change {
  id: string;
  before: Readonly<DiagnosticNote> | undefined;
  after: Readonly<DiagnosticNote> | undefined;
}

/** Beyond this many changed notes (a sync brought many), the full selection is as cheap. */
const MAX_DELTA = 16;
const NO_MEMBERS: ReadonlyMap<string, readonly Readonly<DiagnosticNote>[]> = new Map();

function full(view: DiagnosticView, viewer: BoardViewer): BoardSelection {
  const mergeTargets = new Set<string>();
  for (const note of Object.values(view.notes)) {
    if (note.mergedInto !== null) mergeTargets.add(note.mergedInto);
  }
  return { view, viewer, columns: selectBoard(view, { viewer }), mergeTargets };
}

function sameViewer(a: BoardViewer, b: BoardViewer): boolean {
  return a.facilitator === b.facilitator && a.contactId === b.contactId;
}

function sameSet(a: Readonly<Record<string, true>>, b: Readonly<Record<string, true>>): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => b[k] === true);
}

/**
 * The notes whose object changed, or `null` when notes were removed or too many changed (full
 * selection). Compares bucket by bucket when the reader kept the buckets (an unchanged bucket
 * is the same array), else the flat maps.
 */
function changedNotes(prev: DiagnosticView, next: DiagnosticView): Change[] | null {
  const a = noteBucketsOf(prev);
  const b = noteBucketsOf(next);
  if (a === undefined || b === undefined || a.length !== b.length) return changedFlat(prev, next);
  const changed: Change[] = [];
  for (let i = 0; i < b.length; i++) {
    const before = a[i] as readonly DiagnosticNote[];
    const after = b[i] as readonly DiagnosticNote[];
    if (before === after) continue;
    const old = new Map(before.map((n) => [n.id, n]));
    for (const note of after) {
      const was = old.get(note.id);
      if (was !== note) changed.push({ id: note.id, before: was, after: note });
      old.delete(note.id);
    }
    for (const gone of old.keys()) {
      // Moved to another bucket cannot happen (the bucket is derived from the id): removed.
      if (gone) return null;
    }
    if (changed.length > MAX_DELTA) return null;
  }
  return changed;
}

function changedFlat(prev: DiagnosticView, next: DiagnosticView): Change[] | null {
  const changed: Change[] = [];
  let added = 0;
  for (const id in next.notes) {
    const before = prev.notes[id];
    if (before === next.notes[id]) continue;
    if (before === undefined) added++;
    changed.push({ id, before, after: next.notes[id] });
    if (changed.length > MAX_DELTA) return null;
  }
  const removed = Object.keys(prev.notes).length - (Object.keys(next.notes).length - added);
  return removed === 0 ? changed : null;
}

/** The container (`category/cluster`) a note shows in for `viewer`, or `null` if it does not. */
function shownIn(
  view: DiagnosticView,
  note: Readonly<DiagnosticNote> | undefined,
  viewer: BoardViewer,
  clusterOf: (note: Readonly<DiagnosticNote>) => string,
): string | null {
  if (note === undefined || note.archived !== null) return null;
  const category = view.categories[note.categoryId];
  if (category === undefined || category.archived !== null) return null;
  if (note.moderation !== null && !viewer.facilitator) return null;
  return `${note.categoryId}/${clusterOf(note)}`;
}

/** `items` without `drop`, with `add` inserted in (rank, id) order (`items` is in that order). */
function spliced(items: readonly BoardItem[], drop: ReadonlySet<string>, add: BoardItem[]) {
  const out = items.filter((item) => !drop.has(item.id));
  for (const item of add) {
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareRanked(out[mid] as BoardItem, item) < 0) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, item);
  }
  return out;
}

/**
 * The board as `viewer` sees `view` (exactly `selectBoard(view, { viewer })`), computed from
 * `previous` when only a few notes changed since.
 */
export function selectBoardFrom(
  view: DiagnosticView,
  viewer: BoardViewer,
  previous?: BoardSelection,
): BoardSelection {
  if (previous === undefined || !sameViewer(previous.viewer, viewer)) return full(view, viewer);
  const prev = previous.view;
  if (prev === view) return previous;
  if (
    prev.categories !== view.categories ||
    prev.clusters !== view.clusters ||
    !sameSet(prev.facilitation.revealed, view.facilitation.revealed)
  ) {
    return full(view, viewer);
  }
  const changed = changedNotes(prev, view);
  if (changed !== null && changed.length === 0) return { ...previous, view };
  if (changed === null) return full(view, viewer);
  for (const { id, before, after } of changed) {
    if (previous.mergeTargets.has(id) || before?.mergedInto != null || after?.mergedInto != null) {
      return full(view, viewer);
    }
  }
  const clusterOf = clusterOfIn(view);
  const fold = { clusterOf, members: NO_MEMBERS };
  const drop = new Set(changed.map((c) => c.id));
  const add = new Map<string, BoardItem[]>();
  const touched = new Set<string>();
  for (const { before, after } of changed) {
    const from = shownIn(prev, before, viewer, clusterOf);
    const to = shownIn(view, after, viewer, clusterOf);
    if (from !== null) touched.add(from);
    if (to === null || after === undefined) continue;
    touched.add(to);
    const list = add.get(to) ?? [];
    list.push(boardItem(view, after, viewer, fold));
    add.set(to, list);
  }
  const update = (key: string, items: BoardItem[]) =>
    touched.has(key) ? spliced(items, drop, add.get(key) ?? []) : items;
  const columns = previous.columns.map((column) => {
    const id = column.category.id;
    if (![...touched].some((key) => key.startsWith(`${id}/`))) return column;
    const clusters = column.clusters.map((c) => {
      const notes = update(`${id}/${c.cluster.id}`, c.notes);
      return notes === c.notes ? c : { cluster: c.cluster, notes };
    });
    const notes = update(`${id}/`, column.notes);
    const count = notes.length + clusters.reduce((sum, c) => sum + c.notes.length, 0);
    return { category: column.category, clusters, notes, count };
  });
  return { view, viewer, columns, mergeTargets: previous.mergeTargets };
}
