/**
 * The skills map (« cartographie des compétences »): who knows, offers or needs what, and a
 * simple matching of each need with the offers and skills that answer it.
 */
import { foldedWords } from "./keys";
import { selectContacts, type BookView } from "./selectors";
import { compareText, type ContactView, type LabelItem } from "./view";

/** One label and the contacts carrying it. */
export interface SkillEntry {
  key: string;
  /** The label as first typed (by the first contact in name order). */
  label: string;
  contacts: ContactView[];
}

/** Skills, themes, offers and needs across the book (contacts not in the bin). */
export interface SkillsIndex {
  skills: SkillEntry[];
  themes: SkillEntry[];
  offers: SkillEntry[];
  needs: SkillEntry[];
}

function entries(contacts: readonly ContactView[], pick: (c: ContactView) => LabelItem[]) {
  const map = new Map<string, SkillEntry>();
  for (const contact of contacts) {
    for (const item of pick(contact)) {
      const entry = map.get(item.key) ?? { key: item.key, label: item.label, contacts: [] };
      entry.contacts.push(contact);
      map.set(item.key, entry);
    }
  }
  return [...map.values()].sort((a, b) => compareText(a.key, b.key));
}

/** Label → contacts, for skills, themes, offers and needs. */
export function selectSkillsIndex(view: BookView): SkillsIndex {
  const contacts = selectContacts(view);
  return {
    skills: entries(contacts, (c) => c.skills),
    themes: entries(contacts, (c) => c.themes),
    offers: entries(contacts, (c) => c.offers),
    needs: entries(contacts, (c) => c.needs),
  };
}

/** Words too common to make two labels match. */
const STOP_WORDS = new Set(
  "avec dans pour des les une sur par aux chez vers sans sous entre autre autres faire besoin".split(
    " ",
  ),
);

/** Significant words of a label, lightly stemmed (plural `s`/`x` dropped). */
function significantWords(label: string): string[] {
  return foldedWords(label)
    .filter((w) => w.length >= 4 && !STOP_WORDS.has(w))
    .map((w) => w.replace(/[sx]$/, ""));
}

/** How a contact answers a need. */
export interface NeedAnswer {
  contact: ContactView;
  via: "offer" | "skill";
  label: string;
}

/** One need of one contact and who answers it. */
export interface NeedMatch {
  need: LabelItem;
  contact: ContactView;
  answers: NeedAnswer[];
}

/**
 * For each need, the other contacts whose offers or skills answer it: same label, or a shared
 * significant word (« salle de réunion » answers « un local pour nos réunions »).
 */
export function matchNeeds(view: BookView): NeedMatch[] {
  const contacts = selectContacts(view);
  const byWord = new Map<string, NeedAnswer[]>();
  const byKey = new Map<string, NeedAnswer[]>();
  const add = (map: Map<string, NeedAnswer[]>, key: string, answer: NeedAnswer) =>
    map.set(key, [...(map.get(key) ?? []), answer]);
  for (const contact of contacts) {
    for (const [via, list] of [
      ["offer", contact.offers],
      ["skill", contact.skills],
    ] as const) {
      for (const item of list) {
        const answer = { contact, via, label: item.label };
        add(byKey, item.key, answer);
        for (const w of new Set(significantWords(item.label))) add(byWord, w, answer);
      }
    }
  }
  const out: NeedMatch[] = [];
  for (const contact of contacts) {
    for (const need of contact.needs) {
      const found = new Map<string, NeedAnswer>();
      const candidates = [
        ...(byKey.get(need.key) ?? []),
        ...significantWords(need.label).flatMap((w) => byWord.get(w) ?? []),
      ];
      for (const answer of candidates) {
        const key = `${answer.contact.id} ${answer.via} ${answer.label}`;
        if (answer.contact.id !== contact.id && !found.has(key)) found.set(key, answer);
      }
      out.push({ need, contact, answers: [...found.values()] });
    }
  }
  return out;
}
