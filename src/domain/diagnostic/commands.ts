/**
 * Diagnostic commands: pure `(doc, args) => void` functions applied to an Automerge change proxy
 * (`handle.change(d => cmd(d, args), { message })`). Ids, timestamps and the author come in the
 * arguments; everything is validated before anything is written, and bad input throws a
 * {@link DomainError}. Nothing is deleted: the bin is an `archived` stamp.
 */
import { DomainError } from "../errors";
import type { CategoryId, ProfileId } from "../ids";
import { editText } from "../text";
import { isMapLike } from "../tolerant";
import { checkId, checkText, checkTimestamp } from "../validate";
import { containerOf, findCategory } from "./access";
import { DEFAULT_CATEGORY_RANKS, NOTE_BUCKET_KEYS } from "./keys";
import { checkPlacement, placeAmong, type Placement } from "./place";
import {
  DEFAULT_CATEGORIES,
  DIAGNOSTIC_LIMITS,
  DIAGNOSTIC_SCHEMA_VERSION,
  type DiagnosticCategory,
  type DiagnosticDoc,
  type Facilitation,
} from "./schema";

export * from "./noteCommands";
export * from "./clusterCommands";
export * from "./voteCommands";
export * from "./facilitationCommands";

/** Every note bucket, created empty: only the creator (or the migration) creates them. */
export function emptyNoteBuckets(): DiagnosticDoc["noteBuckets"] {
  return Object.fromEntries(NOTE_BUCKET_KEYS.map((key) => [key, {}]));
}

/** The facilitation state of a fresh board. */
export function emptyFacilitation(): Facilitation {
  return {
    revealed: {},
    spoken: {},
    speakerOrder: [],
    timer: { startedAt: null, durationMs: 0, label: "" },
    hideMode: false,
  };
}

/** The default categories (fixed ids and ranks), stamped with their creator. */
export function defaultCategories(by: ProfileId, now: number): DiagnosticDoc["categories"] {
  return Object.fromEntries(
    DEFAULT_CATEGORIES.map(({ id, title }, i): [string, DiagnosticCategory] => [
      id,
      {
        id: id as CategoryId,
        title,
        rank: DEFAULT_CATEGORY_RANKS[i] as string,
        archived: null,
        createdBy: by,
        createdAt: now,
      },
    ]),
  );
}

/**
 * Initialises a new diagnostic at v2: stamp, default categories, every (empty) note bucket,
 * clusters, votes and facilitation state in one change, by its creator only. Throws
 * `already-initialised` when the document already has a stamp.
 */
export function initDiagnostic(doc: DiagnosticDoc, args: { by: ProfileId; now: number }): void {
  const by = checkId(args.by, "by") as ProfileId;
  const now = checkTimestamp(args.now);
  if (Reflect.get(doc, "schema") !== undefined) {
    throw new DomainError("already-initialised", "diagnostic is already initialised");
  }
  doc.schema = { kind: "diagnostic", version: DIAGNOSTIC_SCHEMA_VERSION };
  doc.categories = defaultCategories(by, now);
  doc.noteBuckets = emptyNoteBuckets();
  doc.clusters = {};
  doc.votes = {};
  doc.voteSessions = {};
  doc.facilitation = emptyFacilitation();
  doc.createdBy = by;
  doc.createdAt = now;
}

function categoryPlan(doc: DiagnosticDoc, id: string, place: Placement) {
  const categories = containerOf(doc, "categories");
  const rankOf = (other: string) => {
    const c: unknown = categories[other];
    return other !== id && isMapLike(c) && typeof c.rank === "string" ? c.rank : undefined;
  };
  return placeAmong(place, rankOf, () =>
    Object.values(categories).filter(
      (c) => isMapLike(c) && c.id !== id && typeof c.rank === "string",
    ),
  );
}

function applyPlan(doc: DiagnosticDoc, plan: { reRank: [string, string][] }): void {
  const categories = containerOf(doc, "categories");
  for (const [other, rank] of plan.reRank) {
    const c = categories[other];
    if (c !== undefined) c.rank = rank;
  }
}

/** Adds a category (a column), after `afterId` / before `beforeId` or last. */
export function addCategory(
  doc: DiagnosticDoc,
  args: { id: CategoryId; title: string; by: ProfileId; now: number } & Placement,
): void {
  const id = checkId(args.id, "id") as CategoryId;
  const title = checkText(args.title, "title", DIAGNOSTIC_LIMITS.title, true);
  const by = checkId(args.by, "by") as ProfileId;
  const now = checkTimestamp(args.now);
  const place = checkPlacement(args);
  const categories = containerOf(doc, "categories");
  if (isMapLike(categories[id])) return; // same id = same category (idempotent)
  const plan = categoryPlan(doc, id, place);
  applyPlan(doc, plan);
  categories[id] = { id, title, rank: plan.rank, archived: null, createdBy: by, createdAt: now };
}

/** Renames a category (character merge; the title may not be blank). */
export function renameCategory(doc: DiagnosticDoc, args: { id: CategoryId; title: string }): void {
  const id = checkId(args.id, "id");
  const title = checkText(args.title, "title", DIAGNOSTIC_LIMITS.title, true);
  editText(findCategory(doc, id), ["title"], title);
}

/** Moves a category after `afterId` / before `beforeId` (last when neither is known). */
export function moveCategory(doc: DiagnosticDoc, args: { id: CategoryId } & Placement): void {
  const id = checkId(args.id, "id");
  const place = checkPlacement(args);
  const category = findCategory(doc, id);
  const plan = categoryPlan(doc, id, place);
  applyPlan(doc, plan);
  if (category.rank !== plan.rank) category.rank = plan.rank;
}

/** Moves a category to the bin (its notes go with it); no-op when it already is there. */
export function archiveCategory(
  doc: DiagnosticDoc,
  args: { id: CategoryId; by: ProfileId; now: number },
): void {
  const id = checkId(args.id, "id");
  const by = checkId(args.by, "by") as ProfileId;
  const at = checkTimestamp(args.now);
  const category = findCategory(doc, id);
  if (!isMapLike(category.archived)) category.archived = { by, at };
}

/** Takes a category out of the bin; no-op when it is not there. */
export function restoreCategory(doc: DiagnosticDoc, args: { id: CategoryId }): void {
  const id = checkId(args.id, "id");
  const category = findCategory(doc, id);
  if (category.archived !== null) category.archived = null;
}
