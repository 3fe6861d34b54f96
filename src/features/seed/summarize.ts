/**
 * The card of a seed (status, group size, next step) computed from its tolerant view. Kept
 * apart from the components so it is tested on plain data.
 */
import { selectCurrentStatus, selectOpenTasks } from "../../domain";
import type { SeedView } from "../../domain";
import type { SeedSummary, SummaryTask } from "./summaryCache";

/** The current status id (the domain's reading of the history: last in (seq, at, id) order). */
export const currentStatusOf = selectCurrentStatus;

/** Open tasks, the dated ones first (soonest first), then in list order. */
export const openTasksOf = selectOpenTasks;

/** What a card shows about a seed. */
export function summarizeSeed(view: SeedView): SeedSummary {
  const next = openTasksOf(view)[0];
  const nextTask: SummaryTask | null = next ? { title: next.title, due: next.due } : null;
  return {
    title: view.title,
    workshopTitle: view.workshopTitle,
    status: currentStatusOf(view),
    memberCount: Object.values(view.members).filter((m) => m.archived === null).length,
    nextTask,
    archived: view.archived !== null,
  };
}
