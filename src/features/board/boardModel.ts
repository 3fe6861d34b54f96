import { selectBoard } from "../../domain";
import type { BoardItem, DiagnosticView } from "../../domain";
import type { BoardColumn, BoardNote } from "./boardTypes";

/** A domain board item as a card draws it. */
export function toCardNote(item: BoardItem): BoardNote {
  if (item.hidden) {
    return {
      id: item.id,
      categoryId: item.categoryId,
      clusterId: item.clusterId,
      text: "",
      placeholder: true,
      awaitingReveal: true,
      moderation: null,
      linkedContacts: [],
      authorContactId: "",
      merged: [],
    };
  }
  return {
    id: item.id,
    categoryId: item.categoryId,
    clusterId: item.clusterId,
    text: item.text,
    placeholder: false,
    awaitingReveal: item.concealed,
    moderation: item.moderation ? item.moderation.reason : null,
    linkedContacts: item.linkedContacts,
    authorContactId: item.authorContactId,
    merged: item.merged.map((m) => ({ id: m.id, text: m.text })),
  };
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((x, i) => same(x, b[i] as T));
}

/** Whether two cards draw the same thing (so the older object can be kept). */
export function sameNote(a: BoardNote, b: BoardNote): boolean {
  return (
    a.id === b.id &&
    a.categoryId === b.categoryId &&
    a.clusterId === b.clusterId &&
    a.text === b.text &&
    a.placeholder === b.placeholder &&
    a.awaitingReveal === b.awaitingReveal &&
    a.moderation === b.moderation &&
    a.authorContactId === b.authorContactId &&
    sameList(a.linkedContacts, b.linkedContacts, (x, y) => x === y) &&
    sameList(a.merged, b.merged, (x, y) => x.id === y.id && x.text === y.text)
  );
}

/**
 * The columns `selectBoard` gives this viewer, reshaped for the screens. Cards that did not
 * change keep their identity from `previous` (id → card), so memoised cards skip rendering:
 * typing in one note re-renders one card, not the board.
 */
export function boardColumns(
  view: DiagnosticView,
  viewer: { facilitator: boolean; contactId?: string },
  previous: ReadonlyMap<string, BoardNote> = new Map(),
): BoardColumn[] {
  const card = (item: BoardItem) => {
    const next = toCardNote(item);
    const old = previous.get(next.id);
    return old && sameNote(old, next) ? old : next;
  };
  return selectBoard(view, { viewer }).map((column) => ({
    id: column.category.id,
    title: column.category.title,
    clusters: column.clusters.map((c) => ({
      id: c.cluster.id,
      title: c.cluster.title,
      notes: c.notes.map(card),
    })),
    notes: column.notes.map(card),
  }));
}

/** Every card of the board by id (the `previous` of the next snapshot). */
export function cardsById(columns: readonly BoardColumn[]): Map<string, BoardNote> {
  const byId = new Map<string, BoardNote>();
  for (const column of columns) {
    for (const n of column.notes) byId.set(n.id, n);
    for (const c of column.clusters) for (const n of c.notes) byId.set(n.id, n);
  }
  return byId;
}
