/**
 * Identifier types shared by every document kind.
 *
 * Ids are random strings generated on the device, never by a server, so that any tablet can create
 * entities offline. They must not use `crypto.randomUUID`, which browsers only expose in secure
 * contexts (a field relay serves the app over plain HTTP on the LAN, DESIGN.md §6).
 */

/** Nominal typing for strings that must not be mixed up with one another. */
export type Brand<T, B extends string> = T & { readonly __brand: B };

/** A device profile (local-only record); referenced from documents as `createdBy`, facilitators. */
export type ProfileId = Brand<string, "ProfileId">;
/** A session (date + place) of a workshop. */
export type SessionId = Brand<string, "SessionId">;
/** An item of a workshop's agenda. */
export type AgendaItemId = Brand<string, "AgendaItemId">;
/** A contact of an address book. */
export type ContactId = Brand<string, "ContactId">;
/** A category (column) of a diagnostic board; the default ones have fixed ids (`"freins"`). */
export type CategoryId = Brand<string, "CategoryId">;
/** A note of a diagnostic board. */
export type NoteId = Brand<string, "NoteId">;
/** A named group of notes within a diagnostic category. */
export type ClusterId = Brand<string, "ClusterId">;
/** A dot-voting session of a diagnostic board. */
export type VoteSessionId = Brand<string, "VoteSessionId">;
/** A project seed (« graine de projet »): the key of its link in the workshop's `seeds` map. */
export type SeedId = Brand<string, "SeedId">;
/** A member of a seed's groupe-action. */
export type MemberId = Brand<string, "MemberId">;
/** One entry of a seed's status history. */
export type StatusChangeId = Brand<string, "StatusChangeId">;
/** A next step (task) of a seed. */
export type TaskId = Brand<string, "TaskId">;
/** A meeting of a seed's groupe-action. */
export type MeetingId = Brand<string, "MeetingId">;
/** A decision (proposal put to the group) of a seed. */
export type DecisionId = Brand<string, "DecisionId">;
/** An option of a decision. */
export type OptionId = Brand<string, "OptionId">;
/** An iteration of a seed's experimentation protocol. */
export type IterationId = Brand<string, "IterationId">;

/**
 * An Automerge document URL (`automerge:<base58 document id>`). The domain never imports
 * automerge-repo, so this is a structural twin of its `AutomergeUrl`.
 */
export type DocUrl = string & { readonly __docUrl: true };

/** Base-58 alphabet (no 0/O/I/l), the same one automerge-repo uses for document ids. */
const BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
/** Largest multiple of 58 that fits in a byte: bytes at or above it are rejected to avoid bias. */
const UNBIASED_LIMIT = 58 * 4;
/** Length of generated ids: 16 base-58 characters ≈ 93 bits of entropy. */
export const ID_LENGTH = 16;

/**
 * A new random id of {@link ID_LENGTH} base-58 characters, from `crypto.getRandomValues`
 * (available in insecure contexts too). The type parameter lets callers pick the brand:
 * `newId<AgendaItemId>()`.
 */
export function newId<T extends string = string>(): T {
  let out = "";
  while (out.length < ID_LENGTH) {
    const bytes = new Uint8Array(ID_LENGTH * 2);
    globalThis.crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      if (byte < UNBIASED_LIMIT && out.length < ID_LENGTH) out += BASE58[byte % 58];
    }
  }
  return out as T;
}

/** Ids accepted by commands: 1–64 characters of `[A-Za-z0-9_-]`, never an object-prototype key. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const RESERVED_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Whether `x` is usable as an entity id and as a key of an Automerge map. Ids arrive from other
 * peers and from the UI's URL, so the check also rejects keys that mean something to JavaScript
 * objects (Automerge itself refuses `__proto__`).
 */
export function isValidId(x: unknown): x is string {
  return typeof x === "string" && ID_PATTERN.test(x) && !RESERVED_KEYS.has(x);
}

const DOC_URL_PATTERN = /^automerge:[1-9A-HJ-NP-Za-km-z]{8,64}$/;

/**
 * Whether `x` looks like an Automerge document URL. This checks the shape only (scheme and base-58
 * id); the checksum is automerge-repo's business at the sync layer.
 */
export function isDocUrl(x: unknown): x is DocUrl {
  return typeof x === "string" && DOC_URL_PATTERN.test(x);
}
