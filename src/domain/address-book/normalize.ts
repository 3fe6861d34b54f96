/**
 * Tolerant reader of address-book documents (never throws; junk dropped and reported). It
 * flattens the buckets into one `contacts` map, looks at values hidden by concurrent bucket
 * creation (`conflicts.ts`) and still reads v1 stubs from the legacy `contacts` map (a v1 app
 * may add one offline while another device migrates).
 */
import * as A from "@automerge/automerge";
import * as v from "valibot";
import { isValidId, type ContactId, type ProfileId } from "../ids";
import {
  idOrEmpty,
  isMapLike,
  neverThrow,
  readViewStamp,
  timestamp,
  type Normalized,
} from "../tolerant";
import { allValuesOf } from "./conflicts";
import { contactBucket, parsePairKey } from "./keys";
import { readContact, readStub } from "./readContact";
import {
  ADDRESS_BOOK_SCHEMA_VERSION,
  CONTACT_SETS,
  type AddressBookView,
  type Contact,
  type Stamp,
} from "./schema";

/** The view of an empty address book. */
export function emptyAddressBookView(): AddressBookView {
  return {
    schema: { kind: "address-book", version: ADDRESS_BOOK_SCHEMA_VERSION },
    contacts: {},
    notDuplicates: {},
    createdBy: "" as ProfileId,
    createdAt: 0,
  };
}

/**
 * Readings of contact objects materialised by Automerge, by identity. A snapshot reuses the
 * objects of every contact an edit did not touch, so after an edit the reader re-reads one
 * contact, not 5,000. Change proxies (mutable) and plain objects are never cached; only
 * problem-free readings are.
 */
const contactCache = new WeakMap<object, Contact>();
const IS_PROXY = Symbol.for("_am_isProxy");

function isSnapshotObject(raw: unknown): raw is object {
  if (typeof raw !== "object" || raw === null || Reflect.get(raw, IS_PROXY) === true) return false;
  try {
    return A.getObjectId(raw) !== null;
  } catch {
    return false;
  }
}

function readCached(raw: unknown, id: ContactId, key: string, problems: string[]): Contact | null {
  const cacheable = isSnapshotObject(raw);
  const hit = cacheable ? contactCache.get(raw) : undefined;
  if (hit !== undefined && hit.id === id) return hit;
  const before = problems.length;
  // The path only names what was dropped: built here, after the cache, not for every contact.
  const contact = readContact(raw, id, `buckets.${key}.${id.slice(0, 80)}`, problems);
  if (cacheable && contact !== null && problems.length === before) contactCache.set(raw, contact);
  return contact;
}

/** Adds a copy of a contact: the first copy wins, except that sets are united. */
function addCopy(out: Record<string, Contact>, contact: Contact): void {
  const existing = out[contact.id];
  if (existing === undefined) {
    out[contact.id] = contact;
    return;
  }
  const merged: Contact = { ...existing, memberOf: { ...contact.memberOf, ...existing.memberOf } };
  for (const set of CONTACT_SETS) {
    Object.assign(merged, { [set]: { ...contact[set], ...existing[set] } });
  }
  out[contact.id] = merged;
}

/** One bucket as read: its copies of contacts (in key order) and what was dropped. */
interface BucketReading {
  key: string;
  contacts: Contact[];
  problems: string[];
}

/**
 * Readings of bucket objects materialised by Automerge, by identity. An edit touches one bucket
 * of ≈ 90 contacts: every other bucket object is the same as in the previous snapshot, and is
 * not read again (the reading of an immutable object never changes).
 */
const bucketCache = new WeakMap<object, BucketReading>();

function readBucket(key: string, bucket: Record<string, unknown>): BucketReading {
  const cacheable = isSnapshotObject(bucket);
  const hit = cacheable ? bucketCache.get(bucket) : undefined;
  if (hit !== undefined && hit.key === key) return hit;
  const reading: BucketReading = { key, contacts: [], problems: [] };
  for (const id of Object.keys(bucket)) {
    if (!isValidId(id) || contactBucket(id) !== key) {
      reading.problems.push(
        `buckets.${key}.${id.slice(0, 80)}: dropped (invalid key or wrong bucket)`,
      );
      continue;
    }
    const contact = readCached(bucket[id], id as ContactId, key, reading.problems);
    if (contact !== null) reading.contacts.push(contact);
  }
  if (cacheable) bucketCache.set(bucket, reading);
  return reading;
}

function readBuckets(raw: Record<string, unknown>, problems: string[]): Record<string, Contact> {
  const out: Record<string, Contact> = {};
  const all = allValuesOf(raw, "buckets");
  if (all.length > 0 && !all.some(isMapLike)) problems.push("buckets: not a map");
  for (const buckets of all.filter(isMapLike)) {
    for (const key of Object.keys(buckets)) {
      for (const bucket of allValuesOf(buckets, key)) {
        if (!isMapLike(bucket)) {
          problems.push(`buckets.${JSON.stringify(key.slice(0, 80))}: not a map`);
          continue;
        }
        const reading = readBucket(key, bucket);
        for (const problem of reading.problems) problems.push(problem);
        for (const contact of reading.contacts) addCopy(out, contact);
      }
    }
  }
  return out;
}

function readLegacy(raw: unknown, out: Record<string, Contact>, problems: string[]): void {
  if (raw === undefined) return;
  if (!isMapLike(raw)) {
    problems.push("contacts: not a map");
    return;
  }
  for (const id of Object.keys(raw)) {
    if (!isValidId(id)) {
      const label = JSON.stringify(String(id).slice(0, 80));
      problems.push(`contacts: dropped entry with invalid key ${label}`);
      continue;
    }
    const stub = readStub(raw[id], id as ContactId, `contacts.${id}`, problems);
    if (stub !== null && out[id] === undefined) out[id] = stub;
  }
}

const StampSchema = v.object({
  by: v.pipe(
    idOrEmpty,
    v.check((s) => s !== ""),
  ),
  at: timestamp,
});

function readNotDuplicates(raw: Record<string, unknown>, problems: string[]) {
  const out: Record<string, Stamp> = {};
  for (const map of allValuesOf(raw, "notDuplicates")) {
    if (!isMapLike(map)) {
      problems.push("notDuplicates: not a map");
      continue;
    }
    for (const key of Object.keys(map)) {
      const parsed = v.safeParse(StampSchema, map[key]);
      if (parsePairKey(key) === null || !parsed.success) {
        problems.push(`notDuplicates: dropped entry ${JSON.stringify(key.slice(0, 80))}`);
      } else if (out[key] === undefined) {
        out[key] = { by: parsed.output.by as ProfileId, at: parsed.output.at };
      }
    }
  }
  return out;
}

function read(raw: unknown): Normalized<AddressBookView> {
  if (!isMapLike(raw)) {
    return { value: emptyAddressBookView(), problems: ["document: not an object"] };
  }
  const problems: string[] = [];
  const schema = readViewStamp(raw, "address-book", problems);
  if (raw.buckets === undefined && schema.version >= 2) problems.push("buckets: missing");
  const contacts = readBuckets(raw, problems);
  readLegacy(raw.contacts, contacts, problems);
  const notDuplicates = readNotDuplicates(raw, problems);
  const meta = v.parse(v.object({ createdBy: idOrEmpty, createdAt: timestamp }), raw);
  return {
    value: {
      schema,
      contacts,
      notDuplicates,
      createdBy: meta.createdBy as ProfileId,
      createdAt: meta.createdAt,
    },
    problems,
  };
}

/** Reads any value as an address book: defaults filled, junk dropped and reported. */
export function normalizeAddressBook(raw: unknown): Normalized<AddressBookView> {
  return neverThrow(() => read(raw), emptyAddressBookView);
}
