/**
 * Where a created or moved entity goes among its siblings. Neighbour hints are tri-state:
 * an id = "right after / before this one", `null` = "nothing on that side" (start or end of the
 * list), `undefined` = unknown. When BOTH sides are given (what a drop between two visible notes
 * knows), the rank is computed from the two neighbours alone, without scanning the siblings —
 * which keeps one drop's cost independent of the board's size. Otherwise, or when the hints do
 * not make sense (not siblings, tied or disordered ranks), the sorted siblings are read.
 */
import { generateKeyBetween } from "fractional-indexing";
import { planRank, sortRanked, type Ranked, type RankPlan } from "../rank";
import { checkId } from "../validate";

/** Where to put an entity: neighbour hints (see module doc). */
export interface Placement {
  afterId?: string | null | undefined;
  beforeId?: string | null | undefined;
}

/** Validates the hints' shapes (ids, `null` or absent). */
export function checkPlacement(place: Placement): Placement {
  const check = (x: unknown, field: string) =>
    x === undefined || x === null ? x : checkId(x, field);
  return { afterId: check(place.afterId, "afterId"), beforeId: check(place.beforeId, "beforeId") };
}

function fastPath(
  place: Placement,
  rankOf: (id: string) => string | undefined,
): RankPlan | undefined {
  const { afterId, beforeId } = place;
  if (afterId === undefined || beforeId === undefined) return undefined;
  const lo = afterId === null ? null : rankOf(afterId);
  const hi = beforeId === null ? null : rankOf(beforeId);
  if (lo === undefined || hi === undefined) return undefined;
  if (lo !== null && hi !== null && !(lo < hi)) return undefined;
  try {
    const rank = generateKeyBetween(lo, hi);
    if ((lo !== null && !(lo < rank)) || (hi !== null && !(rank < hi))) return undefined;
    return { rank, reRank: [] };
  } catch {
    return undefined; // a malformed neighbour rank: the full plan re-ranks
  }
}

/**
 * The rank plan for an entity placed per `place`. `rankOf` returns the rank of a SIBLING (or
 * `undefined` when the id is not one); `siblings` lists them all (the entity itself excluded).
 */
export function placeAmong(
  place: Placement,
  rankOf: (id: string) => string | undefined,
  siblings: () => readonly Ranked[],
): RankPlan {
  const fast = fastPath(place, rankOf);
  if (fast !== undefined) return fast;
  const sorted = sortRanked(siblings());
  const indexOf = (id: string | null | undefined) =>
    typeof id === "string" ? sorted.findIndex((s) => s.id === id) : -1;
  const after = indexOf(place.afterId);
  const before = indexOf(place.beforeId);
  let index = sorted.length;
  if (after >= 0) index = after + 1;
  else if (before >= 0) index = before;
  else if (place.afterId === null) index = 0;
  return planRank(sorted, index);
}
