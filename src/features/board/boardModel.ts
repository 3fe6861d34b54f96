import { selectBoardFrom } from "../../domain";
import type { BoardItem, BoardSelection, DiagnosticView } from "../../domain";
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

/** The selection behind a card snapshot, for the next update (see `boardColumns`). */
interface Derived {
  selection: BoardSelection;
  columns: readonly BoardColumn[];
}
const derivedOfColumns = new WeakMap<readonly BoardColumn[], Derived>();
const derivedOfCards = new WeakMap<ReadonlyMap<string, BoardNote>, Derived>();
/** The card drawn for a domain item (items an update did not touch keep their identity). */
const cardOfItem = new WeakMap<BoardItem, BoardNote>();

/**
 * The columns `selectBoard` gives this viewer, reshaped for the screens. When `previous` is
 * the {@link cardsById} of the last snapshot, the board is updated from it (`selectBoardFrom`):
 * one edit or drop rebuilds the one or two columns it touches, and the other columns keep
 * their identity. Cards that did not change keep their identity from `previous` (id → card),
 * so memoised cards skip rendering: typing in one note re-renders one card, not the board.
 */
export function boardColumns(
  view: DiagnosticView,
  viewer: { facilitator: boolean; contactId?: string },
  previous: ReadonlyMap<string, BoardNote> = new Map(),
): BoardColumn[] {
  const before = derivedOfCards.get(previous);
  const selection = selectBoardFrom(view, viewer, before?.selection);
  const card = (item: BoardItem) => {
    const known = cardOfItem.get(item);
    if (known !== undefined) return known;
    const next = toCardNote(item);
    const old = previous.get(next.id);
    const kept = old && sameNote(old, next) ? old : next;
    cardOfItem.set(item, kept);
    return kept;
  };
  const columns = selection.columns.map((column, i) => {
    const same = before?.selection.columns[i] === column ? before.columns[i] : undefined;
    if (same !== undefined) return same;
    return {
      id: column.category.id,
      title: column.category.title,
      clusters: column.clusters.map((c) => ({
        id: c.cluster.id,
        title: c.cluster.title,
        notes: c.notes.map(card),
      })),
      notes: column.notes.map(card),
    };
  });
  derivedOfColumns.set(columns, { selection, columns });
  return columns;
}

const cardsOfColumn = new WeakMap<BoardColumn, ReadonlyMap<string, BoardNote>>();

/** A column's cards by id (kept per column object: an unchanged column gives the same map). */
export function columnCards(column: BoardColumn): ReadonlyMap<string, BoardNote> {
  const hit = cardsOfColumn.get(column);
  if (hit !== undefined) return hit;
  const byId = new Map<string, BoardNote>();
  for (const n of column.notes) byId.set(n.id, n);
  for (const c of column.clusters) for (const n of c.notes) byId.set(n.id, n);
  cardsOfColumn.set(column, byId);
  return byId;
}

/** Cards by id over the columns' own maps: an update re-indexes only the columns it rebuilt. */
class CardsById implements ReadonlyMap<string, BoardNote> {
  readonly #maps: readonly ReadonlyMap<string, BoardNote>[];
  constructor(columns: readonly BoardColumn[]) {
    this.#maps = columns.map(columnCards);
  }
  get size(): number {
    return this.#maps.reduce((n, m) => n + m.size, 0);
  }
  get(id: string): BoardNote | undefined {
    for (const m of this.#maps) {
      const card = m.get(id);
      if (card !== undefined) return card;
    }
    return undefined;
  }
  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
  forEach(fn: (card: BoardNote, id: string, map: ReadonlyMap<string, BoardNote>) => void): void {
    for (const [id, card] of this.entries()) fn(card, id, this);
  }
  *entries(): MapIterator<[string, BoardNote]> {
    for (const m of this.#maps) yield* m.entries();
  }
  *keys(): MapIterator<string> {
    for (const m of this.#maps) yield* m.keys();
  }
  *values(): MapIterator<BoardNote> {
    for (const m of this.#maps) yield* m.values();
  }
  [Symbol.iterator](): MapIterator<[string, BoardNote]> {
    return this.entries();
  }
}

/** Every card of the board by id (the `previous` of the next snapshot). */
export function cardsById(columns: readonly BoardColumn[]): ReadonlyMap<string, BoardNote> {
  const cards = new CardsById(columns);
  const derived = derivedOfColumns.get(columns);
  if (derived !== undefined) derivedOfCards.set(cards, derived);
  return cards;
}
