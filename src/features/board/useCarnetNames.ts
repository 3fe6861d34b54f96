import { useDeferredValue, useMemo } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import { normalizeAddressBook, selectContacts } from "../../domain";
import type { AddressBookDoc, ContactView } from "../../domain";
import { useHandleDoc } from "../shared/useHandleDoc";

const NONE: readonly ContactView[] = [];

/**
 * The carnet as the board reads it: live contacts and their names (notes hold contact ids only,
 * never copied personal data). Read in a deferred render: a large book never delays a keystroke
 * on the board.
 */
export function useCarnetNames(handle: DocHandle<AddressBookDoc> | undefined) {
  const doc = useDeferredValue(useHandleDoc(handle));
  return useMemo(() => {
    const contacts = doc ? selectContacts(normalizeAddressBook(doc).value) : NONE;
    const names = new Map<string, string>();
    for (const c of contacts) names.set(c.id, c.name);
    return { contacts, names };
  }, [doc]);
}
