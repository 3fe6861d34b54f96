/**
 * Storage keys (arrays of strings) as IndexedDB string keys.
 *
 * Each part is written after a U+0000 separator (so `[]` and `[""]` differ), with U+0000 and
 * U+0001 escaped inside parts: the separator never occurs in an encoded part and the encoding is
 * injective. Because the separator is the smallest code unit, every key starting with a prefix
 * `p` sorts in `[p, p + "\u0001")`: one IndexedDB range query answers `loadRange`, and the
 * prefix `["A"]` never matches `["AB"]`.
 */

const SEPARATOR = "\u0000";
const ESCAPE = "\u0001";

/** A half-open range of encoded keys: `lower` included, `upper` excluded. */
export interface KeyRange {
  lower: string;
  upper: string;
}

function encodePart(part: string): string {
  return part.replaceAll(ESCAPE, `${ESCAPE}\u0002`).replaceAll(SEPARATOR, `${ESCAPE}${ESCAPE}`);
}

/** The row id of a storage key. */
export function encodeKey(key: readonly string[]): string {
  return key.map((part) => `${SEPARATOR}${encodePart(part)}`).join("");
}

/** The range of row ids whose storage key starts with `prefix` (the key equal to it included). */
export function prefixRange(prefix: readonly string[]): KeyRange {
  const lower = encodeKey(prefix);
  return { lower, upper: `${lower}${ESCAPE}` };
}

/** Whether an encoded key lies in `range`. Compares UTF-16 code units, as IndexedDB does. */
export function inRange(id: string, range: KeyRange): boolean {
  return id >= range.lower && id < range.upper;
}
