/**
 * Resolution of merge records (`mergedInto`), shared by the read side and the commands so both
 * agree on which contact a merged record shows as.
 *
 * Concurrent merges may form chains (A → B while B → C) or cycles (A → B on one tablet, B → A on
 * another). A chain resolves to its end; in a cycle the member with the smallest id is the root,
 * on every device, and nothing is lost: every member's values are folded into it.
 */
import { isMapLike } from "../tolerant";
import { bucketsOf } from "./access";
import type { AddressBookDoc } from "./schema";

/** `id → root` for a set of merge records (`targets`: source → target, known contacts only). */
export function makeRootResolver(targets: ReadonlyMap<string, string>): (id: string) => string {
  const memo = new Map<string, string>();
  return function rootOf(id: string): string {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const path: string[] = [];
    const seen = new Map<string, number>();
    let current: string | undefined = id;
    let root = id;
    while (current !== undefined) {
      const cached = memo.get(current);
      if (cached !== undefined) {
        root = cached;
        break;
      }
      const at = seen.get(current);
      if (at !== undefined) {
        root = path.slice(at).reduce((a, b) => (b < a ? b : a));
        break;
      }
      seen.set(current, path.length);
      path.push(current);
      root = current;
      current = targets.get(current);
    }
    for (const step of path) memo.set(step, root);
    return root;
  };
}

/** The merge records of a document (change proxy or snapshot), targets limited to known ids. */
export function mergeTargets(doc: AddressBookDoc): Map<string, string> {
  const targets = new Map<string, string>();
  const known = new Set<string>();
  for (const bucket of Object.values(bucketsOf(doc))) {
    if (!isMapLike(bucket)) continue;
    for (const [id, c] of Object.entries(bucket)) {
      known.add(id);
      if (!isMapLike(c) || !isMapLike(c.mergedInto)) continue;
      const target: unknown = c.mergedInto.target;
      if (typeof target === "string") targets.set(id, target);
    }
  }
  for (const [id, target] of targets) if (!known.has(target)) targets.delete(id);
  return targets;
}

/** The ids whose root is `root` (itself included), sorted. */
export function groupOf(
  root: string,
  targets: ReadonlyMap<string, string>,
  rootOf: (id: string) => string,
): string[] {
  const group = new Set([root]);
  for (const id of targets.keys()) if (rootOf(id) === root) group.add(id);
  return [...group].sort();
}
