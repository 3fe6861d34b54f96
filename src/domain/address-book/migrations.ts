/** The address book's schema history; v1 is the first version, so the list is empty. */
import type { Migration } from "../migrate";
import type { AddressBookDoc } from "./schema";

/** Migrations to versions 2…ADDRESS_BOOK_SCHEMA_VERSION, contiguous and in order. */
export const ADDRESS_BOOK_MIGRATIONS: readonly Migration<AddressBookDoc>[] = [];
