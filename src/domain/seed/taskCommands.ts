/**
 * Next steps (tasks). A map keyed by task id ordered by a fractional `rank`; titles merge by
 * character; assignee, due date and done are whole values (last writer wins — two dates merged
 * character by character could give an invalid one). Removing is archiving.
 */
import { DomainError } from "../errors";
import type { MemberId, ProfileId, TaskId } from "../ids";
import { planRank, type Ranked } from "../rank";
import { editText } from "../text";
import { checkDate, checkId, checkText } from "../validate";
import {
  applyRankPlan,
  checkBoolean,
  collectionOf,
  entryOf,
  findIn,
  rankedOf,
  setArchived,
  stampOf,
} from "./access";
import { findMember } from "./memberCommands";
import { SEED_LIMITS, type SeedDoc, type SeedTask } from "./schema";

/** Arguments of {@link addTask}. */
export interface AddTaskArgs {
  id: string;
  title: string;
  assigneeId?: string | null;
  due?: string;
  /** Insert after this task; `null` = first; omitted (or unknown) = last. */
  afterId?: string | null;
  by: ProfileId;
  now: number;
}

function checkAssignee(doc: SeedDoc, assigneeId: unknown): MemberId | null {
  if (assigneeId === null) return null;
  const id = checkId(assigneeId, "assigneeId");
  findMember(doc, id, "assigneeId");
  return id as MemberId;
}

function indexAfter(sorted: readonly Ranked[], afterId: string | null | undefined): number {
  if (afterId === null) return 0;
  const i = afterId === undefined ? -1 : sorted.findIndex((r) => r.id === afterId);
  return i === -1 ? sorted.length : i + 1;
}

/** The task `id` (a proxy), or `not-found`. */
export function findTask(doc: SeedDoc, id: string, field = "id"): SeedTask {
  return findIn(collectionOf(doc, "tasks"), id, "task", field);
}

/** Adds a task (appended at the end unless `afterId` says where). */
export function addTask(doc: SeedDoc, args: AddTaskArgs): void {
  const id = checkId(args.id, "id") as TaskId;
  const title = checkText(args.title, "title", SEED_LIMITS.taskTitle, true);
  const due = checkDate(args.due ?? "", "due");
  if (typeof args.afterId === "string") checkId(args.afterId, "afterId");
  const { by, at } = stampOf(args);
  const assigneeId = checkAssignee(doc, args.assigneeId ?? null);
  const tasks = collectionOf(doc, "tasks");
  if (entryOf(tasks, id) !== undefined) return; // same id twice: the first one stands
  const sorted = rankedOf(tasks);
  const plan = planRank(sorted, indexAfter(sorted, args.afterId));
  tasks[id] = {
    id,
    title,
    assigneeId,
    due,
    done: false,
    doneAt: null,
    doneBy: null,
    rank: plan.rank,
    createdBy: by,
    createdAt: at,
    archived: null,
  };
  applyRankPlan(tasks, plan, id);
}

/** Edits a task; omitted fields are left as they are. */
export function updateTask(
  doc: SeedDoc,
  args: { id: string; title?: string; assigneeId?: string | null; due?: string },
): void {
  const id = checkId(args.id, "id");
  const title =
    args.title === undefined
      ? undefined
      : checkText(args.title, "title", SEED_LIMITS.taskTitle, true);
  const due = args.due === undefined ? undefined : checkDate(args.due, "due");
  const assigneeId =
    args.assigneeId === undefined ? undefined : checkAssignee(doc, args.assigneeId);
  const task = findTask(doc, id);
  if (title !== undefined) editText(doc, ["tasks", id, "title"], title);
  if (due !== undefined && task.due !== due) task.due = due;
  if (assigneeId !== undefined && task.assigneeId !== assigneeId) task.assigneeId = assigneeId;
}

/** Marks a task done (who, when) or not done. */
export function setTaskDone(
  doc: SeedDoc,
  args: { id: string; done: boolean; by: ProfileId; now: number },
): void {
  const id = checkId(args.id, "id");
  const done = checkBoolean(args.done, "done");
  const { by, at } = stampOf(args);
  const task = findTask(doc, id);
  if (task.done === done) return;
  task.done = done;
  task.doneAt = done ? at : null;
  task.doneBy = done ? by : null;
}

/**
 * Moves a task right after `afterId` (`null` = first) or, when `afterId` is omitted, right
 * before `beforeId` (`null` = last). The order is rank order (the due date sorts open tasks in
 * `selectOpenTasks`, rank breaks ties).
 */
export function moveTask(
  doc: SeedDoc,
  args: { id: string; afterId?: string | null; beforeId?: string | null },
): void {
  const id = checkId(args.id, "id");
  if (typeof args.afterId === "string") checkId(args.afterId, "afterId");
  if (typeof args.beforeId === "string") checkId(args.beforeId, "beforeId");
  const tasks = collectionOf(doc, "tasks");
  findTask(doc, id);
  const others = rankedOf(tasks).filter((r) => r.id !== id);
  let index: number;
  if (args.afterId !== undefined) {
    index = args.afterId === null ? 0 : others.findIndex((r) => r.id === args.afterId) + 1;
    if (index === 0 && args.afterId !== null) {
      throw new DomainError("not-found", `no task ${args.afterId}`, { field: "afterId" });
    }
  } else if (args.beforeId !== undefined) {
    index =
      args.beforeId === null ? others.length : others.findIndex((r) => r.id === args.beforeId);
    if (index === -1) {
      throw new DomainError("not-found", `no task ${String(args.beforeId)}`, {
        field: "beforeId",
      });
    }
  } else {
    return;
  }
  applyRankPlan(tasks, planRank(others, index), id);
}

/** Moves a task to the bin (restorable). */
export function archiveTask(doc: SeedDoc, args: { id: string; by: ProfileId; now: number }): void {
  const id = checkId(args.id, "id");
  const stamp = stampOf(args);
  setArchived(findTask(doc, id), stamp);
}

/** Takes a task out of the bin. */
export function restoreTask(doc: SeedDoc, args: { id: string }): void {
  setArchived(findTask(doc, checkId(args.id, "id")), null);
}
