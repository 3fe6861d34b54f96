import { useMemo } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import {
  addAgendaItem,
  addSession,
  moveAgendaItemBy,
  newId,
  normalizeWorkshop,
  removeAgendaItem,
  removeSession,
  setWorkshopText,
  updateAgendaItem,
  updateSession,
} from "../../domain";
import type { AgendaItemId, ProfileId, SessionId, WorkshopDoc, WorkshopView } from "../../domain";
import { useHandleDoc } from "../shared/useHandleDoc";
import { useDocCommand } from "../shared/useDocCommand";
import { useCurrentProfile } from "../profile/ProfileContext";

type Args<F> = F extends (doc: WorkshopDoc, args: infer A) => void ? A : never;
type WithoutAuthor<A> = Omit<A, "by" | "now" | "id">;

/**
 * The workshop document as the atelier page uses it: a tolerant, normalised view plus the domain
 * commands bound to the handle. Each command runs in one change labelled with its name and
 * attributed to the current profile; bad input comes back as an error code for the UI (nothing is
 * written), never as an exception.
 */
export function useWorkshop(handle: DocHandle<WorkshopDoc> | undefined, readOnly: boolean) {
  const { profile } = useCurrentProfile();
  const doc = useHandleDoc(handle);
  const normalized = useMemo(() => (doc ? normalizeWorkshop(doc) : undefined), [doc]);

  const { run, error, clearError } = useDocCommand(handle, "workshop", readOnly);

  const by = profile.id as ProfileId;
  const actions = useMemo(
    () => ({
      setText: (args: Args<typeof setWorkshopText>) =>
        run("setText", (d) => setWorkshopText(d, args)),
      addSession: (args: WithoutAuthor<Args<typeof addSession>>) =>
        run("addSession", (d) =>
          addSession(d, { ...args, id: newId<SessionId>(), by, now: Date.now() }),
        ),
      updateSession: (args: Args<typeof updateSession>) =>
        run("updateSession", (d) => updateSession(d, args)),
      removeSession: (args: Args<typeof removeSession>) =>
        run("removeSession", (d) => removeSession(d, args)),
      addAgendaItem: (args: WithoutAuthor<Args<typeof addAgendaItem>>) =>
        run("addAgendaItem", (d) =>
          addAgendaItem(d, { ...args, id: newId<AgendaItemId>(), by, now: Date.now() }),
        ),
      updateAgendaItem: (args: Args<typeof updateAgendaItem>) =>
        run("updateAgendaItem", (d) => updateAgendaItem(d, args)),
      moveAgendaItemBy: (args: Args<typeof moveAgendaItemBy>) =>
        run("moveAgendaItem", (d) => moveAgendaItemBy(d, args)),
      removeAgendaItem: (args: Args<typeof removeAgendaItem>) =>
        run("removeAgendaItem", (d) => removeAgendaItem(d, args)),
    }),
    [run, by],
  );

  return {
    view: normalized?.value,
    problems: normalized?.problems ?? [],
    error,
    clearError,
    actions,
  };
}

/** The workshop commands bound by {@link useWorkshop}. */
export type WorkshopActions = ReturnType<typeof useWorkshop>["actions"];

/** Props of every section of the atelier page. */
export interface WorkshopSectionProps {
  view: WorkshopView;
  actions: WorkshopActions;
  readOnly: boolean;
}
