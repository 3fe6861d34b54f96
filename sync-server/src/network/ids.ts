/**
 * Validators for the identifiers peers send. They are the first line of defence: a document id
 * or storage id ends up in file paths and map keys, so only well-formed values get through.
 */
import {
  isValidDocumentId,
  type DocumentId,
  type PeerId,
  type StorageId,
} from "@automerge/automerge-repo";

const BASE58 = /^[1-9A-HJ-NP-Za-km-z]+$/;

/** A bs58check-encoded automerge document id (16-byte UUID, or up to 64 bytes from an idFactory). */
export function isDocumentId(value: unknown): value is DocumentId {
  return (
    typeof value === "string" &&
    value.length >= 6 &&
    value.length <= 96 &&
    BASE58.test(value) &&
    isValidDocumentId(value)
  );
}

/** A storage id (automerge-repo uses a UUID v4; we accept any short path-safe token). */
export function isStorageId(value: unknown): value is StorageId {
  return typeof value === "string" && /^[A-Za-z0-9_-]{8,64}$/.test(value);
}

/** A peer id: printable ASCII without spaces, bounded length. Never used in paths. */
export function isPeerId(value: unknown): value is PeerId {
  return typeof value === "string" && /^[\x21-\x7e]{1,128}$/.test(value);
}

/** An encoded change hash as gossiped in remote heads (bs58check of 32 bytes). */
export function isEncodedHead(value: unknown): value is string {
  return typeof value === "string" && value.length <= 64 && BASE58.test(value);
}
