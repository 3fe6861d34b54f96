/**
 * The bench's boards: N notes spread over the ten default categories, 1/N-th each, with distinct
 * ranks (a drop between two neighbours takes the domain's fast path, as on the real board).
 * The same notes are written in three models: ours (the v2 buckets), the naive flat map
 * (`{ notes: Record<id, note> }`, the v1 stub's shape) and a Yjs map of maps.
 */
import { generateNKeysBetween } from "fractional-indexing";
import { DEFAULT_CATEGORIES, initDiagnostic, newId, noteBucket } from "../../../src/domain";
import type {
  CategoryId,
  DiagnosticDoc,
  DiagnosticNote,
  NoteId,
  ProfileId,
} from "../../../src/domain";

export const BY = "benchProfile01" as ProfileId;
export const T0 = Date.UTC(2026, 2, 1, 9, 0, 0);
export const CATEGORY_IDS: readonly string[] = DEFAULT_CATEGORIES.map((c) => c.id);

/** Note `i` of the board (the text of a note said in a tour de table). */
export function boardNotes(n: number): DiagnosticNote[] {
  const perCategory = Math.ceil(n / CATEGORY_IDS.length);
  const ranks = generateNKeysBetween(null, null, perCategory);
  return Array.from({ length: n }, (_, i) => ({
    id: newId<NoteId>(),
    categoryId: CATEGORY_IDS[i % CATEGORY_IDS.length] as CategoryId,
    clusterId: "",
    text: `Note ${i} : un frein ou un levier dit pendant le tour de table`,
    rank: ranks[Math.floor(i / CATEGORY_IDS.length)] as string,
    authorContactId: "",
    linkedContacts: {},
    hidden: false,
    moderation: null,
    mergedInto: null,
    archived: null,
    createdBy: BY,
    createdAt: T0 + i,
  }));
}

/** Ours: a v2 diagnostic (initialised by its creator) holding `notes` in their buckets. */
export function fillOurs(d: DiagnosticDoc, notes: readonly DiagnosticNote[]): void {
  initDiagnostic(d, { by: BY, now: T0 });
  for (const note of notes) {
    const bucket = d.noteBuckets[noteBucket(note.id)];
    if (bucket) bucket[note.id] = { ...note };
  }
}

/** The naive reference: every note in ONE map. */
export interface FlatDoc {
  notes: Record<string, DiagnosticNote>;
}

export function fillFlat(d: FlatDoc, notes: readonly DiagnosticNote[]): void {
  d.notes = {};
  for (const note of notes) d.notes[note.id] = { ...note };
}
