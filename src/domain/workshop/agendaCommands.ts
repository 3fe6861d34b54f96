/**
 * Agenda commands. The agenda is a map keyed by item id, ordered by a fractional-index `rank`
 * (DESIGN.md §3): moving an item rewrites its rank only, so concurrent moves and edits never
 * duplicate or lose an item. Unknown ids are a no-op — the item may have been removed by another
 * device — never an error.
 */
import { DomainError } from "../errors";
import type { AgendaItemId, ProfileId } from "../ids";
import { planRank, type Ranked } from "../rank";
import { editText } from "../text";
import { checkId, checkText, checkTime, checkTimeRange, checkTimestamp } from "../validate";
import { collection, entry, rankedEntries } from "./access";
import {
  DEFAULT_AGENDA_KIND,
  isAgendaKind,
  WORKSHOP_LIMITS,
  type AgendaItem,
  type AgendaKind,
  type WorkshopDoc,
} from "./schema";

/** Arguments of {@link addAgendaItem}. */
export interface AddAgendaItemArgs {
  id: string;
  title: string;
  start?: string;
  end?: string;
  kind?: AgendaKind;
  notes?: string;
  /** Insert after this item; `null` = first; `undefined` (or an unknown id) = last. */
  afterId?: string | null;
  by: ProfileId;
  now: number;
}

/** Arguments of {@link updateAgendaItem}; omitted fields are left as they are. */
export interface UpdateAgendaItemArgs {
  id: string;
  title?: string;
  start?: string;
  end?: string;
  kind?: AgendaKind;
  notes?: string;
}

function checkKind(kind: unknown): AgendaKind {
  if (isAgendaKind(kind)) return kind;
  throw new DomainError("invalid-kind", `unknown agenda kind ${String(kind)}`, { field: "kind" });
}

/** Writes `rank` on the item and the re-ranks a tie or repair needs. */
function applyPlan(
  agenda: Record<string, AgendaItem>,
  plan: { rank: string; reRank: [string, string][] },
  id: string,
): void {
  for (const [otherId, rank] of plan.reRank) {
    const other = entry(agenda, otherId);
    if (other !== undefined && other.rank !== rank) other.rank = rank;
  }
  const item = entry(agenda, id);
  if (item !== undefined && item.rank !== plan.rank) item.rank = plan.rank;
}

/** Index in `sorted` right after `afterId`; `null` = 0; undefined or unknown = the end. */
function indexAfter(sorted: readonly Ranked[], afterId: string | null | undefined): number {
  if (afterId === null) return 0;
  const i = afterId === undefined ? -1 : sorted.findIndex((r) => r.id === afterId);
  return i === -1 ? sorted.length : i + 1;
}

/** Adds an agenda item; appended at the end unless `afterId` says where. */
export function addAgendaItem(doc: WorkshopDoc, args: AddAgendaItemArgs): void {
  const id = checkId(args.id, "id") as AgendaItemId;
  const title = checkText(args.title, "title", WORKSHOP_LIMITS.agendaTitle);
  const start = checkTime(args.start ?? "", "start");
  const end = checkTime(args.end ?? "", "end");
  checkTimeRange(start, end);
  const kind = checkKind(args.kind ?? DEFAULT_AGENDA_KIND);
  const notes = checkText(args.notes ?? "", "notes", WORKSHOP_LIMITS.notes);
  if (args.afterId !== undefined && args.afterId !== null) checkId(args.afterId, "afterId");
  const by = checkId(args.by, "by") as ProfileId;
  const createdAt = checkTimestamp(args.now);
  const agenda = collection(doc, "agenda");
  if (entry(agenda, id) !== undefined) return; // same id twice: the first one stands
  const sorted = rankedEntries(agenda);
  const plan = planRank(sorted, indexAfter(sorted, args.afterId));
  agenda[id] = { id, start, end, title, kind, notes, rank: plan.rank, createdBy: by, createdAt };
  applyPlan(agenda, plan, id);
}

/**
 * Edits an agenda item. Title and notes merge by character; start, end and kind are whole values
 * (two concurrent times merged character by character could give "10:30" from "10:00" and
 * "09:30", or an invalid time). `end` before `start` is rejected only when both are given.
 */
export function updateAgendaItem(doc: WorkshopDoc, args: UpdateAgendaItemArgs): void {
  const id = checkId(args.id, "id");
  const title =
    args.title === undefined
      ? undefined
      : checkText(args.title, "title", WORKSHOP_LIMITS.agendaTitle);
  const start = args.start === undefined ? undefined : checkTime(args.start, "start");
  const end = args.end === undefined ? undefined : checkTime(args.end, "end");
  if (start !== undefined && end !== undefined) checkTimeRange(start, end);
  const kind = args.kind === undefined ? undefined : checkKind(args.kind);
  const notes =
    args.notes === undefined ? undefined : checkText(args.notes, "notes", WORKSHOP_LIMITS.notes);
  const item = entry(collection(doc, "agenda"), id);
  if (item === undefined) return;
  if (title !== undefined) editText(doc, ["agenda", id, "title"], title);
  if (notes !== undefined) editText(doc, ["agenda", id, "notes"], notes);
  if (start !== undefined && item.start !== start) item.start = start;
  if (end !== undefined && item.end !== end) item.end = end;
  if (kind !== undefined && item.kind !== kind) item.kind = kind;
}

/**
 * Moves an item: right after `afterId` (`null` = first) or, when `afterId` is omitted, right
 * before `beforeId` (`null` = last). The new rank lies between the actual neighbours at that
 * place. A no-op when the item or the named neighbour is unknown, or when neither is given.
 */
export function moveAgendaItem(
  doc: WorkshopDoc,
  args: { id: string; beforeId?: string | null; afterId?: string | null },
): void {
  const id = checkId(args.id, "id");
  if (typeof args.afterId === "string") checkId(args.afterId, "afterId");
  if (typeof args.beforeId === "string") checkId(args.beforeId, "beforeId");
  const agenda = collection(doc, "agenda");
  if (entry(agenda, id) === undefined) return;
  const others = rankedEntries(agenda).filter((r) => r.id !== id);
  let index: number;
  if (args.afterId !== undefined) {
    index = args.afterId === null ? 0 : others.findIndex((r) => r.id === args.afterId) + 1;
    if (index === 0 && args.afterId !== null) return;
  } else if (args.beforeId !== undefined) {
    index =
      args.beforeId === null ? others.length : others.findIndex((r) => r.id === args.beforeId);
    if (index === -1) return;
  } else {
    return;
  }
  applyPlan(agenda, planRank(others, index), id);
}

/** Moves an item one place up (`-1`) or down (`1`) in the current order; no-op at either end. */
export function moveAgendaItemBy(doc: WorkshopDoc, args: { id: string; delta: -1 | 1 }): void {
  const id = checkId(args.id, "id");
  if (args.delta !== -1 && args.delta !== 1) {
    throw new DomainError("invalid-field", "delta must be -1 or 1", { field: "delta" });
  }
  const agenda = collection(doc, "agenda");
  const sorted = rankedEntries(agenda);
  const from = sorted.findIndex((r) => r.id === id);
  if (from === -1) return;
  const to = from + args.delta;
  if (to < 0 || to >= sorted.length) return;
  const others = sorted.filter((r) => r.id !== id);
  applyPlan(agenda, planRank(others, to), id);
}

/** Removes an agenda item (no-op when already gone). */
export function removeAgendaItem(doc: WorkshopDoc, args: { id: string }): void {
  const id = checkId(args.id, "id");
  const agenda = collection(doc, "agenda");
  if (Object.prototype.hasOwnProperty.call(agenda, id)) delete agenda[id];
}
