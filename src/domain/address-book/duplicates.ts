/**
 * Duplicate suggestions: the same person typed on two tablets, or arriving again by an import.
 * Only suggestions — merging stays an explicit, undoable action (`mergeContacts`).
 *
 * Evidence: a shared normalised email or phone, and name similarity tolerant of accents, case,
 * hyphens, word order, initials and one typo per word. Counter-evidence lowers the score: both
 * have emails (or phones) and none is shared, different communes, a person against a structure,
 * unrelated names (a family or an association sharing one address or landline).
 */
import type { ContactId } from "../ids";
import { foldedWords, pairKey } from "./keys";
import type { AddressBookView } from "./schema";
import { selectContacts } from "./selectors";
import { compareText, contactIndex, type ContactView } from "./view";

/** One suggested pair (`a` < `b`), its score in [0, 1] and why. */
export interface DuplicateSuggestion {
  a: ContactId;
  b: ContactId;
  score: number;
  reasons: ("email" | "phone" | "name")[];
}

/** Pairs scoring below this are not suggested. */
export const DUPLICATE_THRESHOLD = 0.5;
/** Name words shared by more contacts than this do not make candidate pairs (« Marie »…). */
const MAX_BLOCK = 200;
const PARTICLES = new Set(["de", "du", "des", "la", "le", "les", "d", "l", "et", "van", "von"]);

/** Folded name words without particles: « Marie-Hélène de Lattre » → marie, helene, lattre. */
export function nameWords(name: string): string[] {
  const words = foldedWords(name);
  const kept = words.filter((w) => !PARTICLES.has(w));
  return kept.length > 0 ? kept : words;
}

/** Whether two words differ by at most one edit (insert, delete or substitute). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function wordMatch(a: string, b: string): number {
  if (a === b) return 1;
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return 0.8;
  if (Math.min(a.length, b.length) >= 4 && withinOneEdit(a, b)) return 0.9;
  return 0;
}

/** Dice similarity of two names' words (each word matched at most once), in [0, 1]. */
export function nameSimilarity(a: string, b: string): number {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length === 0 || y.length === 0) return 0;
  const used = new Set<number>();
  let matched = 0;
  for (const w of x) {
    let best = 0;
    let bestAt = -1;
    y.forEach((v, i) => {
      const m = used.has(i) ? 0 : wordMatch(w, v);
      if (m > best) [best, bestAt] = [m, i];
    });
    if (bestAt >= 0) {
      used.add(bestAt);
      matched += best;
    }
  }
  return (2 * matched) / (x.length + y.length);
}

const keysOf = (list: readonly { key: string }[]) => new Set(list.map((e) => e.key));
const shares = (a: Set<string>, b: Set<string>) => [...a].some((k) => b.has(k));

/** Scores one pair; `null` when not a suggestion. */
function score(x: ContactView, y: ContactView): Omit<DuplicateSuggestion, "a" | "b"> | null {
  const reasons: DuplicateSuggestion["reasons"] = [];
  let total = 0;
  const [ex, ey, px, py] = [keysOf(x.emails), keysOf(y.emails), keysOf(x.phones), keysOf(y.phones)];
  if (shares(ex, ey)) [total, reasons[reasons.length]] = [total + 0.6, "email"];
  else if (ex.size > 0 && ey.size > 0) total -= 0.25;
  if (shares(px, py)) [total, reasons[reasons.length]] = [total + 0.5, "phone"];
  else if (px.size > 0 && py.size > 0) total -= 0.25;
  const sim = nameSimilarity(x.name, y.name);
  // One typo in a word still reads as the same name (0.9+): full weight.
  if (sim >= 0.6)
    [total, reasons[reasons.length]] = [total + (sim >= 0.89 ? 0.5 : 0.5 * sim), "name"];
  else total -= sim < 0.3 ? 0.4 : 0.2;
  const [cx, cy] = [foldedWords(x.commune).join(" "), foldedWords(y.commune).join(" ")];
  if (cx !== "" && cy !== "" && cx !== cy) total -= 0.15;
  if (x.kind !== y.kind) total -= 0.3;
  const rounded = Math.round(Math.min(1, Math.max(0, total)) * 100) / 100;
  return rounded >= DUPLICATE_THRESHOLD ? { score: rounded, reasons } : null;
}

/** Candidate pairs: contacts sharing an email, a phone or a (not too common) name word. */
function candidates(contacts: readonly ContactView[]): [ContactView, ContactView][] {
  const blocks = new Map<string, ContactView[]>();
  const put = (key: string, c: ContactView) => blocks.set(key, [...(blocks.get(key) ?? []), c]);
  for (const c of contacts) {
    for (const e of c.emails) put(`e:${e.key}`, c);
    for (const p of c.phones) put(`p:${p.key}`, c);
    for (const w of new Set(nameWords(c.name))) if (w.length >= 2) put(`n:${w}`, c);
  }
  const pairs = new Map<string, [ContactView, ContactView]>();
  for (const block of blocks.values()) {
    if (block.length < 2 || block.length > MAX_BLOCK) continue;
    for (let i = 0; i < block.length; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const [x, y] = [block[i] as ContactView, block[j] as ContactView];
        if (x.id !== y.id) pairs.set(pairKey(x.id, y.id), x.id < y.id ? [x, y] : [y, x]);
      }
    }
  }
  return [...pairs.values()];
}

/**
 * Possible duplicates among the contacts not in the bin (merged records are already folded),
 * best first. Pairs marked as different people (`markNotDuplicates`, on any record of either
 * side) never come back.
 */
export function suggestDuplicates(
  view: Pick<AddressBookView, "contacts" | "notDuplicates">,
): DuplicateSuggestion[] {
  const contacts = selectContacts(view);
  const rootOf = contactIndex(view).rootOf;
  const excluded = new Set<string>();
  for (const key of Object.keys(view.notDuplicates)) {
    const [a, b] = key.split("+") as [string, string];
    excluded.add(pairKey(rootOf(a), rootOf(b)));
  }
  const out: DuplicateSuggestion[] = [];
  for (const [x, y] of candidates(contacts)) {
    if (excluded.has(pairKey(x.id, y.id))) continue;
    const s = score(x, y);
    if (s !== null) out.push({ a: x.id, b: y.id, ...s });
  }
  return out.sort((p, q) => q.score - p.score || compareText(p.a, q.a) || compareText(p.b, q.b));
}
