/**
 * Conflict-aware reading of container values.
 *
 * Only the creator's init writes the bucket maps, except for the v1 → v2 migration, which two
 * tablets may run concurrently offline: each then creates its own `buckets` map, Automerge keeps
 * one as the visible value and HIDES the other, with every contact added into it before the two
 * met. Readers therefore look at every concurrent value (`A.getConflicts`), not only the visible
 * one, and commands adopt a contact found only in a hidden copy (see `access.ts`).
 */
import * as A from "@automerge/automerge";

/**
 * Every concurrent value of `obj[key]`: the visible one first, then the hidden ones in a
 * deterministic order (by op id). A plain object (a JSON copy) has just its own value.
 */
export function allValuesOf(obj: Record<string, unknown>, key: string): unknown[] {
  const visible = obj[key];
  let conflicts: Record<string, unknown> | undefined;
  try {
    conflicts = A.getConflicts(obj, key) as Record<string, unknown> | undefined;
  } catch {
    // Not an Automerge object (a JSON copy or a hostile value): no hidden values to find.
    return visible === undefined ? [] : [visible];
  }
  if (conflicts === undefined) return visible === undefined ? [] : [visible];
  const opIds = Object.keys(conflicts).sort();
  if (opIds.length <= 1) return visible === undefined ? [] : [visible];
  const visibleId = objectIdOf(visible);
  // A scalar visible value has no object id: every listed value is then kept (readers skip
  // non-maps anyway).
  return [visible, ...opIds.filter((id) => id !== visibleId).map((id) => conflicts[id])];
}

function objectIdOf(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  try {
    return A.getObjectId(value);
  } catch {
    return null;
  }
}
