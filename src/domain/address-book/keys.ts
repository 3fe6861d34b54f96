/**
 * Keys derived from values: bucket keys, pair keys and the normalised forms that key the
 * contact sets. Two tablets typing « Marie@Exemple.fr » and « marie@exemple.fr » write the same
 * key, so their concurrent adds merge into one entry instead of two.
 */
import { isValidId, type ContactId } from "../ids";

/** Every possible bucket key: the first character of a valid id (`[A-Za-z0-9_-]`). */
export const BUCKET_KEYS: readonly string[] = [
  ..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-",
];

/**
 * The bucket holding contact `id`: its first character. Random base-58 ids spread evenly over
 * 58 buckets (≈ 90 contacts each at 5,000), which keeps every map a change touches small.
 */
export function contactBucket(id: string): string {
  return id.slice(0, 1);
}

/** The key of an unordered pair of contacts: the two ids sorted and joined by `+`. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}+${b}` : `${b}+${a}`;
}

/** The two ids of a {@link pairKey}, or `null` when the key is not one. */
export function parsePairKey(key: string): [ContactId, ContactId] | null {
  const parts = key.split("+");
  if (parts.length !== 2) return null;
  const [a, b] = parts;
  if (!isValidId(a) || !isValidId(b) || a === b) return null;
  return [a as ContactId, b as ContactId];
}

/** Lower case, accents removed: « Hélène » → `"helene"`. For search and comparisons only. */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[œ]/g, "oe")
    .replace(/[æ]/g, "ae")
    .replace(/ß/g, "ss");
}

/** Folded words of a text, split on anything that is not a letter or digit. */
export function foldedWords(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/** An email's key: trimmed, lower case (`" Ana@Ex.FR "` → `"ana@ex.fr"`). */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

/** Whether a normalised email looks like one (something@something, no spaces). */
export function isEmailKey(key: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(key);
}

/**
 * A phone number's key, digits only. French international forms become national ones
 * (`+33 6 12 34 56 78`, `0033 (0)6…` → `"0612345678"`); other international numbers keep their
 * prefix as `00` (`+44 20…` → `"004420…"`).
 */
export function normalizePhone(value: string): string {
  const trimmed = value.trim();
  let digits = trimmed.replace(/\D/g, "");
  if (trimmed.startsWith("+")) digits = `00${digits}`;
  if (digits.startsWith("0033")) {
    const rest = digits.slice(4);
    digits = rest.startsWith("0") ? rest : `0${rest}`;
  }
  return digits;
}

/**
 * A label's key (skills, themes, offers, needs): folded words joined by one space, so
 * « Éco-construction » and « eco construction » are the same skill. Labels with no letter or
 * digit (an emoji) keep their trimmed lower-case form.
 */
export function normalizeLabel(label: string): string {
  const words = foldedWords(label).join(" ");
  return words !== "" ? words : label.trim().toLowerCase();
}

/** Whether `key` may be used as a set key (non-empty, not special to JS objects or Automerge). */
export function isUsableKey(key: string): boolean {
  return key !== "" && key !== "__proto__" && key.length <= 400;
}
