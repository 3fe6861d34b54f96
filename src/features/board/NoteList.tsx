import { useTranslation } from "react-i18next";
import { useDroppable } from "@dnd-kit/core";
import { SortableContext } from "@dnd-kit/sortable";
import type { SortingStrategy } from "@dnd-kit/sortable";
import type { BoardNote } from "./boardTypes";
import { containerKey } from "./dragPlan";
import type { Container } from "./dragPlan";
import { NoteCard } from "./NoteCard";

/**
 * The board re-renders the previewed order itself (see `DndBoard`): the sortable list must not
 * also shift cards, or they would move twice.
 */
const NO_SHIFT: SortingStrategy = () => null;

/** A sortable list of notes that also takes drops when empty (a new group, an empty column). */
export function NoteList({
  container,
  ids,
  notes,
  label,
  onOpenNote,
}: {
  container: Container;
  ids: readonly string[];
  notes: ReadonlyMap<string, BoardNote>;
  label: string;
  onOpenNote: (id: string) => void;
}) {
  const { t } = useTranslation();
  const key = containerKey(container);
  const { setNodeRef, isOver } = useDroppable({ id: key });
  return (
    <SortableContext id={key} items={ids as string[]} strategy={NO_SHIFT}>
      <ul
        ref={setNodeRef}
        className={isOver ? "note-list over" : "note-list"}
        aria-label={label}
        data-container={key}
        data-empty={ids.length === 0 ? t("board.dropHere") : undefined}
      >
        {ids.map((id) => {
          const note = notes.get(id);
          return note ? <NoteCard key={id} note={note} onOpen={onOpenNote} /> : null;
        })}
      </ul>
    </SortableContext>
  );
}
