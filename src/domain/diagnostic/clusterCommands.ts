/** Cluster commands: named groups of notes within a category (see `commands.ts` for the rules). */
import type { CategoryId, ClusterId, ProfileId } from "../ids";
import { editText } from "../text";
import { isMapLike } from "../tolerant";
import { checkId, checkText, checkTimestamp } from "../validate";
import { containerOf, findCategory, findCluster } from "./access";
import { checkPlacement, placeAmong, type Placement } from "./place";
import { DIAGNOSTIC_LIMITS, type DiagnosticDoc } from "./schema";

/** Adds a cluster to a category, after `afterId` / before `beforeId` or last. */
export function addCluster(
  doc: DiagnosticDoc,
  args: {
    id: ClusterId;
    categoryId: CategoryId;
    title: string;
    by: ProfileId;
    now: number;
  } & Placement,
): void {
  const id = checkId(args.id, "id") as ClusterId;
  const categoryId = checkId(args.categoryId, "categoryId") as CategoryId;
  const title = checkText(args.title, "title", DIAGNOSTIC_LIMITS.title);
  const by = checkId(args.by, "by") as ProfileId;
  const now = checkTimestamp(args.now);
  const place = checkPlacement(args);
  findCategory(doc, categoryId, "categoryId");
  const clusters = containerOf(doc, "clusters");
  if (isMapLike(clusters[id])) return; // same id = same cluster (idempotent)
  const siblings = () =>
    Object.values(clusters).filter(
      (c) => isMapLike(c) && c.categoryId === categoryId && typeof c.rank === "string",
    );
  const rankOf = (other: string) => {
    const c = clusters[other];
    return isMapLike(c) && c.categoryId === categoryId ? c.rank : undefined;
  };
  const plan = placeAmong(place, rankOf, siblings);
  for (const [other, rank] of plan.reRank) findCluster(doc, other).rank = rank;
  clusters[id] = {
    id,
    categoryId,
    title,
    rank: plan.rank,
    archived: null,
    createdBy: by,
    createdAt: now,
  };
}

/** Renames a cluster (character merge; may be blank: an unnamed group). */
export function renameCluster(doc: DiagnosticDoc, args: { id: ClusterId; title: string }): void {
  const id = checkId(args.id, "id");
  const title = checkText(args.title, "title", DIAGNOSTIC_LIMITS.title);
  editText(findCluster(doc, id), ["title"], title);
}

/**
 * Moves a cluster to the bin: its notes show unclustered in their category (they are not
 * rewritten, so the change stays small and restoring regroups them).
 */
export function archiveCluster(
  doc: DiagnosticDoc,
  args: { id: ClusterId; by: ProfileId; now: number },
): void {
  const id = checkId(args.id, "id");
  const by = checkId(args.by, "by") as ProfileId;
  const at = checkTimestamp(args.now);
  const cluster = findCluster(doc, id);
  if (!isMapLike(cluster.archived)) cluster.archived = { by, at };
}

/** Takes a cluster out of the bin; no-op when it is not there. */
export function restoreCluster(doc: DiagnosticDoc, args: { id: ClusterId }): void {
  const cluster = findCluster(doc, checkId(args.id, "id"));
  if (cluster.archived !== null) cluster.archived = null;
}
