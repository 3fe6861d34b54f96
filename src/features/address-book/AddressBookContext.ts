import { createContext, useContext } from "react";
import type { AddressBookView, ContactId, ContactView } from "../../domain";
import type { AddressBookState } from "./useAddressBook";

/** What every carnet screen reads: the book, its derived lists and the bound commands. */
export interface AddressBookScreenState extends AddressBookState {
  view: AddressBookView;
  /** Live contacts (merged records folded into their target), sorted by name. */
  contacts: readonly ContactView[];
  /** Structures among them, for pickers. */
  structures: readonly ContactView[];
  /** Contact id → display name (structures' names on people's rows, merge notices…). */
  names: ReadonlyMap<ContactId, string>;
  /** Path of the carnet: `/atelier/<id>/carnet`. */
  base: string;
  /** The atelier's title (file names of exports). */
  title: string;
  /**
   * The document is still loading: `contacts` come from the view cache (last visit's list),
   * `view` is empty and everything is read-only.
   */
  loading: boolean;
}

export const AddressBookContext = createContext<AddressBookScreenState | null>(null);

/** The carnet's state; throws outside the carnet page (a programming error). */
export function useAddressBookScreen(): AddressBookScreenState {
  const state = useContext(AddressBookContext);
  if (!state) throw new Error("useAddressBookScreen() outside <AddressBookPage>");
  return state;
}
