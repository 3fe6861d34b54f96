import { memo, useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDroppable } from "@dnd-kit/core";
import { SortableContext } from "@dnd-kit/sortable";
import type { SortingStrategy } from "@dnd-kit/sortable";
import { defaultRangeExtractor, useVirtualizer } from "@tanstack/react-virtual";
import type { Range } from "@tanstack/react-virtual";
import type { BoardNote } from "./boardTypes";
import { containerKey } from "./dragPlan";
import { NoteCard } from "./NoteCard";

/**
 * The board re-renders the previewed order itself (see `DndBoard`): the sortable list must not
 * also shift cards, or they would move twice.
 */
const NO_SHIFT: SortingStrategy = () => null;

/** Past this many notes a list renders only what its column shows (plus a margin). */
export const VIRTUAL_FROM = 40;
/** Estimated card height (px) before a card is measured; the gap between cards (px). */
const ESTIMATE = 64;
const GAP = 6;

/** What every list of a column shares: the column's scrolling body, and the dragged note. */
export interface ListFrame {
  scrollElement: HTMLElement | null;
  activeId: string | null;
}

/** Where a list finds the cards of its ids. */
export type CardLookup = Pick<ReadonlyMap<string, BoardNote>, "get">;

/** A sortable list of notes that also takes drops when empty (a new group, an empty column). */
export const NoteList = memo(function NoteList({
  categoryId,
  clusterId,
  ids,
  notes,
  label,
  frame,
  onOpenNote,
}: {
  categoryId: string;
  /** `""` = the category's ungrouped notes. */
  clusterId: string;
  ids: readonly string[];
  notes: CardLookup;
  label: string;
  frame: ListFrame;
  onOpenNote: (id: string) => void;
}) {
  const { t } = useTranslation();
  const key = containerKey({ categoryId, clusterId });
  const { setNodeRef, isOver } = useDroppable({ id: key });
  // Virtual as soon as it is long, even before the column's body is known (its first render):
  // rendering every card once, only to drop most of them a moment later, took seconds at 10,000.
  const virtual = ids.length > VIRTUAL_FROM;
  const props = {
    className: isOver ? "note-list over" : "note-list",
    "aria-label": label,
    "data-container": key,
    "data-empty": ids.length === 0 ? t("board.dropHere") : undefined,
  };
  return (
    <SortableContext id={key} items={ids as string[]} strategy={NO_SHIFT}>
      {virtual ? (
        <VirtualNotes
          ids={ids}
          notes={notes}
          frame={frame}
          listRef={setNodeRef}
          listProps={props}
          onOpenNote={onOpenNote}
        />
      ) : (
        <ul ref={setNodeRef} {...props}>
          {ids.map((id) => {
            const note = notes.get(id);
            return note ? <NoteCard key={id} note={note} onOpen={onOpenNote} /> : null;
          })}
        </ul>
      )}
    </SortableContext>
  );
});

/**
 * A long list: only the cards in (and near) the column's visible part are in the DOM, between
 * two paddings that keep the list's full height, so scrolling, drop targets read from the live
 * layout and the keyboard « Déplacer » all behave as with every card rendered. The dragged card
 * always stays rendered (dnd-kit holds its node while it is away from its place).
 */
function VirtualNotes({
  ids,
  notes,
  frame,
  listRef,
  listProps,
  onOpenNote,
}: {
  ids: readonly string[];
  notes: CardLookup;
  frame: ListFrame;
  listRef: (el: HTMLElement | null) => void;
  listProps: Record<string, string | undefined>;
  onOpenNote: (id: string) => void;
}) {
  const list = useRef<HTMLUListElement | null>(null);
  const [margin, setMargin] = useState(0);
  const activeIndex = frame.activeId === null ? -1 : ids.indexOf(frame.activeId);
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => frame.scrollElement,
    // Before the body is known: about a screen of cards, not one.
    initialRect: { width: 0, height: typeof window === "undefined" ? 0 : window.innerHeight },
    estimateSize: () => ESTIMATE,
    gap: GAP,
    overscan: 6,
    scrollMargin: margin,
    getItemKey: (index) => ids[index] ?? index,
    rangeExtractor: (range: Range) => {
      const shown = defaultRangeExtractor(range);
      if (activeIndex >= 0 && !shown.includes(activeIndex)) shown.push(activeIndex);
      return shown.sort((a, b) => a - b);
    },
  });
  // Where the list starts inside the column's scrolling body (groups above it grow and shrink),
  // read after every render on purpose; the 1 px threshold ends the loop.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const el = list.current;
    const body = frame.scrollElement;
    if (!el || !body) return;
    const top = el.getBoundingClientRect().top - body.getBoundingClientRect().top + body.scrollTop;
    if (Math.abs(top - margin) > 1) setMargin(top);
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const total = virtualizer.getTotalSize();
  const before = first ? first.start - margin : 0;
  const after = last ? Math.max(0, total - (last.end - margin)) : 0;
  return (
    <ul
      ref={(el) => {
        list.current = el;
        listRef(el);
      }}
      {...listProps}
      data-virtual="true"
      style={{ paddingTop: before, paddingBottom: after, gap: GAP }}
    >
      {items.map((item) => {
        const id = ids[item.index];
        const note = id === undefined ? undefined : notes.get(id);
        return note ? (
          <NoteCard
            key={item.key}
            note={note}
            onOpen={onOpenNote}
            index={item.index}
            measure={virtualizer.measureElement}
          />
        ) : null;
      })}
    </ul>
  );
}
