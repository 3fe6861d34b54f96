/** Read-side helpers over a diagnostic. */
import { sortRanked } from "../rank";
import type { DiagnosticCategory, DiagnosticNote, DiagnosticView } from "./schema";

/** Categories in board order (rank, then id). */
export function selectCategories(doc: Pick<DiagnosticView, "categories">): DiagnosticCategory[] {
  return sortRanked(Object.values(doc.categories));
}

/** The notes of one category in board order (rank, then id). */
export function selectNotesOf(
  doc: Pick<DiagnosticView, "notes">,
  categoryId: string,
): DiagnosticNote[] {
  return sortRanked(Object.values(doc.notes).filter((n) => n.categoryId === categoryId));
}
