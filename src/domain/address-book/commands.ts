/** Address-book commands (pure, applied to a change proxy; see the workshop's for the rules). */
import { DomainError } from "../errors";
import type { ProfileId } from "../ids";
import { checkId, checkTimestamp } from "../validate";
import { ADDRESS_BOOK_SCHEMA_VERSION, type AddressBookDoc } from "./schema";

/**
 * Initialises a new address book: stamp and empty collections in one change, by its creator
 * only. Throws `already-initialised` when the document already has a stamp.
 */
export function initAddressBook(doc: AddressBookDoc, args: { by: ProfileId; now: number }): void {
  const by = checkId(args.by, "by") as ProfileId;
  const now = checkTimestamp(args.now);
  if (Reflect.get(doc, "schema") !== undefined) {
    throw new DomainError("already-initialised", "address book is already initialised");
  }
  doc.schema = { kind: "address-book", version: ADDRESS_BOOK_SCHEMA_VERSION };
  doc.contacts = {};
  doc.createdBy = by;
  doc.createdAt = now;
}
