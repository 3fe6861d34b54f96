/** The address book's schema history (DESIGN.md §3: named, content-guarded, deterministic). */
import type { ContactId } from "../ids";
import type { Migration } from "../migrate";
import { isValidId } from "../ids";
import { isMapLike } from "../tolerant";
import { contactBucket, BUCKET_KEYS } from "./keys";
import { readStub } from "./readContact";
import type { AddressBookDoc, Contact } from "./schema";

/**
 * v2: contacts move from the flat v1 `contacts` map into buckets keyed by the first character of
 * their id. Deterministic (a v1 stub becomes the same v2 contact on every peer, under the same
 * key) and content-guarded (a contact already in its bucket is left alone), so two peers running
 * it concurrently merge to what one alone produces. Two concurrent runs still each create the
 * `buckets` map: the reader and the commands look at both copies (see `conflicts.ts`).
 */
export const contactsInBuckets: Migration<AddressBookDoc> = {
  name: "address-book/2-contacts-in-buckets",
  version: 2,
  up(doc) {
    if (!isMapLike(Reflect.get(doc, "buckets"))) doc.buckets = {};
    const buckets = doc.buckets;
    for (const key of BUCKET_KEYS) if (!isMapLike(buckets[key])) buckets[key] = {};
    if (!isMapLike(Reflect.get(doc, "notDuplicates"))) doc.notDuplicates = {};
    const legacy: unknown = Reflect.get(doc, "contacts");
    if (!isMapLike(legacy)) return;
    for (const id of Object.keys(legacy)) {
      if (!isValidId(id)) continue; // junk stays where it is, still ignored by the reader
      const bucket = buckets[contactBucket(id)] as Record<string, Contact>;
      if (!isMapLike(bucket[id])) {
        const contact = readStub(legacy[id], id as ContactId, id, []);
        if (contact === null) continue;
        bucket[id] = contact;
      }
      delete legacy[id];
    }
  },
};

/** Migrations to versions 2…ADDRESS_BOOK_SCHEMA_VERSION, contiguous and in order. */
export const ADDRESS_BOOK_MIGRATIONS: readonly Migration<AddressBookDoc>[] = [contactsInBuckets];
