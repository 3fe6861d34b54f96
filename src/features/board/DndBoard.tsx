import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  DndContext,
  DragOverlay,
  MeasuringStrategy,
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

/** Whether the pointer is past the middle of the hovered note (as laid out now). */
function pointerBelowMiddle(y: number | null, overId: string): boolean {
  if (y === null) return false;
  const card = document.querySelector(`[data-note-id="${CSS.escape(overId)}"]`);
  if (!card) return false;
  const rect = card.getBoundingClientRect();
  return y > rect.top + rect.height / 2;
}

/** Lists move while dragging (the preview re-renders them): measure them at every move. */
const MEASURING = { droppable: { strategy: MeasuringStrategy.Always } };

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
  const [announcer, setAnnouncer] = useState<HTMLDivElement | null>(null);
  const previewRef = useRef<Preview | null>(null);
  const lists: Lists = useMemo(() => applyPreview(base, preview), [base, preview]);

  const update = useCallback((next: Preview | null) => {
    previewRef.current = next;
    setPreview(next);
  }, []);
  // Where the pointer is, read from the pointer events themselves: the page may scroll under a
  // drag (auto-scroll near the edges), and the card it hovers is measured live as well.
  const pointer = useRef<number | null>(null);
  useEffect(() => {
    if (!active) return;
    const track = (e: PointerEvent) => {
      pointer.current = e.clientY;
    };
    window.addEventListener("pointermove", track, { capture: true, passive: true });
    return () => window.removeEventListener("pointermove", track, { capture: true });
  }, [active]);
  const onDragStart = useCallback(
    (e: DragStartEvent) => {
      const start = e.activatorEvent;
      pointer.current = start instanceof MouseEvent ? start.clientY : null;
      setActive(String(e.active.id));
      update(null);
    },
    [update],
  );
  // On every move, not only when the hovered item changes: the upper or lower half of the
  // hovered note decides before/after.
  const onDragOver = useCallback(
    (e: DragOverEvent) => {
      if (!e.over) return;
      const id = String(e.active.id);
      const shown = applyPreview(base, previewRef.current);
      const below = pointerBelowMiddle(pointer.current, String(e.over.id));
      const next = previewFor(shown, id, String(e.over.id), below);
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
      measuring={MEASURING}
      collisionDetection={collision}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragMove={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={{
        screenReaderInstructions: { draggable: t("board.dragHint") },
        container: announcer ?? undefined,
      }}
    >
      {/* dnd-kit's live region has role="status", which is the sync indicator's role (the
          test and UI contract, DESIGN.md §5): it lives in a hidden box. Screen-reader users move
          notes with the « Déplacer » menu instead of a pointer drag. */}
      <div ref={setAnnouncer} aria-hidden="true" className="visually-hidden" />
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
