import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useBoardScreen } from "./BoardContext";
import { FacilitatorBar } from "./FacilitatorBar";
import { DndBoard } from "./DndBoard";
import { NoteDialog } from "./NoteDialog";

/** « État des lieux »: the board of categories, with the facilitator bar above it. */
export function BoardScreen() {
  const { t } = useTranslation();
  const { columns } = useBoardScreen();
  const [openNote, setOpenNote] = useState<string | null>(null);
  return (
    <section className="board-screen" aria-label={t("board.title")}>
      <FacilitatorBar />
      <DndBoard columns={columns} onOpenNote={setOpenNote} />
      <NoteDialog noteId={openNote} onClose={() => setOpenNote(null)} />
    </section>
  );
}
