/**
 * Ordering of collections stored as maps (DESIGN.md §3): each entity carries a fractional-index
 * `rank` string; the order is (rank, id). Two peers inserting at the same place offline may pick
 * the same rank: the id breaks the tie, so every replica shows the same order.
 */
import { generateKeyBetween, generateNKeysBetween } from "fractional-indexing";

/** Anything ordered by rank then id. */
export interface Ranked {
  readonly id: string;
  readonly rank: string;
}

/** Code-unit comparison (fractional-indexing keys are ASCII; `localeCompare` would reorder them). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Comparator for (rank, id). */
export function compareRanked(a: Ranked, b: Ranked): number {
  return compareStrings(a.rank, b.rank) || compareStrings(a.id, b.id);
}

/** A copy of `items` sorted by (rank, id). */
export function sortRanked<T extends Ranked>(items: readonly T[]): T[] {
  return [...items].sort(compareRanked);
}

/** Where to insert: the rank for the new/moved entity and any neighbours that must be re-ranked. */
export interface RankPlan {
  rank: string;
  /** `[id, newRank]` pairs for existing entities whose rank must change to keep the order. */
  reRank: [string, string][];
}

/**
 * The rank that puts an entity at `index` of `sorted` (which must not contain the entity itself;
 * `index` 0 = first, `sorted.length` = last). When the neighbours share a rank (concurrent
 * inserts) the tied run after the gap is spread out; when a stored rank is not a valid key (a
 * malformed peer) the whole list is re-ranked. Deterministic: no randomness.
 */
export function planRank(sorted: readonly Ranked[], index: number): RankPlan {
  const at = Math.max(0, Math.min(index, sorted.length));
  try {
    return planBetween(sorted, at);
  } catch {
    const keys = generateNKeysBetween(null, null, sorted.length + 1);
    const reRank = sorted.map((item, i): [string, string] => [
      item.id,
      keys[i < at ? i : i + 1] as string,
    ]);
    return { rank: keys[at] as string, reRank };
  }
}

/**
 * fractional-indexing rejects most malformed keys but not all (e.g. `"a:"` passes and yields a
 * key that sorts BEFORE it), so every generated key is checked to lie strictly between its
 * bounds; a violation sends `planRank` to its re-ranking fallback.
 */
function assertBetween(lo: string | null, key: string, hi: string | null): string {
  if ((lo !== null && !(lo < key)) || (hi !== null && !(key < hi))) {
    throw new RangeError(`rank ${key} is not between ${String(lo)} and ${String(hi)}`);
  }
  return key;
}

function planBetween(sorted: readonly Ranked[], at: number): RankPlan {
  const lo = sorted[at - 1]?.rank ?? null;
  const hi = sorted[at]?.rank ?? null;
  if (lo === null || hi === null || lo < hi) {
    return { rank: assertBetween(lo, generateKeyBetween(lo, hi), hi), reRank: [] };
  }
  // Tie (or disorder): spread the run of entities at or below `lo` that follow the gap.
  let end = at;
  while (end < sorted.length && (sorted[end] as Ranked).rank <= lo) end++;
  const next = sorted[end]?.rank ?? null;
  const keys = generateNKeysBetween(lo, next, 1 + end - at);
  keys.reduce<string>((prev, key) => assertBetween(prev, key, next), lo);
  const reRank: [string, string][] = [];
  for (let i = at; i < end; i++)
    reRank.push([(sorted[i] as Ranked).id, keys[1 + i - at] as string]);
  return { rank: keys[0] as string, reRank };
}
