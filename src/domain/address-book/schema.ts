/**
 * The address book: one per atelier, the only document holding personal data (DESIGN.md §3).
 * A stub for now — contacts are filled in by a later issue.
 */
import type { ContactId, ProfileId } from "../ids";
import type { SchemaStamp } from "../schema";

/** Current schema version of address-book documents (v1 is the first). */
export const ADDRESS_BOOK_SCHEMA_VERSION = 1;

/** Length caps enforced by commands (UTF-16 units). */
export const ADDRESS_BOOK_LIMITS = { name: 200 } as const;

/** A person or a structure; minimal until the address-book issue extends it. */
export interface ContactStub {
  id: ContactId;
  name: string;
  createdBy: ProfileId;
  createdAt: number;
}

/** The Automerge document of kind `"address-book"`. */
export interface AddressBookDoc {
  schema: SchemaStamp<"address-book">;
  contacts: Record<string, ContactStub>;
  createdBy: ProfileId;
  createdAt: number;
}

/** A validated, plain, readonly snapshot of an address book. */
export interface AddressBookView {
  readonly schema: Readonly<SchemaStamp<"address-book">>;
  readonly contacts: Readonly<Record<string, Readonly<ContactStub>>>;
  readonly createdBy: ProfileId;
  readonly createdAt: number;
}
