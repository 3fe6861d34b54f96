/**
 * The schema stamp every document carries (DESIGN.md §3): `schema: { kind, version }`, written by
 * the creator in the same change that initialises the document.
 */

/** Every kind of Automerge document Récolte knows about. */
export const DOC_KINDS = ["workshop", "address-book", "diagnostic", "seed"] as const;
/** One of {@link DOC_KINDS}. */
export type DocKind = (typeof DOC_KINDS)[number];

/** The `schema` field of a document of kind `K`. */
export interface SchemaStamp<K extends DocKind> {
  kind: K;
  /** Schema version the document was last migrated to; starts at 1. */
  version: number;
}

/** Whether `x` names a known document kind. */
export function isDocKind(x: unknown): x is DocKind {
  return typeof x === "string" && (DOC_KINDS as readonly string[]).includes(x);
}

/**
 * Reads a document's schema stamp without trusting its shape. Returns `null` when the value is
 * not an object, has no `schema` object, or its kind/version are not a string and a non-negative
 * safe integer. Never throws.
 */
export function readStamp(doc: unknown): { kind: string; version: number } | null {
  try {
    return readStampUnsafe(doc);
  } catch {
    // A hostile value (a proxy or a throwing getter) is simply "no stamp".
    return null;
  }
}

function readStampUnsafe(doc: unknown): { kind: string; version: number } | null {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return null;
  const schema: unknown = Reflect.get(doc, "schema");
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return null;
  const kind: unknown = Reflect.get(schema, "kind");
  const version: unknown = Reflect.get(schema, "version");
  if (typeof kind !== "string") return null;
  if (typeof version !== "number" || !Number.isSafeInteger(version) || version < 0) return null;
  return { kind, version };
}
