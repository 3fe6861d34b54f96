/**
 * Category management beyond `commands.ts` (add, rename, move, archive, restore live there):
 * the keyboard step (« Monter » / « Descendre ») and the bin's view of archived categories.
 *
 * A category in the bin keeps its notes (they are not moved nor archived one by one): a note
 * added to it concurrently on another tablet, before that tablet learns of the archive, would
 * otherwise land in a column no one sees. The notes stay reachable in the bin, listed under
 * their category, and come back with it when it is restored.
 */
import { DomainError } from "../errors";
import type { CategoryId } from "../ids";
import { sortRanked } from "../rank";
import { isMapLike } from "../tolerant";
import { checkId } from "../validate";
import { findCategory, containerOf } from "./access";
import { moveCategory } from "./commands";
import type { DiagnosticCategory, DiagnosticNote, DiagnosticView } from "./schema";
import type { DiagnosticDoc } from "./schema";

/** The directions of {@link stepCategory}. */
export const CATEGORY_STEPS = ["up", "down"] as const;
/** One of {@link CATEGORY_STEPS}. */
export type CategoryStep = (typeof CATEGORY_STEPS)[number];

/**
 * Moves a live category one place up (earlier) or down (later) among the LIVE categories, in
 * one change: the keyboard alternative to dragging a column. A no-op at either end.
 */
export function stepCategory(
  doc: DiagnosticDoc,
  args: { id: CategoryId; direction: CategoryStep },
): void {
  const id = checkId(args.id, "id") as CategoryId;
  if (!CATEGORY_STEPS.includes(args.direction)) {
    throw new DomainError("invalid-field", "direction must be up or down", { field: "direction" });
  }
  const category = findCategory(doc, id);
  if (isMapLike(category.archived)) {
    throw new DomainError("invalid-field", "the category is in the bin", { field: "id" });
  }
  const live = sortRanked(
    Object.values(containerOf(doc, "categories")).filter(
      (c): c is DiagnosticCategory =>
        isMapLike(c) &&
        typeof c.id === "string" &&
        typeof c.rank === "string" &&
        !isMapLike(c.archived),
    ),
  );
  const i = live.findIndex((c) => c.id === id);
  if (args.direction === "up") {
    if (i <= 0) return;
    // Between the one two places up and the one just above.
    moveCategory(doc, { id, afterId: live[i - 2]?.id ?? null, beforeId: live[i - 1]?.id ?? null });
  } else {
    if (i < 0 || i >= live.length - 1) return;
    moveCategory(doc, { id, afterId: live[i + 1]?.id ?? null, beforeId: live[i + 2]?.id ?? null });
  }
}

/** An archived category with the notes it keeps (reachable from the bin). */
export interface BinCategory {
  category: Readonly<DiagnosticCategory>;
  /** Its live (not archived) notes, in (rank, id) order, merged ones included. */
  notes: Readonly<DiagnosticNote>[];
}

/** Archived categories (most recently archived first, then by id), each with its notes. */
export function selectBinCategories(view: DiagnosticView): BinCategory[] {
  const byCategory = new Map<string, Readonly<DiagnosticNote>[]>();
  for (const note of Object.values(view.notes)) {
    if (note.archived !== null) continue;
    const list = byCategory.get(note.categoryId) ?? [];
    list.push(note);
    byCategory.set(note.categoryId, list);
  }
  return Object.values(view.categories)
    .filter((c) => c.archived !== null)
    .sort(
      (a, b) =>
        (b.archived?.at ?? 0) - (a.archived?.at ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .map((category) => ({ category, notes: sortRanked(byCategory.get(category.id) ?? []) }));
}
