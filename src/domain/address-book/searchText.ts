/** Folding for search and sorting: memoised per part, cheap for ASCII. */
import { foldForSearch } from "./keys";
import type { ContactView, LabelSets } from "./view";

/** Code-unit comparison (deterministic on every device, unlike locale collation of ties). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Folded parts (roles, communes, labels repeat across a book: each is folded once). */
const foldedParts = new Map<string, string>();

/**
 * `foldForSearch`, memoised, and without Unicode work for ASCII text (where it only lowercases).
 * Folding parts one by one and joining them with "\n" gives the fold of the joined text: the
 * newline is a starter that no decomposition, reordering or casing rule crosses.
 */
export function foldPart(text: string): string {
  let folded = foldedParts.get(text);
  if (folded === undefined) {
    folded = isAscii(text) ? text.toLowerCase() : foldForSearch(text);
    if (foldedParts.size >= 20_000) foldedParts.clear();
    foldedParts.set(text, folded);
  }
  return folded;
}
/** Plain ASCII text has nothing to fold (no accents): checked by code point, not a regex. */
const isAscii = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
};

/** What the search matches: the folded name, role, commune, structures, labels and emails. */
export function searchTextOf(
  v: Pick<ContactView, "name" | "role" | "commune" | "memberOf" | "emails" | LabelSets>,
): string {
  let out = `${foldPart(v.name)}\n${foldPart(v.role)}\n${foldPart(v.commune)}`;
  for (const m of v.memberOf) out += `\n${foldPart(m.name)}\n${foldPart(m.role)}`;
  for (const list of [v.skills, v.themes, v.offers, v.needs]) {
    for (const l of list) out += `\n${foldPart(l.label)}`;
  }
  for (const e of v.emails) out += `\n${foldPart(e.value)}`;
  return out;
}
