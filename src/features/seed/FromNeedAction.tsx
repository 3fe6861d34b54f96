import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { useBoardScreen } from "../board/BoardContext";
import type { BoardColumn, BoardNote } from "../board/boardTypes";
import type { NeedDraft } from "./needDraft";

/** The note and its column (NoteDialog has the same lookup; importing it would be circular). */
function findNote(
  columns: readonly BoardColumn[],
  id: string,
): { note: BoardNote; column: BoardColumn } | undefined {
  for (const column of columns) {
    const note =
      column.notes.find((n) => n.id === id) ??
      column.clusters.flatMap((c) => c.notes).find((n) => n.id === id);
    if (note) return { note, column };
  }
  return undefined;
}

/**
 * « Créer une graine » from a note of the board (a need): opens « Nouvelle graine » with the note
 * id, a snapshot of its text and its category's title, which the seed keeps (it never reads the
 * atelier's board afterwards). Hidden notes (« masqué ») offer nothing: their text is not shown.
 */
export function FromNeedAction({ noteId }: { noteId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { documentId = "" } = useParams();
  const { columns, readOnly } = useBoardScreen();
  const found = findNote(columns, noteId);
  if (!found || found.note.placeholder || !found.note.text.trim()) return null;
  const need: NeedDraft = {
    noteId,
    text: found.note.text,
    categoryTitle: found.column.title,
  };
  return (
    <button
      type="button"
      className="secondary seed-from-need"
      disabled={readOnly}
      aria-label={t("seed.fromNeedNamed", { text: need.text })}
      onClick={() => navigate(`/atelier/${documentId}/graines/nouvelle`, { state: { need } })}
    >
      {t("seed.fromNeed")}
    </button>
  );
}
