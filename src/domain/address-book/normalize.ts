/** Tolerant reader of address-book documents (never throws; junk dropped and reported). */
import * as v from "valibot";
import type { ContactId, ProfileId } from "../ids";
import {
  idOrEmpty,
  isMapLike,
  neverThrow,
  readCollection,
  readViewStamp,
  text,
  timestamp,
  type Normalized,
} from "../tolerant";
import {
  ADDRESS_BOOK_LIMITS,
  ADDRESS_BOOK_SCHEMA_VERSION,
  type AddressBookView,
  type ContactStub,
} from "./schema";

const ContactSchema = v.object({
  name: text(ADDRESS_BOOK_LIMITS.name),
  createdBy: idOrEmpty,
  createdAt: timestamp,
});

/** The view of an empty address book. */
export function emptyAddressBookView(): AddressBookView {
  return {
    schema: { kind: "address-book", version: ADDRESS_BOOK_SCHEMA_VERSION },
    contacts: {},
    createdBy: "" as ProfileId,
    createdAt: 0,
  };
}

function read(raw: unknown): Normalized<AddressBookView> {
  if (!isMapLike(raw)) {
    return { value: emptyAddressBookView(), problems: ["document: not an object"] };
  }
  const problems: string[] = [];
  const schema = readViewStamp(raw, "address-book", problems);
  const contacts = readCollection(
    raw.contacts,
    "contacts",
    ContactSchema,
    (c, id): ContactStub => ({ ...c, id: id as ContactId, createdBy: c.createdBy as ProfileId }),
    problems,
  );
  const meta = v.parse(v.object({ createdBy: idOrEmpty, createdAt: timestamp }), raw);
  return {
    value: { schema, contacts, createdBy: meta.createdBy as ProfileId, createdAt: meta.createdAt },
    problems,
  };
}

/** Reads any value as an address book: defaults filled, junk dropped and reported. */
export function normalizeAddressBook(raw: unknown): Normalized<AddressBookView> {
  return neverThrow(() => read(raw), emptyAddressBookView);
}
