import { useId, useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import type { DragEndEvent } from "@dnd-kit/core";
import {
  SortableContext,
  arrayMove,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { selectCategories } from "../../domain";
import type { DiagnosticCategory } from "../../domain";
import { useBoardScreen } from "./BoardContext";
import type { BoardSettingsActions } from "./useBoardSettings";

/**
 * « Gérer les catégories »: rename in place (character merge), reorder by dragging a handle or
 * with « Monter » / « Descendre », add a column, put one in the bin (its notes stay with it and
 * come back when it is restored from the « Corbeille »).
 */
export function CategoriesScreen() {
  const { t } = useTranslation();
  const { view, categoryActions: actions, readOnly, base } = useBoardScreen();
  const categories = selectCategories(view);
  const ids: string[] = categories.map((c) => c.id);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const [announcer, setAnnouncer] = useState<HTMLDivElement | null>(null);
  const onDragEnd = (e: DragEndEvent) => {
    const from = ids.indexOf(String(e.active.id));
    const to = e.over ? ids.indexOf(String(e.over.id)) : -1;
    if (from < 0 || to < 0 || from === to) return;
    const next = arrayMove(ids, from, to);
    actions.moveCategory(ids[from] as string, next[to - 1] ?? null, next[to + 1] ?? null);
  };
  return (
    <section className="section categories-screen" aria-labelledby="categories-title">
      <h2 id="categories-title">{t("board.categories.title")}</h2>
      <p className="field-hint">{t("board.categories.hint")}</p>
      {/* dnd-kit's live region has role="status", the sync indicator's role: keep it hidden. */}
      <div ref={setAnnouncer} aria-hidden="true" className="visually-hidden" />
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ container: announcer ?? undefined }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className="plain-list category-list" aria-label={t("board.categories.list")}>
            {categories.map((c, i) => (
              <CategoryRow
                key={c.id}
                category={c}
                first={i === 0}
                last={i === categories.length - 1}
                readOnly={readOnly}
                actions={actions}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <p className="field-hint">
        {t("board.categories.archiveHint")} <Link to={`${base}/corbeille`}>{t("board.trash")}</Link>
      </p>
      {readOnly ? null : <NewCategory actions={actions} afterId={ids.at(-1) ?? null} />}
    </section>
  );
}

function CategoryRow({
  category,
  first,
  last,
  readOnly,
  actions,
}: {
  category: DiagnosticCategory;
  first: boolean;
  last: boolean;
  readOnly: boolean;
  actions: BoardSettingsActions;
}) {
  const { t } = useTranslation();
  const sortable = useSortable({ id: category.id, disabled: readOnly });
  // A blank name stays local (the document keeps the previous one) until something is typed.
  const [draft, setDraft] = useState<string | null>(null);
  const hintId = useId();
  const title = category.title;
  const style = {
    transform: CSS.Translate.toString(sortable.transform),
    transition: sortable.transition,
  };
  return (
    <li ref={sortable.setNodeRef} style={style} className="category-row" aria-label={title}>
      {readOnly ? null : (
        <button
          type="button"
          className="note-handle"
          aria-label={t("board.categories.drag", { title })}
          {...sortable.attributes}
          {...sortable.listeners}
        >
          ⠿
        </button>
      )}
      <div className="grow">
        <input
          aria-label={t("board.categories.name", { title })}
          aria-describedby={draft !== null ? hintId : undefined}
          value={draft ?? title}
          readOnly={readOnly}
          maxLength={200}
          onChange={(e) => {
            const v = e.target.value;
            if (v.trim() === "") return setDraft(v);
            setDraft(null);
            actions.renameCategory(category.id, v);
          }}
          onBlur={() => setDraft(null)}
        />
        {draft !== null ? (
          <span id={hintId} className="field-hint">
            {t("board.categories.nameRequired")}
          </span>
        ) : null}
      </div>
      {readOnly ? null : (
        <div className="row category-actions">
          <button
            type="button"
            className="secondary small"
            disabled={first}
            aria-label={t("board.categories.up", { title })}
            onClick={() => actions.stepCategory(category.id, "up")}
          >
            ↑ {t("board.moveUp")}
          </button>
          <button
            type="button"
            className="secondary small"
            disabled={last}
            aria-label={t("board.categories.down", { title })}
            onClick={() => actions.stepCategory(category.id, "down")}
          >
            ↓ {t("board.moveDown")}
          </button>
          <button
            type="button"
            className="secondary small"
            aria-label={t("board.categories.archive", { title })}
            onClick={() => actions.archiveCategory(category.id)}
          >
            {t("board.archive")}
          </button>
        </div>
      )}
    </li>
  );
}

function NewCategory({
  actions,
  afterId,
}: {
  actions: BoardSettingsActions;
  afterId: string | null;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState("");
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return;
    if (actions.addCategory(title.trim(), afterId)) setTitle("");
  };
  return (
    <form className="row new-category" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {t("board.categories.newName")}
      </label>
      <input
        id={id}
        className="grow"
        value={title}
        placeholder={t("board.categories.newName")}
        maxLength={200}
        onChange={(e) => setTitle(e.target.value)}
      />
      <button type="submit" disabled={!title.trim()}>
        {t("board.categories.add")}
      </button>
    </form>
  );
}
