/** Factories for address-book tests: books built through the real commands. */
import { readFileSync } from "node:fs";
import * as A from "@automerge/automerge";
import {
  addContact,
  normalizeAddressBook,
  type AddressBookDoc,
  type AddressBookView,
  type ContactDraft,
  type ContactId,
} from "../../src/domain";
import { apply, makeAddressBook, makeProfileId, T0 } from "../fixtures/builders";

/** The profile that writes in these tests. */
export const BY = makeProfileId("claire");

/** A contact id for tests (valid, distinct per name; `name` picks the bucket by its first letter). */
export function cid(name: string): ContactId {
  return name as ContactId;
}

/** A draft with only a name, plus overrides. */
export function makeContactDraft(
  name: string,
  overrides: Partial<ContactDraft> = {},
): ContactDraft {
  return { name, ...overrides };
}

/** An address book holding the given contacts (`[id, draft]`), each added by its own change. */
export function makeContactBook(
  contacts: readonly (readonly [string, ContactDraft])[] = [],
): A.Doc<AddressBookDoc> {
  let doc = makeAddressBook(BY);
  for (const [id, draft] of contacts) {
    doc = apply(doc, (d) => addContact(d, { id: cid(id), draft, by: BY, now: T0 }));
  }
  return doc;
}

/** The normalised view of a book, asserting it reads without problems. */
export function viewOf(doc: unknown): AddressBookView {
  const { value, problems } = normalizeAddressBook(doc);
  if (problems.length > 0) throw new Error(`problems: ${problems.join("; ")}`);
  return value;
}

/** The bytes of the frozen v1 address book (tests/fixtures/address-book-v1.automerge). */
export function addressBookV1Bytes(): Uint8Array {
  return readFileSync(new URL("../fixtures/address-book-v1.automerge", import.meta.url));
}

/** The frozen v1 address book, loaded with the given actor. */
export function loadAddressBookV1(actor?: string): A.Doc<AddressBookDoc> {
  return A.load<AddressBookDoc>(addressBookV1Bytes(), actor === undefined ? undefined : { actor });
}
