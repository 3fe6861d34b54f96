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
import type { BoardColumn, BoardNote } from "./boardTypes";
import { cardsById, columnCards } from "./boardModel";
import {
  applyPreview,
  boardLists,
  isSamePlace,
  movePlan,
  containerKey,
  parseContainerKey,
  previewFor,
} from "./dragPlan";
import type { Lists, Preview } from "./dragPlan";
import { useBoardCommands } from "./BoardContext";
import { CategoryColumn } from "./CategoryColumn";
import type { CardLookup } from "./NoteList";
import { NoteFace } from "./NoteCard";

/** What one column is given: its lists (previewed) and its cards (plus a dragged guest). */
interface ColumnSlice {
  arrays: (readonly string[] | undefined)[];
  guest: BoardNote | undefined;
  lists: Lists;
  notes: CardLookup;
}

/** A point on the screen. */
interface Point {
  x: number;
  y: number;
}

/**
 * What the pointer is over, read from the live layout (not from measurements taken earlier,
 * which go stale when the page scrolls or the preview moves cards): a note other than the
 * dragged one, with whether the pointer is past its middle, or a list's empty space. `null`
 * over the dragged card itself or outside every list: the preview stays as it is.
 */
export function hoveredTarget(
  at: Point | null,
  activeId: string,
): { overId: string; below: boolean } | null {
  if (!at) return null;
  for (const el of document.elementsFromPoint(at.x, at.y)) {
    const card = el.closest<HTMLElement>("[data-note-id]");
    if (card) {
      const id = card.dataset.noteId ?? "";
      if (id === activeId) return null;
      const rect = card.getBoundingClientRect();
      return { overId: id, below: at.y > rect.top + rect.height / 2 };
    }
    const list = el.closest<HTMLElement>("[data-container]");
    if (list) return { overId: list.dataset.container ?? "", below: false };
  }
  return null;
}

/**
 * Lists are measured while a note is dragged only (and again when the preview changes them).
 * Measuring always would measure every list and card after each change of the board, and
 * re-render every card through dnd-kit's context; drop targets are read from the live layout
 * anyway (`hoveredTarget`).
 */
const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } };

/**
 * The pointer sensor's options, one object for the board's life: a new object at each render
 * gives dnd-kit new activators, hence a new internal context, and every card re-rendered.
 */
const POINTER = { activationConstraint: { distance: 6 } };

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
  const sensors = useSensors(useSensor(PointerSensor, POINTER));
  // Lists whose ids did not change keep their array: their sortable context stays as it is.
  const previousBase = useRef<Lists | undefined>(undefined);
  const base = useMemo(() => {
    const next = boardLists(columns, previousBase.current);
    previousBase.current = next;
    return next;
  }, [columns]);
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
  const pointer = useRef<Point | null>(null);
  useEffect(() => {
    if (!active) return;
    const track = (e: PointerEvent) => {
      pointer.current = { x: e.clientX, y: e.clientY };
    };
    window.addEventListener("pointermove", track, { capture: true, passive: true });
    return () => window.removeEventListener("pointermove", track, { capture: true });
  }, [active]);
  const onDragStart = useCallback(
    (e: DragStartEvent) => {
      const start = e.activatorEvent;
      pointer.current = start instanceof MouseEvent ? { x: start.clientX, y: start.clientY } : null;
      setActive(String(e.active.id));
      update(null);
    },
    [update],
  );
  // On every move, not only when the hovered item changes: the upper or lower half of the
  // hovered note decides before/after.
  const onDragOver = useCallback(
    (e: DragOverEvent) => {
      const id = String(e.active.id);
      const target = hoveredTarget(pointer.current, id);
      if (!target) return;
      const shown = applyPreview(base, previewRef.current);
      const next = previewFor(shown, id, target.overId, target.below);
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
      if (isSamePlace(base, final, id)) return;
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
  // The column a dragged note was taken from (only that column re-renders on drag start).
  const columnOf = (id: string) => notes.get(id)?.categoryId;
  // Each column gets only its own lists and cards, the same objects while they do not change,
  // so a change (or a drag preview) re-renders the one or two columns it touches.
  const slices = useRef(new WeakMap<BoardColumn, ColumnSlice>());
  const sliceOf = (column: BoardColumn): ColumnSlice => {
    const keys = [
      containerKey({ categoryId: column.id, clusterId: "" }),
      ...column.clusters.map((c) => containerKey({ categoryId: column.id, clusterId: c.id })),
    ];
    const arrays = keys.map((k) => lists.get(k));
    const guest =
      dragged !== undefined &&
      dragged.categoryId !== column.id &&
      arrays.some((ids) => ids?.includes(dragged.id))
        ? dragged
        : undefined;
    const hit = slices.current.get(column);
    if (hit && hit.guest === guest && hit.arrays.every((ids, i) => ids === arrays[i])) return hit;
    const own = columnCards(column);
    const slice: ColumnSlice = {
      arrays,
      guest,
      lists: new Map(keys.map((k, i) => [k, arrays[i] ?? []])),
      notes: guest ? { get: (id) => (id === guest.id ? guest : own.get(id)) } : own,
    };
    slices.current.set(column, slice);
    return slice;
  };
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
        {columns.map((column) => {
          const slice = sliceOf(column);
          return (
            <CategoryColumn
              key={column.id}
              column={column}
              lists={slice.lists}
              notes={slice.notes}
              readOnly={readOnly}
              activeId={active !== null && columnOf(active) === column.id ? active : null}
              onOpenNote={onOpenNote}
            />
          );
        })}
      </div>
      <DragOverlay dropAnimation={null}>
        {dragged ? <NoteFace note={dragged} overlay /> : null}
      </DragOverlay>
    </DndContext>
  );
}
