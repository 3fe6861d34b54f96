/**
 * Pure drag-and-drop planning. While a note is dragged the board shows a local preview (the note
 * taken out of its list and put where the pointer is); on drop the preview becomes ONE
 * `moveNote` command whose neighbours are read from the previewed list.
 */
import type { BoardColumn } from "./boardTypes";

/** A list a note can sit in: a category's ungrouped notes or one group. */
export interface Container {
  categoryId: string;
  /** `""` = the category's ungrouped notes. */
  clusterId: string;
}

const SEP = "|";

/** Stable key of a container (ids never contain `|`). */
export function containerKey(c: Container): string {
  return `${c.categoryId}${SEP}${c.clusterId}`;
}

/** The container a key names, or `null` for anything else (a note id, say). */
export function parseContainerKey(key: string): Container | null {
  const at = key.indexOf(SEP);
  if (at < 0) return null;
  return { categoryId: key.slice(0, at), clusterId: key.slice(at + 1) };
}

/** Container key → ordered note ids, for every list of the board. */
export type Lists = ReadonlyMap<string, readonly string[]>;

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The board's lists of note ids. A list whose ids are those of `previous` keeps the previous
 * array (its identity), so a sortable list that did not change is not re-rendered.
 */
export function boardLists(
  columns: readonly BoardColumn[],
  previous?: Lists,
): Map<string, readonly string[]> {
  const lists = new Map<string, readonly string[]>();
  const put = (key: string, notes: readonly { id: string }[]) => {
    const ids = notes.map((n) => n.id);
    const old = previous?.get(key);
    lists.set(key, old !== undefined && sameIds(old, ids) ? old : ids);
  };
  for (const column of columns) {
    put(containerKey({ categoryId: column.id, clusterId: "" }), column.notes);
    for (const cluster of column.clusters) {
      put(containerKey({ categoryId: column.id, clusterId: cluster.id }), cluster.notes);
    }
  }
  return lists;
}

/** Where a note is previewed while dragged. */
export interface Preview {
  noteId: string;
  to: string;
  index: number;
}

/** The key of the list holding `noteId`, if any. */
export function findContainer(lists: Lists, noteId: string): string | undefined {
  for (const [key, ids] of lists) if (ids.includes(noteId)) return key;
  return undefined;
}

/** The lists with the dragged note moved to its previewed place (others unchanged, shared). */
export function applyPreview(lists: Lists, preview: Preview | null): Lists {
  if (!preview) return lists;
  const target = lists.get(preview.to);
  if (!target) return lists;
  const next = new Map(lists);
  const from = findContainer(lists, preview.noteId);
  if (from !== undefined) {
    next.set(
      from,
      (lists.get(from) ?? []).filter((id) => id !== preview.noteId),
    );
  }
  const base = [...(next.get(preview.to) ?? [])];
  const index = Math.max(0, Math.min(preview.index, base.length));
  base.splice(index, 0, preview.noteId);
  next.set(preview.to, base);
  return next;
}

/**
 * The preview while the pointer is over `overId` (a note or a list): before the hovered note,
 * or after it when the pointer is past its middle (`below`); last when over a list's empty
 * space. Depending on where the pointer is (not on the current order) keeps it from oscillating.
 */
export function previewFor(
  lists: Lists,
  noteId: string,
  overId: string,
  below = false,
): Preview | null {
  if (overId === noteId) return null;
  if (parseContainerKey(overId)) {
    if (findContainer(lists, noteId) === overId) return null;
    const ids = (lists.get(overId) ?? []).filter((id) => id !== noteId);
    return { noteId, to: overId, index: ids.length };
  }
  const to = findContainer(lists, overId);
  if (to === undefined) return null;
  const ids = (lists.get(to) ?? []).filter((id) => id !== noteId);
  return { noteId, to, index: ids.indexOf(overId) + (below ? 1 : 0) };
}

/** The `moveNote` arguments that put the note where `lists` shows it (neighbours by id). */
export interface MovePlan extends Container {
  id: string;
  /** The note it goes after (its previous neighbour); `null` = first of its list. */
  afterId: string | null;
  /** The note it goes before (its next neighbour); `null` = last of its list. */
  beforeId: string | null;
}

/** Reads the move from previewed lists; `null` when the note is not in them. */
export function movePlan(lists: Lists, noteId: string): MovePlan | null {
  const key = findContainer(lists, noteId);
  if (key === undefined) return null;
  const container = parseContainerKey(key);
  if (!container) return null;
  const ids = lists.get(key) ?? [];
  const index = ids.indexOf(noteId);
  // Both sides are always given (an id or `null` for an end): the domain then ranks the note
  // from its two neighbours alone, whatever the size of the board.
  return {
    id: noteId,
    ...container,
    afterId: ids[index - 1] ?? null,
    beforeId: ids[index + 1] ?? null,
  };
}

/** Whether a drop changes anything (same list, same place = no change, no command). */
export function isSamePlace(before: Lists, after: Lists, noteId: string): boolean {
  const a = findContainer(before, noteId);
  const b = findContainer(after, noteId);
  if (a !== b || a === undefined) return false;
  return (before.get(a) ?? []).indexOf(noteId) === (after.get(b ?? "") ?? []).indexOf(noteId);
}

/** A keyboard move one place up (`-1`) or down (`+1`) within the note's list. */
export function stepPlan(lists: Lists, noteId: string, step: -1 | 1): MovePlan | null {
  const key = findContainer(lists, noteId);
  if (key === undefined) return null;
  const ids = lists.get(key) ?? [];
  const index = ids.indexOf(noteId);
  const target = index + step;
  if (target < 0 || target >= ids.length) return null;
  return movePlan(applyPreview(lists, { noteId, to: key, index: target }), noteId);
}
