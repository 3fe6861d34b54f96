import { useCallback, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  DndContext,
  DragOverlay,
  PointerSensor,
  closestCorners,
  pointerWithin,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import type {
  CollisionDetection,
  DragEndEvent,
  DragOverEvent,
  DragStartEvent,
} from "@dnd-kit/core";
import type { BoardColumn } from "./boardTypes";
import { cardsById } from "./boardModel";
import {
  applyPreview,
  boardLists,
  isSamePlace,
  movePlan,
  parseContainerKey,
  previewFor,
} from "./dragPlan";
import type { Lists, Preview } from "./dragPlan";
import { useBoardCommands } from "./BoardContext";
import { CategoryColumn } from "./CategoryColumn";
import { NoteFace } from "./NoteCard";

/** Notes under the pointer first, then the list it is in, then the nearest list. */
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  const notes = hits.filter((h) => parseContainerKey(String(h.id)) === null);
  if (notes.length > 0) return notes;
  if (hits.length > 0) return hits;
  return closestCorners(args);
};

/**
 * The columns inside one drag-and-drop context (mouse, touch and pen through pointer events,
 * from a note's handle). While dragging, the board shows a LOCAL preview; the drop commits ONE
 * `moveNote` change, and nothing at all when the note is back where it was.
 */
export function DndBoard({
  columns,
  onOpenNote,
}: {
  columns: readonly BoardColumn[];
  onOpenNote: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { actions, readOnly } = useBoardCommands();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const base = useMemo(() => boardLists(columns), [columns]);
  const notes = useMemo(() => cardsById(columns), [columns]);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const previewRef = useRef<Preview | null>(null);
  const lists: Lists = useMemo(() => applyPreview(base, preview), [base, preview]);

  const update = useCallback((next: Preview | null) => {
    previewRef.current = next;
    setPreview(next);
  }, []);
  const onDragStart = useCallback(
    (e: DragStartEvent) => {
      setActive(String(e.active.id));
      update(null);
    },
    [update],
  );
  const onDragOver = useCallback(
    (e: DragOverEvent) => {
      if (!e.over) return;
      const id = String(e.active.id);
      const shown = applyPreview(base, previewRef.current);
      const next = previewFor(shown, id, String(e.over.id));
      if (!next) return;
      const current = previewRef.current;
      if (current && current.to === next.to && current.index === next.index) return;
      update(next);
    },
    [base, update],
  );
  const onDragEnd = useCallback(
    (e: DragEndEvent) => {
      const id = String(e.active.id);
      const final = applyPreview(base, previewRef.current);
      setActive(null);
      update(null);
      if (!e.over || isSamePlace(base, final, id)) return;
      const plan = movePlan(final, id);
      if (plan) actions.moveNote(plan);
    },
    [base, actions, update],
  );
  const onDragCancel = useCallback(() => {
    setActive(null);
    update(null);
  }, [update]);

  const dragged = active ? notes.get(active) : undefined;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={{ screenReaderInstructions: { draggable: t("board.dragHint") } }}
    >
      <div className="board-columns" aria-label={t("board.columns")} role="group">
        {columns.map((column) => (
          <CategoryColumn
            key={column.id}
            column={column}
            lists={lists}
            notes={notes}
            readOnly={readOnly}
            onOpenNote={onOpenNote}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {dragged ? <NoteFace note={dragged} overlay /> : null}
      </DragOverlay>
    </DndContext>
  );
}
