import { useMemo } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import {
  addCategory,
  archiveCategory,
  moveCategory,
  newId,
  renameCategory,
  restoreCategory,
  setHideMode,
  stepCategory,
} from "../../domain";
import type { CategoryId, CategoryStep, DiagnosticDoc, ProfileId } from "../../domain";
import { useDocCommand } from "../shared/useDocCommand";
import { useCurrentProfile } from "../profile/ProfileContext";

/**
 * The board's shape and mode, bound to the diagnostic handle: categories (add, rename in place,
 * reorder, bin, restore) and the shared « notes masquées » mode. Each action is ONE change
 * labelled `diagnostic/<command>`; bad input comes back as an error code (nothing written).
 */
export function useBoardSettings(handle: DocHandle<DiagnosticDoc> | undefined, locked: boolean) {
  const { profile } = useCurrentProfile();
  const { run, error, clearError } = useDocCommand(handle, "diagnostic", locked);
  const by = profile.id as ProfileId;
  const actions = useMemo(() => {
    const id = (x: string) => x as CategoryId;
    return {
      /** Adds a category after `afterId` (last when `null`); returns its id or `null`. */
      addCategory: (title: string, afterId: string | null): string | null => {
        const newCategory = newId<CategoryId>();
        const ok = run("addCategory", (d) =>
          addCategory(d, { id: newCategory, title, afterId, by, now: Date.now() }),
        );
        return ok ? newCategory : null;
      },
      renameCategory: (categoryId: string, title: string) =>
        run("renameCategory", (d) => renameCategory(d, { id: id(categoryId), title })),
      /** A drop in the list of categories: between its new neighbours. */
      moveCategory: (categoryId: string, afterId: string | null, beforeId: string | null) =>
        run("moveCategory", (d) => moveCategory(d, { id: id(categoryId), afterId, beforeId })),
      stepCategory: (categoryId: string, direction: CategoryStep) =>
        run("stepCategory", (d) => stepCategory(d, { id: id(categoryId), direction })),
      archiveCategory: (categoryId: string) =>
        run("archiveCategory", (d) =>
          archiveCategory(d, { id: id(categoryId), by, now: Date.now() }),
        ),
      restoreCategory: (categoryId: string) =>
        run("restoreCategory", (d) => restoreCategory(d, { id: id(categoryId) })),
      setHideMode: (on: boolean) => run("setHideMode", (d) => setHideMode(d, { on })),
    };
  }, [run, by]);
  return useMemo(() => ({ actions, error, clearError }), [actions, error, clearError]);
}

/** The bound category and mode commands. */
export type BoardSettingsActions = ReturnType<typeof useBoardSettings>["actions"];
