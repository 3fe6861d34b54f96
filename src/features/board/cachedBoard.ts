/**
 * The board's columns as kept in the device's view cache, for a first paint while the
 * diagnostic document loads. Read back as untrusted data (another version of the app, a damaged
 * record): anything that does not look like a column or a card is dropped.
 */
import type { BoardCluster, BoardColumn, BoardNote } from "./boardTypes";

/** Bump when the shape changes: older records are then ignored, not misread. */
export const CACHED_BOARD_VERSION = 1;

/** What is stored: the columns as this device's viewer saw them. */
export interface CachedBoard {
  version: number;
  columns: BoardColumn[];
}

/** The columns as stored (plain, structured-cloneable). */
export function toCachedBoard(columns: readonly BoardColumn[]): CachedBoard {
  const note = (n: BoardNote): BoardNote => ({
    ...n,
    linkedContacts: [...n.linkedContacts],
    merged: n.merged.map((m) => ({ ...m })),
  });
  return {
    version: CACHED_BOARD_VERSION,
    columns: columns.map((c) => ({
      id: c.id,
      title: c.title,
      clusters: c.clusters.map((k) => ({ id: k.id, title: k.title, notes: k.notes.map(note) })),
      notes: c.notes.map(note),
    })),
  };
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);
const str = (x: unknown): string => (typeof x === "string" ? x : "");
const strings = (x: unknown): string[] =>
  Array.isArray(x) ? x.filter((s): s is string => typeof s === "string") : [];

function readNote(raw: unknown, categoryId: string, clusterId: string): BoardNote | null {
  if (!isObject(raw) || typeof raw.id !== "string" || raw.id === "") return null;
  const placeholder = raw.placeholder === true;
  return {
    id: raw.id,
    categoryId,
    clusterId,
    text: placeholder ? "" : str(raw.text),
    placeholder,
    awaitingReveal: raw.awaitingReveal === true,
    moderation: typeof raw.moderation === "string" ? raw.moderation : null,
    linkedContacts: strings(raw.linkedContacts),
    authorContactId: str(raw.authorContactId),
    merged: Array.isArray(raw.merged)
      ? raw.merged.flatMap((m: unknown) =>
          isObject(m) && typeof m.id === "string" ? [{ id: m.id, text: str(m.text) }] : [],
        )
      : [],
  };
}

function readNotes(raw: unknown, categoryId: string, clusterId: string): BoardNote[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((n: unknown) => {
    const note = readNote(n, categoryId, clusterId);
    return note ? [note] : [];
  });
}

/** The cached columns, or `undefined` when the record is not a board of this version. */
export function readCachedBoard(raw: unknown): BoardColumn[] | undefined {
  if (!isObject(raw) || raw.version !== CACHED_BOARD_VERSION || !Array.isArray(raw.columns)) {
    return undefined;
  }
  return raw.columns.flatMap((c: unknown): BoardColumn[] => {
    if (!isObject(c) || typeof c.id !== "string" || c.id === "") return [];
    const clusters = Array.isArray(c.clusters)
      ? c.clusters.flatMap((k: unknown): BoardCluster[] =>
          isObject(k) && typeof k.id === "string" && k.id !== ""
            ? [{ id: k.id, title: str(k.title), notes: readNotes(k.notes, c.id as string, k.id) }]
            : [],
        )
      : [];
    return [{ id: c.id, title: str(c.title), clusters, notes: readNotes(c.notes, c.id, "") }];
  });
}
