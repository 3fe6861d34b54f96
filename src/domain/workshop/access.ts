/**
 * Guarded access to the collections of a workshop change proxy. Documents come from peers and may
 * be malformed; commands must neither crash on a junk entry nor create a missing collection (two
 * devices creating the same map concurrently would each lose the other's entries).
 */
import { DomainError } from "../errors";
import type { Ranked } from "../rank";
import type { AgendaItem, WorkshopDoc, WorkshopSession } from "./schema";

type CollectionName = "sessions" | "agenda" | "seeds" | "facilitators";

/** The collection, or a `not-initialised` error when the document lacks it. */
export function collection<K extends CollectionName>(doc: WorkshopDoc, name: K): WorkshopDoc[K] {
  const value: unknown = Reflect.get(doc, name);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new DomainError("not-initialised", `workshop has no ${name}`, { field: name });
  }
  return value as WorkshopDoc[K];
}

/** An existing entry that is an object, or `undefined` (missing, deleted, or junk). */
export function entry<T extends object>(map: Record<string, T>, id: string): T | undefined {
  if (!Object.prototype.hasOwnProperty.call(map, id)) return undefined;
  const value: unknown = map[id];
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as T)
    : undefined;
}

/**
 * The entries of a ranked collection as (id, rank) pairs in display order. A missing or non-string
 * rank reads as `""`, which `planRank` treats as invalid and repairs by re-ranking.
 */
export function rankedEntries(map: Record<string, AgendaItem | WorkshopSession>): Ranked[] {
  const out: Ranked[] = [];
  for (const id of Object.keys(map)) {
    const item = entry(map, id);
    if (item === undefined) continue;
    const rank: unknown = Reflect.get(item, "rank");
    out.push({ id, rank: typeof rank === "string" ? rank : "" });
  }
  return out.sort((a, b) =>
    a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}
