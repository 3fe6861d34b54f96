/**
 * The import plan shown before anything is written: what will be added, what looks like someone
 * already in the book (or earlier in the same file), and what was rejected with its reason.
 */
import type { ContactId } from "../domain";
import { nameKey, normalizeEmail, normalizePhone } from "./normalize";
import type { ContactDraft, ContactViewLike, ImportEntry, ImportRejection } from "./types";

/** Why two contacts look like the same one (same vocabulary as the domain's suggestions). */
export type DuplicateReason = "email" | "phone" | "name";

/** The outcome of `planImport`; nothing is written until the user confirms it. */
export interface ImportPlan {
  /** Drafts with no likely match, in file order. */
  toAdd: ContactDraft[];
  /** Drafts that look like a contact already in the book: the user decides. */
  possibleDuplicates: {
    draft: ContactDraft;
    index: number;
    existingId: ContactId;
    reasons: DuplicateReason[];
  }[];
  /** Drafts that look like an earlier entry of the same file (kept once, in `toAdd`). */
  duplicatesInFile: {
    draft: ContactDraft;
    index: number;
    sameAsIndex: number;
    reasons: DuplicateReason[];
  }[];
  /** Entries left out, sorted by index (the parser's rejections included). */
  rejected: ImportRejection[];
}

/** Keys a contact can be recognised by; kind is part of the key (a person ≠ their association). */
interface Keys {
  emails: string[];
  phones: string[];
  name: string;
}

function keysOf(
  kind: string,
  name: string,
  emails: readonly { value: string }[],
  phones: readonly { value: string }[],
): Keys {
  return {
    emails: emails.map((e) => `${kind}:${normalizeEmail(e.value)}`).filter((k) => k.includes("@")),
    // Short digit strings (extensions, "0") would match unrelated contacts.
    phones: phones
      .map((p) => normalizePhone(p.value))
      .filter((k) => k.length >= 6)
      .map((k) => `${kind}:${k}`),
    name: nameKey(name) === "" ? "" : `${kind}:${nameKey(name)}`,
  };
}

/** An index from keys to the ids (or file indexes) that carry them. */
class KeyIndex<T> {
  private readonly map = new Map<string, T[]>();
  add(keys: Keys, target: T): void {
    for (const k of [
      ...keys.emails.map((e) => `e|${e}`),
      ...keys.phones.map((p) => `p|${p}`),
      `n|${keys.name}`,
    ]) {
      if (k.endsWith("|")) continue;
      const targets = this.map.get(k);
      if (targets === undefined) this.map.set(k, [target]);
      else targets.push(target);
    }
  }
  /** The best match (most reasons, then first added) and its reasons. */
  match(keys: Keys): { target: T; reasons: DuplicateReason[] } | undefined {
    const reasons = new Map<T, Set<DuplicateReason>>();
    const hit = (key: string, reason: DuplicateReason): void => {
      for (const t of this.map.get(key) ?? [])
        reasons.set(t, (reasons.get(t) ?? new Set()).add(reason));
    };
    keys.emails.forEach((e) => hit(`e|${e}`, "email"));
    keys.phones.forEach((p) => hit(`p|${p}`, "phone"));
    if (keys.name !== "") hit(`n|${keys.name}`, "name");
    let best: { target: T; reasons: DuplicateReason[] } | undefined;
    for (const [target, set] of reasons) {
      const ordered = (["email", "phone", "name"] as const).filter((r) => set.has(r));
      if (best === undefined || ordered.length > best.reasons.length)
        best = { target, reasons: ordered };
    }
    return best;
  }
}

/**
 * Sorts parsed entries into the plan. A draft is a possible duplicate of an existing contact of
 * the same kind when they share an email or a phone (normalised) or the same name (accents,
 * case, hyphens and word order ignored). Pure: nothing is written.
 */
export function planImport(
  existing: readonly ContactViewLike[],
  entries: readonly ImportEntry[],
  rejected: readonly ImportRejection[] = [],
): ImportPlan {
  const book = new KeyIndex<ContactId>();
  for (const c of existing) book.add(keysOf(c.kind, c.name, c.emails, c.phones), c.id);
  const file = new KeyIndex<number>();
  const plan: ImportPlan = {
    toAdd: [],
    possibleDuplicates: [],
    duplicatesInFile: [],
    rejected: [...rejected],
  };
  for (const { draft, index } of entries) {
    if (draft.name.trim() === "") {
      plan.rejected.push({ index, reason: "missing-name" });
      continue;
    }
    const keys = keysOf(draft.kind ?? "person", draft.name, draft.emails ?? [], draft.phones ?? []);
    const known = book.match(keys);
    if (known !== undefined) {
      plan.possibleDuplicates.push({
        draft,
        index,
        existingId: known.target,
        reasons: known.reasons,
      });
      continue;
    }
    const earlier = file.match(keys);
    if (earlier !== undefined) {
      plan.duplicatesInFile.push({
        draft,
        index,
        sameAsIndex: earlier.target,
        reasons: earlier.reasons,
      });
      continue;
    }
    file.add(keys, index);
    plan.toAdd.push(draft);
  }
  plan.rejected.sort((a, b) => a.index - b.index);
  return plan;
}
