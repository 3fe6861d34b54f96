/**
 * Guarded access to a seed change proxy. Documents come from peers and may be malformed:
 * commands neither crash on a junk entry nor create a missing collection (only the creator's init
 * writes them — two devices creating the same map concurrently would each lose the other's
 * entries).
 */
import { DomainError } from "../errors";
import type { Ranked } from "../rank";
import { isMapLike } from "../tolerant";
import type { SeedDoc, SeedProtocol, SeedStamp } from "./schema";
import type { ProfileId } from "../ids";
import { checkId, checkTimestamp } from "../validate";

/** The map-valued collections of a seed. */
export type SeedCollection =
  "needs" | "members" | "statusChanges" | "tasks" | "meetings" | "decisions";

/** The document's collection `name`, or `not-initialised`. */
export function collectionOf<K extends SeedCollection>(doc: SeedDoc, name: K): SeedDoc[K] {
  const map: unknown = Reflect.get(doc, name);
  if (!isMapLike(map)) {
    throw new DomainError("not-initialised", `seed has no ${name}`, { field: name });
  }
  return map as SeedDoc[K];
}

/** The protocol object, or `not-initialised`. */
export function protocolOf(doc: SeedDoc): SeedProtocol {
  const protocol: unknown = Reflect.get(doc, "protocol");
  if (!isMapLike(protocol) || !isMapLike(protocol.iterations)) {
    throw new DomainError("not-initialised", "seed has no protocol", { field: "protocol" });
  }
  return protocol as unknown as SeedProtocol;
}

/** An existing entry that is an object, or `undefined` (missing or junk). */
export function entryOf<T extends object>(map: Record<string, T>, id: string): T | undefined {
  if (!Object.prototype.hasOwnProperty.call(map, id)) return undefined;
  const value: unknown = map[id];
  return isMapLike(value) ? (value as T) : undefined;
}

/** The entry `id` of `map`, or a `not-found` error on `field`. */
export function findIn<T extends object>(
  map: Record<string, T>,
  id: string,
  what: string,
  field: string,
): T {
  const found = entryOf(map, id);
  if (found === undefined) throw new DomainError("not-found", `no ${what} ${id}`, { field });
  return found;
}

/** The entries of a ranked map as (id, rank) pairs in (rank, id) order; a bad rank reads `""`. */
export function rankedOf(map: Record<string, object>): Ranked[] {
  const out: Ranked[] = [];
  for (const id of Object.keys(map)) {
    const item = entryOf(map, id);
    if (item === undefined) continue;
    const rank: unknown = Reflect.get(item, "rank");
    out.push({ id, rank: typeof rank === "string" ? rank : "" });
  }
  return out.sort((a, b) =>
    a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

/** Writes a rank plan: the entity's rank and the re-ranks a tie or repair needs. */
export function applyRankPlan(
  map: Record<string, { rank: string }>,
  plan: { rank: string; reRank: [string, string][] },
  id: string,
): void {
  for (const [otherId, rank] of plan.reRank) {
    const other = entryOf(map, otherId);
    if (other !== undefined && other.rank !== rank) other.rank = rank;
  }
  const item = entryOf(map, id);
  if (item !== undefined && item.rank !== plan.rank) item.rank = plan.rank;
}

/** A validated `{by, at}` stamp from command arguments. */
export function stampOf(args: { by: unknown; now: unknown }): SeedStamp {
  return { by: checkId(args.by, "by") as ProfileId, at: checkTimestamp(args.now) };
}

/** Sets (`stamp`) or clears (`null`) the `archived` field of an entity proxy. */
export function setArchived(entity: { archived: SeedStamp | null }, stamp: SeedStamp | null): void {
  if (stamp === null) {
    if (entity.archived !== null) entity.archived = null;
    return;
  }
  if (!isMapLike(entity.archived)) entity.archived = stamp;
}

/** Whether `x` is a boolean, or an `invalid-field` error. */
export function checkBoolean(x: unknown, field: string): boolean {
  if (typeof x === "boolean") return x;
  throw new DomainError("invalid-field", `${field} must be a boolean`, { field });
}

/** Whether `x` is one of `values`, or an `invalid-field` error. */
export function checkOneOf<T extends string>(x: unknown, values: readonly T[], field: string): T {
  if (typeof x === "string" && (values as readonly string[]).includes(x)) return x as T;
  throw new DomainError("invalid-field", `${field} must be one of ${values.join(", ")}`, {
    field,
  });
}
