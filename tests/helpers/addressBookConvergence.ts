/**
 * Convergence harness for the address book: replicas add, edit, merge/unmerge, archive contacts
 * and add/remove set values concurrently, sync in random pairs, then merge in random orders.
 * A {@link BookModel} adapts a set of commands (the real ones or a naive variant) to it.
 */
import * as A from "@automerge/automerge";
import fc from "fast-check";
import {
  contactBucket,
  isDomainError,
  normalizeAddressBook,
  selectContact,
  type AddressBookDoc,
  type AddressBookView,
  type ContactLabelSet,
} from "../../src/domain";
import { actorId } from "../fixtures/builders";

/** A random command; contact picks are indexes resolved (mod count) when applied. */
export type BookCmd =
  | { t: "add"; name: string; skill: string }
  | { t: "text"; pick: number; field: "name" | "notes" | "commune"; value: string }
  | { t: "addValue"; pick: number; set: ContactLabelSet; value: string }
  | { t: "removeValue"; pick: number; set: ContactLabelSet; value: string }
  | { t: "merge"; pick: number; into: number }
  | { t: "unmerge"; pick: number }
  | { t: "archive"; pick: number }
  | { t: "restore"; pick: number }
  | { t: "consent"; pick: number; share: boolean; pub: boolean };

/** Values written by the commands, for the "nothing lost" bookkeeping. */
export interface Tracker {
  /** A value was written to `id`'s set (it was not there before). */
  added(id: string, set: ContactLabelSet, key: string): void;
  /** A value was removed from every record of these ids. */
  removed(ids: readonly string[], set: ContactLabelSet, key: string): void;
}

/** A set of address-book commands under test (all share the v2 document shape). */
export interface BookModel {
  init(): A.Doc<AddressBookDoc>;
  apply(
    doc: AddressBookDoc,
    cmd: BookCmd,
    ids: readonly string[],
    newId: string,
    track: Tracker,
  ): void;
  /** Inserts `marker` in the name of contact `id` at `pos` (clamped). */
  insertInName(doc: AddressBookDoc, id: string, marker: string, pos: number): void;
}

const word = fc.constantFrom("compost", "Compost", "jardin", "vélo", "salle", "Éco", "four");
const words = fc.stringMatching(/^[a-zé ]{0,16}$/);
const pick = fc.nat(30);
const set = fc.constantFrom<ContactLabelSet>("skills", "offers", "needs");

/** Random commands, weighted towards adds, values and merges. */
export const bookCmdArb: fc.Arbitrary<BookCmd> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ t: fc.constant("add" as const), name: words, skill: word }) },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant("text" as const),
      pick,
      field: fc.constantFrom("name" as const, "notes" as const, "commune" as const),
      value: words,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ t: fc.constant("addValue" as const), pick, set, value: word }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ t: fc.constant("removeValue" as const), pick, set, value: word }),
  },
  { weight: 3, arbitrary: fc.record({ t: fc.constant("merge" as const), pick, into: pick }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant("unmerge" as const), pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("archive" as const), pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("restore" as const), pick }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant("consent" as const),
      pick,
      share: fc.boolean(),
      pub: fc.boolean(),
    }),
  },
);

/** One scenario: replicas, rounds of commands and syncs, marker positions, merge orders. */
export interface BookScenario {
  replicas: number;
  rounds: { cmds: BookCmd[][]; syncs: [number, number][] }[];
  markerPos: number[];
  mergeKeys: number[][];
}

/** Random scenarios with 2–4 replicas. */
export const bookScenarioArb: fc.Arbitrary<BookScenario> = fc
  .integer({ min: 2, max: 4 })
  .chain((n) => {
    const idx = fc.nat(n - 1);
    return fc.record({
      replicas: fc.constant(n),
      rounds: fc.array(
        fc.record({
          cmds: fc.array(fc.array(bookCmdArb, { maxLength: 6 }), { minLength: n, maxLength: n }),
          syncs: fc.array(fc.tuple(idx, idx), { maxLength: 3 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      markerPos: fc.array(fc.nat(30), { minLength: n, maxLength: n }),
      mergeKeys: fc.array(fc.array(fc.double({ noNaN: true }), { minLength: n, maxLength: n }), {
        minLength: n,
        maxLength: n,
      }),
    });
  });

/** Every contact id stored in a document (merged and archived ones included), sorted. */
export function storedIds(doc: AddressBookDoc): string[] {
  return Object.values(doc.buckets)
    .flatMap((bucket) => Object.keys(bucket))
    .sort();
}

const SEP = "\u0000";

/** The contact every replica edits at the end (created by `init`). */
export const SHARED_CONTACT = "a0";

/** The outcome of a scenario. */
export interface BookOutcome {
  docs: A.Doc<AddressBookDoc>[];
  markers: string[];
  /** Values added and never removed (id, set and key joined by NUL). */
  expected: Set<string>;
}

/** Plays a scenario against a model. */
export function playBook(model: BookModel, s: BookScenario): BookOutcome {
  const base = model.init();
  let docs = Array.from({ length: s.replicas }, (_, i) => A.clone(base, { actor: actorId(i + 1) }));
  const added = new Set<string>();
  const removed: { ids: Set<string>; set: string; key: string }[] = [];
  const track: Tracker = {
    added: (id, set, key) => added.add([id, set, key].join(SEP)),
    removed: (ids, set, key) => removed.push({ ids: new Set(ids), set, key }),
  };
  let seq = 0;
  for (const round of s.rounds) {
    docs = docs.map((doc, r) => {
      let d = doc;
      for (const cmd of round.cmds[r] ?? []) {
        const id = `${"abc"[seq % 3] ?? "a"}r${r}n${seq++}`;
        const ids = storedIds(d);
        try {
          d = A.change(d, (proxy) => model.apply(proxy, cmd, ids, id, track));
        } catch (error) {
          if (!isDomainError(error)) throw error; // a refused merge: nothing written
        }
      }
      return d;
    });
    for (const [to, from] of round.syncs) {
      if (to !== from)
        docs[to] = A.merge(docs[to] as A.Doc<AddressBookDoc>, docs[from] as A.Doc<AddressBookDoc>);
    }
  }
  const markers = docs.map((_, r) => `<${r}>`);
  docs = docs.map((doc, r) =>
    A.change(doc, (d) =>
      model.insertInName(d, SHARED_CONTACT, markers[r] as string, s.markerPos[r] ?? 0),
    ),
  );
  const finals = docs;
  docs = finals.map((doc, r) => {
    const keys = s.mergeKeys[r] ?? [];
    const order = finals.map((_, i) => i).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
    let d = A.clone(doc);
    for (const i of order) if (i !== r) d = A.merge(d, finals[i] as A.Doc<AddressBookDoc>);
    return d;
  });
  const expected = new Set(
    [...added].filter((entry) => {
      const [id, set, key] = entry.split(SEP) as [string, string, string];
      return !removed.some((r) => r.ids.has(id) && r.set === set && r.key === key);
    }),
  );
  return { docs, markers, expected };
}

function viewOf(doc: A.Doc<AddressBookDoc>): AddressBookView {
  return normalizeAddressBook(doc).value;
}

/** Whether every value added (and not removed) shows in the contact its record shows as. */
export function noValueLost(o: BookOutcome): boolean {
  return o.docs.every((doc) => {
    const view = viewOf(doc);
    return [...o.expected].every((entry) => {
      const [id, set, key] = entry.split(SEP) as [string, ContactLabelSet, string];
      return selectContact(view, id)?.[set].some((item) => item.key === key) === true;
    });
  });
}

/** Whether every replica's marker shows in the shared contact's name (or its alternatives). */
export function allMarkersSurvive(o: BookOutcome): boolean {
  return o.docs.every((doc) => {
    const c = selectContact(viewOf(doc), SHARED_CONTACT);
    const names = [c?.name ?? "", ...(c?.alternatives.name ?? [])];
    return o.markers.every((m) => names.some((n) => n.includes(m)));
  });
}

/** Whether every replica shows the same contact list (the views agree, not only the bytes). */
export function viewsAgree(o: BookOutcome): boolean {
  const lists = o.docs.map((doc) => JSON.stringify(Object.keys(viewOf(doc).contacts).sort()));
  return lists.every((l) => l === lists[0]);
}

/** The bucket a stored id must be in (every stored contact is in its own bucket). */
export function bucketsConsistent(doc: AddressBookDoc): boolean {
  return Object.entries(doc.buckets).every(([key, bucket]) =>
    Object.keys(bucket).every((id) => contactBucket(id) === key),
  );
}
