/**
 * Mapping of storage keys to file paths under DATA_DIR, with confinement.
 *
 * The layout is automerge-repo's Node file storage layout (`<dir>/<id[0:2]>/<id[2:]>/<ns>/<hash>`),
 * so a DATA_DIR written by a stock server can be served as is. Unlike the stock adapter, every key
 * part must be a short token of `[A-Za-z0-9_-]` — no dots, separators or NUL — and the resolved
 * path must lie inside the data directory, so no key can name a file outside it.
 */
import path from "node:path";
import type { StorageKey } from "@automerge/automerge-repo";

const PART = /^[A-Za-z0-9_-]{1,128}$/;
/** automerge-repo keys have at most three parts: [documentId, namespace, hash | storageId]. */
export const MAX_KEY_PARTS = 4;

/** Thrown for a key that could escape DATA_DIR or is otherwise not a storage key. */
export class InvalidKeyError extends Error {
  override name = "InvalidKeyError";
  readonly code = "EINVALIDKEY";
}

/** True for a file or directory name that a valid key part could have produced. */
export function isKeyPart(name: string): boolean {
  return PART.test(name);
}

/** Validates a key (or key prefix) and returns it as a typed array of parts. */
export function checkKey(key: unknown): StorageKey {
  if (!Array.isArray(key) || key.length === 0 || key.length > MAX_KEY_PARTS) {
    throw new InvalidKeyError("storage key must have 1 to 4 parts");
  }
  for (const part of key) {
    if (typeof part !== "string" || !PART.test(part))
      throw new InvalidKeyError("invalid storage key part");
  }
  if ((key[0] as string).length < 3) throw new InvalidKeyError("first key part too short");
  return key as StorageKey;
}

/** Resolves the file (or directory, for a prefix) of a key, refusing anything outside `dataDir`. */
export function keyPath(dataDir: string, key: StorageKey): string {
  const [first = "", ...rest] = checkKey(key);
  const resolved = path.resolve(dataDir, first.slice(0, 2), first.slice(2), ...rest);
  if (!resolved.startsWith(dataDir + path.sep))
    throw new InvalidKeyError("key resolves outside DATA_DIR");
  return resolved;
}

/** Rebuilds a key from a file path relative to `dataDir` (inverse of {@link keyPath}). */
export function keyFromRelative(relative: string): StorageKey | undefined {
  const [a, b, ...rest] = relative.split(path.sep);
  if (a === undefined || b === undefined || !isKeyPart(a) || !isKeyPart(b)) return undefined;
  if (!rest.every(isKeyPart)) return undefined;
  const key = [a + b, ...rest];
  return key.length <= MAX_KEY_PARTS ? key : undefined;
}

/** The string form used as map key for caches and accounting. */
export function keyString(key: StorageKey): string {
  return key.join("/");
}
