/** Read-side helpers over an address book. */
import type { AddressBookView, ContactStub } from "./schema";

/** Contacts sorted by name (French collation), then id. */
export function selectContacts(doc: Pick<AddressBookView, "contacts">): ContactStub[] {
  return Object.values(doc.contacts).sort(
    (a, b) => a.name.localeCompare(b.name, "fr") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
