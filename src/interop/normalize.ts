/**
 * Normalisers used to compare imported values with existing contacts. They mirror the domain's
 * `normalizeEmail` / `normalizePhone` / `foldForSearch` (contract) so an import and the duplicate
 * suggestions agree on what "the same email" means.
 */

/** Lower case, accents removed, spaces collapsed: « Hélène  Dupont » → "helene dupont". */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Trimmed, lower-cased email; a `mailto:` prefix is dropped. */
export function normalizeEmail(value: string): string {
  return value
    .trim()
    .replace(/^mailto:/i, "")
    .toLowerCase();
}

/**
 * Digits only, with the French international prefix folded to the national form so that
 * "+33 6 12 34 56 78", "0033612345678" and "06.12.34.56.78" compare equal.
 */
export function normalizePhone(value: string): string {
  const digits = value.replace(/^tel:/i, "").replace(/\D/g, "");
  if (digits.startsWith("0033") && digits.length === 13) return `0${digits.slice(4)}`;
  if (digits.startsWith("33") && digits.length === 11) return `0${digits.slice(2)}`;
  return digits;
}

/** A name folded for comparison: accents, case, hyphens and word order do not matter. */
export function nameKey(name: string): string {
  return foldForSearch(name)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w !== "")
    .sort()
    .join(" ");
}
