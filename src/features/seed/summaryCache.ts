/**
 * A seed's card as kept in the device's view cache: what the atelier's list and « Mes graines »
 * show, so fifty cards paint at once without loading fifty seed documents first. Read back as
 * untrusted data (another version of the app, a damaged record): anything that does not look
 * like a summary is ignored, and each field falls back to a safe default.
 */

/** Bump when the shape changes: older records are then ignored, not misread. */
export const SEED_SUMMARY_VERSION = 1;

/** The next open task with a due date (or the first open one), as a card shows it. */
export interface SummaryTask {
  title: string;
  /** `"YYYY-MM-DD"` or `""`. */
  due: string;
}

/** One seed's card (plain, structured-cloneable). */
export interface SeedSummary {
  title: string;
  workshopTitle: string;
  /** A status id of the seed lifecycle (`idee`, `en-germination`…), or `""` when unknown. */
  status: string;
  memberCount: number;
  nextTask: SummaryTask | null;
  archived: boolean;
}

/** The record written to the view cache. */
export interface CachedSeedSummary extends SeedSummary {
  version: number;
}

/** The summary as stored. */
export function toCachedSummary(summary: SeedSummary): CachedSeedSummary {
  return {
    version: SEED_SUMMARY_VERSION,
    title: summary.title,
    workshopTitle: summary.workshopTitle,
    status: summary.status,
    memberCount: summary.memberCount,
    nextTask: summary.nextTask
      ? { title: summary.nextTask.title, due: summary.nextTask.due }
      : null,
    archived: summary.archived,
  };
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);
const str = (x: unknown, max: number): string => (typeof x === "string" ? x.slice(0, max) : "");
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const STATUS = /^[a-z-]{1,40}$/;

/** Reads a cached summary back (never throws); `undefined` when it is not one this app wrote. */
export function readCachedSummary(raw: unknown): SeedSummary | undefined {
  if (!isObject(raw) || raw.version !== SEED_SUMMARY_VERSION) return undefined;
  const status = typeof raw.status === "string" && STATUS.test(raw.status) ? raw.status : "";
  const count = raw.memberCount;
  const task = isObject(raw.nextTask) ? raw.nextTask : null;
  const due = task && typeof task.due === "string" && DATE.test(task.due) ? task.due : "";
  return {
    title: str(raw.title, 200),
    workshopTitle: str(raw.workshopTitle, 200),
    status,
    memberCount:
      typeof count === "number" && Number.isInteger(count) && count >= 0 && count < 100_000
        ? count
        : 0,
    nextTask: task ? { title: str(task.title, 500), due } : null,
    archived: raw.archived === true,
  };
}

/** Whether two summaries show the same card (so an unchanged one is not written again). */
export function sameSummary(a: SeedSummary, b: SeedSummary): boolean {
  return (
    a.title === b.title &&
    a.workshopTitle === b.workshopTitle &&
    a.status === b.status &&
    a.memberCount === b.memberCount &&
    a.archived === b.archived &&
    (a.nextTask?.title ?? null) === (b.nextTask?.title ?? null) &&
    (a.nextTask?.due ?? null) === (b.nextTask?.due ?? null)
  );
}
