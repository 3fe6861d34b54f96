import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../ui/Dialog";
import { useBoardScreen } from "./BoardContext";
import type { BoardColumn, BoardNote } from "./boardTypes";
import { noteName } from "./NoteCard";
import { MoveSection } from "./note/MoveSection";
import { MergeSection } from "./note/MergeSection";
import { LinksSection } from "./note/LinksSection";
import { ModerationSection } from "./note/ModerationSection";
import { FromNeedAction } from "../seed/FromNeedAction";

/** Where a note is on the board (its column), or `undefined` once it is gone. */
export function locateNote(
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
 * A note's actions, the keyboard (and screen reader) alternative to dragging: « Déplacer »
 * (category, group, up/down), merge, linked contacts, moderation (facilitators), the bin.
 */
export function NoteDialog({ noteId, onClose }: { noteId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { columns, actions, facilitator } = useBoardScreen();
  const found = useMemo(
    () => (noteId ? locateNote(columns, noteId) : undefined),
    [columns, noteId],
  );
  const open = noteId !== null && found !== undefined;
  const title = found ? noteName(found.note, t("board.hiddenNote")) : t("board.noteActionsTitle");
  return (
    <Dialog title={title} open={open} onClose={onClose}>
      {found ? (
        <div className="note-dialog">
          <MoveSection note={found.note} />
          <MergeSection note={found.note} column={found.column} onMerged={onClose} />
          <LinksSection note={found.note} />
          {facilitator ? <ModerationSection note={found.note} /> : null}
          <FromNeedAction noteId={found.note.id} />
          <div className="row dialog-actions">
            <button
              type="button"
              className="danger"
              onClick={() => {
                if (actions.archiveNote(found.note.id)) onClose();
              }}
            >
              {t("board.archive")}
            </button>
            <button type="button" className="secondary" onClick={onClose}>
              {t("board.close")}
            </button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
