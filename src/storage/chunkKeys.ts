/**
 * Storage keys (arrays of strings) as IndexedDB string keys.
 *
 * Parts are joined with U+0000 after escaping U+0000 and U+0001 inside each part, so the separator
 * can never occur in an encoded part and the encoding is injective. Because the separator is the
 * smallest code unit, every key starting with a prefix `p` sorts in `[p, p + "\u0001")`: one
 * IndexedDB range query answers `loadRange` without matching `["AB"]` for the prefix `["A"]`.
 */

const SEPARATOR = "\u0000";
const ESCAPE = "\u0001";

/** A half-open range of encoded keys: `lower` included, `upper` excluded (`null`: unbounded). */
export interface KeyRange {
  lower: string;
  upper: string | null;
}

function encodePart(part: string): string {
  return part.replaceAll(ESCAPE, `${ESCAPE}\u0002`).replaceAll(SEPARATOR, `${ESCAPE}${ESCAPE}`);
}

/** The row id of a storage key. */
export function encodeKey(key: readonly string[]): string {
  return key.map(encodePart).join(SEPARATOR);
}

/** The range of row ids whose storage key starts with `prefix` (the key equal to it included). */
export function prefixRange(prefix: readonly string[]): KeyRange {
  if (prefix.length === 0) return { lower: "", upper: null };
  const lower = encodeKey(prefix);
  return { lower, upper: `${lower}${ESCAPE}` };
}

/** Whether an encoded key lies in `range`. Compares UTF-16 code units, as IndexedDB does. */
export function inRange(id: string, range: KeyRange): boolean {
  return id >= range.lower && (range.upper === null || id < range.upper);
}
