/**
 * A seeded generator of address books with KNOWN duplicates (the same person typed again on
 * another tablet or imported: name variants, emails in other case, phones in other formats) and
 * KNOWN homonyms (different people with the same name), to measure duplicate suggestions.
 */
import * as A from "@automerge/automerge";
import {
  importContacts,
  markNotDuplicates,
  pairKey,
  type AddressBookDoc,
  type ContactDraft,
  type ContactId,
} from "../../src/domain";
import { apply, makeAddressBook, T0 } from "../fixtures/builders";
import { BY } from "./addressBook";

const FIRST = [
  "Marie-Hélène",
  "Jean",
  "Sophie",
  "Émile",
  "Zoé",
  "Jean-Luc",
  "Chloé",
  "Léa",
  "Hugo",
  "Inès",
  "Théo",
  "Anaïs",
  "Noé",
  "Gaëlle",
  "François",
  "Cécile",
  "Rémi",
  "Agnès",
  "Loïc",
  "Maëlle",
  "Paul",
  "Aurélie",
  "Bastien",
  "Céline",
  "Damien",
  "Élodie",
  "Fabrice",
  "Hélène",
  "Jérôme",
  "Karima",
];
const LAST = [
  "Dupont",
  "Martin",
  "Lefèvre",
  "Roux",
  "Faure",
  "Bérard",
  "Chabert",
  "Giraud",
  "Mounier",
  "Brun",
  "Arnaud",
  "Blanc",
  "Garnier",
  "Perrin",
  "Rivière",
  "Fournier",
  "Morel",
  "Girard",
  "André",
  "Mercier",
  "Boyer",
  "Durand",
  "Lambert",
  "Bonnet",
  "François",
  "Rousseau",
  "Vincent",
  "Muller",
  "Lefebvre",
  "Fabre",
];
const COMMUNES = ["Crest", "Die", "Saillans", "Valence", "Livron", "Loriol", "Aouste", "Eurre"];

/** A small seeded PRNG (mulberry32): the same seed gives the same book. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generated book and the truth about it. */
export interface DuplicateSet {
  doc: A.Doc<AddressBookDoc>;
  /** Pair keys of records that ARE the same person. */
  duplicates: Set<string>;
  /** Pair keys of same-name records that are NOT (some marked as such by a user). */
  homonyms: Set<string>;
  contactCount: number;
}

const strip = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "");

/** Ways a person's name gets typed again. */
const NAME_VARIANTS: ((first: string, last: string) => string)[] = [
  (f, l) => `${l} ${f}`.toLowerCase(),
  (f, l) => strip(`${f} ${l}`),
  (f, l) => `${f.replace(/-/g, " ")} ${l.toUpperCase()}`,
  (f, l) => `${l.toUpperCase()} ${strip(f)}`,
  (f, l) => `${f} ${l.slice(0, -1)}${l.endsWith("t") ? "d" : "t"}`, // one typo
  (f, l) => `${f.slice(0, 1)}. ${l}`,
];

/** Builds `people` people, `dups` re-entries, `homonyms` same-name others (`marked` of them marked). */
export function generateDuplicateSet(
  seed: number,
  people = 300,
  dups = 60,
  homonyms = 40,
  marked = 10,
): DuplicateSet {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const names = FIRST.flatMap((f) => LAST.map((l) => [f, l] as const)).sort(() => rand() - 0.5);
  const drafts: { id: ContactId; draft: ContactDraft }[] = [];
  const phone = () => `06${String(Math.floor(rand() * 1e8)).padStart(8, "0")}`;
  const base = names.slice(0, people).map(([first, last], i) => {
    const id = `p${i}x${Math.floor(rand() * 1e6)}` as ContactId;
    const draft: ContactDraft = {
      name: `${first} ${last}`,
      emails:
        rand() < 0.7
          ? [{ value: `${strip(first)}.${strip(last)}${i}@exemple.fr`.toLowerCase() }]
          : [],
      phones: rand() < 0.6 ? [{ value: phone() }] : [],
      commune: pick(COMMUNES),
    };
    drafts.push({ id, draft });
    return { id, first, last, draft };
  });
  const duplicates = new Set<string>();
  for (let i = 0; i < dups; i++) {
    const p = base[i] as (typeof base)[number];
    const id = `d${i}x${Math.floor(rand() * 1e6)}` as ContactId;
    const email = p.draft.emails?.[0];
    const tel = p.draft.phones?.[0];
    const draft: ContactDraft = {
      name: pick(NAME_VARIANTS)(p.first, p.last),
      // Retyped with other formats, or not given at all on the second tablet.
      emails: email && rand() < 0.6 ? [{ value: `  ${email.value.toUpperCase()}` }] : [],
      phones:
        tel && rand() < 0.6
          ? [{ value: `+33 ${tel.value.slice(1).replace(/(\d\d)/g, "$1 ")}` }]
          : [],
      commune: rand() < 0.5 ? (p.draft.commune ?? "") : "",
    };
    drafts.push({ id, draft });
    duplicates.add(pairKey(p.id, id));
  }
  const homonymPairs = new Set<string>();
  const toMark: [ContactId, ContactId][] = [];
  for (let i = 0; i < homonyms; i++) {
    const p = base[people - 1 - i] as (typeof base)[number];
    const id = `h${i}x${Math.floor(rand() * 1e6)}` as ContactId;
    const isMarked = i < marked;
    const others = COMMUNES.filter((c) => c !== p.draft.commune);
    // Another person of the same name: other email/phone/commune — or nothing to tell them apart,
    // in which case a facilitator marked them as different people.
    const draft: ContactDraft = isMarked
      ? { name: `${p.first} ${p.last}` }
      : {
          name: `${p.first} ${p.last}`,
          emails: [
            { value: `${strip(p.first)}.${strip(p.last)}.autre${i}@ailleurs.org`.toLowerCase() },
          ],
          phones: [{ value: phone() }],
          commune: pick(others),
        };
    if (!isMarked && (p.draft.emails?.length ?? 0) === 0 && (p.draft.phones?.length ?? 0) === 0) {
      // Nothing to compare but the commune: give the first one an email so they differ.
      p.draft.emails = [{ value: `${strip(p.first)}${i}@perso.fr`.toLowerCase() }];
    }
    drafts.push({ id, draft });
    homonymPairs.add(pairKey(p.id, id));
    if (isMarked) toMark.push([p.id, id]);
  }
  let doc = apply(makeAddressBook(BY), (d) => importContacts(d, { drafts, by: BY, now: T0 }));
  doc = apply(doc, (d) => {
    for (const [a, b] of toMark) markNotDuplicates(d, { a, b, by: BY, now: T0 });
  });
  return { doc, duplicates, homonyms: homonymPairs, contactCount: drafts.length };
}
