/**
 * Guarded access to the contacts of an address-book change proxy. Commands never create the
 * `buckets` map (two devices creating it would hide each other's contacts); they find a contact
 * in its bucket and, when it only exists in a copy hidden by a conflict or as a v1 stub, adopt
 * it into the visible bucket first (see `conflicts.ts`).
 */
import { DomainError } from "../errors";
import type { ContactId } from "../ids";
import { isMapLike } from "../tolerant";
import { allValuesOf } from "./conflicts";
import { contactBucket } from "./keys";
import { readContact, readStub } from "./readContact";
import type { AddressBookDoc, Contact } from "./schema";

/** The document's visible `buckets` map, or `not-initialised`. */
export function bucketsOf(doc: AddressBookDoc): Record<string, Record<string, Contact>> {
  const buckets: unknown = Reflect.get(doc, "buckets");
  if (!isMapLike(buckets)) {
    throw new DomainError("not-initialised", "address book has no buckets", { field: "buckets" });
  }
  return buckets as Record<string, Record<string, Contact>>;
}

/** The visible bucket of `id`, created when missing (only a malformed document lacks one). */
function bucketFor(doc: AddressBookDoc, id: string): Record<string, Contact> {
  const buckets = bucketsOf(doc);
  const key = contactBucket(id);
  if (!isMapLike(buckets[key])) buckets[key] = {};
  return buckets[key] as Record<string, Contact>;
}

function visible(doc: AddressBookDoc, id: string): Contact | undefined {
  const bucket: unknown = bucketsOf(doc)[contactBucket(id)];
  if (!isMapLike(bucket) || !Object.prototype.hasOwnProperty.call(bucket, id)) return undefined;
  const value = bucket[id];
  return isMapLike(value) ? (value as unknown as Contact) : undefined;
}

/** A plain copy of `id` from a hidden bucket copy or the legacy v1 map, if any. */
function hidden(doc: AddressBookDoc, id: ContactId): Contact | null {
  const ignored: string[] = [];
  const key = contactBucket(id);
  for (const buckets of allValuesOf(doc as unknown as Record<string, unknown>, "buckets")) {
    if (!isMapLike(buckets)) continue;
    for (const bucket of allValuesOf(buckets, key)) {
      if (!isMapLike(bucket) || !Object.prototype.hasOwnProperty.call(bucket, id)) continue;
      const contact = readContact(bucket[id], id, id, ignored);
      if (contact !== null) return contact;
    }
  }
  const legacy: unknown = Reflect.get(doc, "contacts");
  if (isMapLike(legacy) && Object.prototype.hasOwnProperty.call(legacy, id)) {
    return readStub(legacy[id], id, id, ignored);
  }
  return null;
}

/** Whether contact `id` exists (visible, hidden by a conflict, or a v1 stub). */
export function hasContact(doc: AddressBookDoc, id: ContactId): boolean {
  return visible(doc, id) !== undefined || hidden(doc, id) !== null;
}

/** Writes a new contact into its bucket and returns its proxy. */
export function putContact(doc: AddressBookDoc, contact: Contact): Contact {
  const bucket = bucketFor(doc, contact.id);
  bucket[contact.id] = contact;
  return bucket[contact.id] as Contact;
}

/** The proxy of contact `id` (adopted into its visible bucket if needed), or `not-found`. */
export function findContact(doc: AddressBookDoc, id: ContactId, field = "id"): Contact {
  const found = visible(doc, id);
  if (found !== undefined) return found;
  const copy = hidden(doc, id);
  if (copy === null) throw new DomainError("not-found", `no contact ${id}`, { field });
  return putContact(doc, copy);
}

/** A set map of a contact proxy, created when a malformed contact lacks it. */
export function setOf<T>(contact: Contact, name: string): Record<string, T> {
  const value: unknown = Reflect.get(contact, name);
  if (isMapLike(value)) return value as Record<string, T>;
  Reflect.set(contact, name, {});
  return Reflect.get(contact, name) as Record<string, T>;
}
