/**
 * The need a new seed starts from (« Créer une graine » on a note of the board), carried to the
 * « Nouvelle graine » form in the router's navigation state. That state comes back from the
 * browser's history, so it is read as untrusted data.
 */
import { isValidId } from "../../domain";

/** A need as the seed snapshots it: the note id, its text and its category title. */
export interface NeedDraft {
  noteId: string;
  text: string;
  categoryTitle: string;
}

/** The need in a navigation state, or `null` when there is none (or it is malformed). */
export function readNeedDraft(state: unknown): NeedDraft | null {
  if (typeof state !== "object" || state === null) return null;
  const need = (state as { need?: unknown }).need;
  if (typeof need !== "object" || need === null) return null;
  const { noteId, text, categoryTitle } = need as Record<string, unknown>;
  if (typeof noteId !== "string" || !isValidId(noteId) || typeof text !== "string") return null;
  return {
    noteId,
    text: text.slice(0, 2000),
    categoryTitle: typeof categoryTitle === "string" ? categoryTitle.slice(0, 200) : "",
  };
}

/** A title suggested from the need: its first line, at most 200 characters on a word boundary. */
export function titleFromNeed(text: string): string {
  const line = (text.split("\n")[0] ?? "").trim().replace(/\s+/g, " ");
  if (line.length <= 200) return line;
  const cut = line.slice(0, 199);
  const space = cut.lastIndexOf(" ");
  return (space > 100 ? cut.slice(0, space) : cut).trimEnd() + "…";
}
