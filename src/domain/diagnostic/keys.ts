/**
 * Keys derived from ids: note buckets, vote records, and the fixed ranks of the default
 * categories. Everything here is deterministic, so two peers deriving "the same" key agree.
 */
import { generateNKeysBetween } from "fractional-indexing";
import { isValidId, type ContactId, type VoteSessionId } from "../ids";
import { DEFAULT_CATEGORIES } from "./schema";

/**
 * Number of note buckets. At 10,000 notes, 100 buckets of ≈ 100 notes keep both maps a change
 * touches (the bucket map and one bucket) near √N keys (see the bucket cost script).
 */
export const NOTE_BUCKET_COUNT = 100;

/** Every bucket key: `"00"` … `"99"`. */
export const NOTE_BUCKET_KEYS: readonly string[] = Array.from(
  { length: NOTE_BUCKET_COUNT },
  (_, i) => String(i).padStart(2, "0"),
);

/**
 * The bucket holding note `id`: FNV-1a of the id, modulo {@link NOTE_BUCKET_COUNT}. A hash (not
 * the first character) spreads any ids evenly, including ones that share a prefix.
 */
export function noteBucket(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return String(h % NOTE_BUCKET_COUNT).padStart(2, "0");
}

/** The key of one participant's vote record in one session: `"<session>+<contact>"`. */
export function voteKey(sessionId: string, participant: string): string {
  return `${sessionId}+${participant}`;
}

/** The session and participant of a {@link voteKey}, or `null` when the key is not one. */
export function parseVoteKey(
  key: string,
): { sessionId: VoteSessionId; participant: ContactId } | null {
  const parts = key.split("+");
  if (parts.length !== 2) return null;
  const [sessionId, participant] = parts;
  if (!isValidId(sessionId) || !isValidId(participant)) return null;
  return { sessionId: sessionId as VoteSessionId, participant: participant as ContactId };
}

/** Fixed ranks of the default categories, in their listed order (same on every peer). */
export const DEFAULT_CATEGORY_RANKS: readonly string[] = generateNKeysBetween(
  null,
  null,
  DEFAULT_CATEGORIES.length,
);
