/**
 * Comparison keys for imports, built on the domain's normalisers so an import and the duplicate
 * suggestions agree on what "the same email", "the same phone" and "the same name" mean.
 */
import { foldForSearch, nameWords } from "../domain";

export { normalizeEmail, normalizePhone } from "../domain";

/** Folded text with spaces collapsed: « Téléphone  Mobile » → "telephone mobile". */
export function foldKey(text: string): string {
  return foldForSearch(text).replace(/\s+/g, " ").trim();
}

/**
 * A name folded for exact comparison: accents, case, hyphens, particles and word order do not
 * matter (the domain's `nameWords`, sorted). Typos are left to the domain's suggestions.
 */
export function nameKey(name: string): string {
  return [...nameWords(name)].sort().join(" ");
}
