/**
 * Measures one edit's commit time in a 5,000-contact address book: contacts in one flat map
 * versus in buckets (the v2 model). A script, not a test (DESIGN.md §10: never a timed test):
 *   npx tsx tests/helpers/addressBookBucketCost.ts [contacts] [edits]
 * Both books hold the same contacts, written by the real `contactFromDraft` shape; the edit is
 * `A.updateText` on one contact's name (what `setContactText` does), on a loaded document.
 */
import { readFileSync } from "node:fs";
import * as A from "@automerge/automerge";
import {
  contactBucket,
  importContacts,
  newId,
  setContactText,
  type AddressBookDoc,
  type Contact,
  type ContactDraft,
  type ContactId,
} from "../../src/domain";
import { apply, makeAddressBook, T0 } from "../fixtures/builders";
import { BY } from "./addressBook";

const N = Number(process.argv[2] ?? 5_000);
const EDITS = Number(process.argv[3] ?? 300);

function draft(i: number): ContactDraft {
  return {
    name: `Personne ${i}`,
    role: "Bénévole",
    emails: [{ value: `personne${i}@exemple.fr` }],
    phones: [{ value: `06${String(i).padStart(8, "0")}` }],
    commune: "Crest",
    skills: ["Compost", "Jardin"],
    themes: ["Alimentation"],
    offers: ["Outils"],
    needs: ["Local"],
    notes: "Rencontrée à l'atelier",
  };
}

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: +at(0.5).toFixed(3), p95: +at(0.95).toFixed(3) };
}

const ids = Array.from({ length: N }, () => newId<ContactId>());
const bucketed = A.load<AddressBookDoc>(
  A.save(
    apply(makeAddressBook(BY), (d) =>
      importContacts(d, { drafts: ids.map((id, i) => ({ id, draft: draft(i) })), by: BY, now: T0 }),
    ),
  ),
);
// The same contacts, flattened into one map: what v1's `contacts` would have become.
type FlatDoc = { contacts: Record<string, Contact> };
const flat = A.load<FlatDoc>(
  A.save(
    A.from<FlatDoc>({
      contacts: Object.fromEntries(
        ids.map((id) => [id, bucketed.buckets[contactBucket(id)]?.[id] as Contact]),
      ),
    }),
  ),
);

function measure<D>(doc: A.Doc<D>, edit: (d: D, id: ContactId, i: number) => void) {
  const times: number[] = [];
  let current = A.clone(doc);
  for (let i = 0; i < EDITS; i++) {
    const id = ids[(i * 7919) % N] as ContactId;
    const start = performance.now();
    current = A.change(current, (d) => edit(d, id, i));
    times.push(performance.now() - start);
  }
  return stats(times);
}

const runs = [1, 2].map(() => ({
  flat: measure(flat, (d, id, i) => A.updateText(d, ["contacts", id, "name"], `Nom ${i}`)),
  buckets: measure(bucketed, (d, id, i) =>
    setContactText(d, { id, field: "name", value: `Nom ${i}` }),
  ),
}));
const last = runs[runs.length - 1] as (typeof runs)[number];
console.log(
  JSON.stringify(
    {
      contacts: N,
      edits: EDITS,
      node: process.version,
      automerge: (
        JSON.parse(readFileSync("node_modules/@automerge/automerge/package.json", "utf8")) as {
          version: string;
        }
      ).version,
      msPerChange: last,
      ratio: +(last.flat.median / last.buckets.median).toFixed(1),
    },
    null,
    2,
  ),
);
