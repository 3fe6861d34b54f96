/**
 * Collaborative text editing on a change proxy. Strings the user edits go through
 * `A.updateText`, which diffs the old and new value and splices characters, so two people editing
 * the same title offline both keep their words after merging (whole-value assignment would let
 * one of them silently win).
 */
import * as A from "@automerge/automerge";

/**
 * Sets the text at `path` (relative to the document root) to `value` by character edits. When
 * the field is missing or not text (an older or malformed document), it is assigned instead:
 * there is nothing to merge with.
 */
export function editText(doc: unknown, path: readonly (string | number)[], value: string): void {
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  if (key === undefined) return;
  let parent: unknown = doc;
  for (const step of parentPath) {
    if (typeof parent !== "object" || parent === null) return;
    parent = Reflect.get(parent, step);
  }
  if (typeof parent !== "object" || parent === null) return;
  const current: unknown = Reflect.get(parent, key);
  if (current === value) return;
  if (typeof current === "string") {
    A.updateText(doc as A.Doc<unknown>, [...path], value);
  } else {
    Reflect.set(parent, key, value);
  }
}
