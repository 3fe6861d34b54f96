import { memo, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BoardColumn } from "./boardTypes";
import { containerKey } from "./dragPlan";
import type { Lists } from "./dragPlan";
import { useBoardCommands } from "./BoardContext";
import { QuickNote } from "./QuickNote";
import { NoteList } from "./NoteList";
import type { CardLookup, ListFrame } from "./NoteList";
import { ClusterHeader, NewClusterButton } from "./ClusterHeader";

const NONE: readonly string[] = [];

/** One category: a region named after it, its quick add, its groups and its notes. */
export const CategoryColumn = memo(function CategoryColumn({
  column,
  lists,
  notes,
  readOnly,
  activeId,
  onOpenNote,
}: {
  column: BoardColumn;
  /** The dragged note when it is in this column (kept rendered by a virtualised list). */
  activeId: string | null;
  /** This column's lists (with the drag preview). */
  lists: Lists;
  /** This column's cards (and a note dragged in from another column). */
  notes: CardLookup;
  readOnly: boolean;
  onOpenNote: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { facilitator, actions } = useBoardCommands();
  const headingId = useId();
  const [body, setBody] = useState<HTMLDivElement | null>(null);
  const frame = useMemo<ListFrame>(() => ({ scrollElement: body, activeId }), [body, activeId]);
  const count = column.notes.length + column.clusters.reduce((n, c) => n + c.notes.length, 0);
  const ids = (clusterId: string) =>
    lists.get(containerKey({ categoryId: column.id, clusterId })) ?? NONE;
  const awaiting = [...column.notes, ...column.clusters.flatMap((c) => c.notes)].some(
    (n) => n.awaitingReveal,
  );
  return (
    <section className="board-column" aria-labelledby={headingId}>
      <header className="board-column-header">
        <h2 id={headingId}>{column.title}</h2>
        <span className="count">{t("board.noteCount", { count })}</span>
      </header>
      {readOnly ? null : <QuickNote categoryId={column.id} />}
      {facilitator && awaiting && !readOnly ? (
        <button
          type="button"
          className="secondary small"
          onClick={() => actions.revealNotes({ categoryId: column.id })}
        >
          {t("board.kit.revealCategory", { title: column.title })}
        </button>
      ) : null}
      <div ref={setBody} className="board-column-body">
        {column.clusters.map((cluster) => (
          <div key={cluster.id} className="board-cluster">
            <ClusterHeader cluster={cluster} readOnly={readOnly} />
            <NoteList
              categoryId={column.id}
              clusterId={cluster.id}
              ids={ids(cluster.id)}
              notes={notes}
              label={cluster.title || t("board.clusterDefault")}
              frame={frame}
              onOpenNote={onOpenNote}
            />
          </div>
        ))}
        <NoteList
          categoryId={column.id}
          clusterId=""
          ids={ids("")}
          notes={notes}
          label={t("board.notes")}
          frame={frame}
          onOpenNote={onOpenNote}
        />
      </div>
      {readOnly ? null : <NewClusterButton categoryId={column.id} />}
    </section>
  );
});
