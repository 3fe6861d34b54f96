import { useMemo } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import { useTranslation } from "react-i18next";
import { Route, Routes } from "react-router";
import { Banner } from "../../ui/Banner";
import "./addressBook.css";
import { emptyAddressBookView, selectContacts } from "../../domain";
import type { AddressBookDoc, ContactId } from "../../domain";
import { useBookDocumentId } from "./useBookDocumentId";
import { useCachedList } from "./useCachedList";
import { useAddressBook } from "./useAddressBook";
import { AddressBookContext } from "./AddressBookContext";
import type { AddressBookScreenState } from "./AddressBookContext";
import { AddressBookNav } from "./AddressBookNav";
import { ContactsScreen } from "./ContactsScreen";
import { ContactScreen } from "./contact/ContactScreen";
import { StructuresScreen } from "./views/StructuresScreen";
import { SkillsScreen } from "./views/SkillsScreen";
import { MatchingScreen } from "./views/MatchingScreen";
import { TrashScreen } from "./views/TrashScreen";
import { DuplicatesScreen } from "./duplicates/DuplicatesScreen";
import { ImportScreen } from "./import/ImportScreen";

/** The book shown while only the cached list is here: no records, nothing to edit. */
const PREVIEW_VIEW = emptyAddressBookView();

/**
 * `/atelier/<id>/carnet/*`: « Carnet d'adresses ». The list is the default view; the contact
 * page, structures, skills, matching, duplicates, « Corbeille » and import are sub-routes.
 */
export function AddressBookPage({
  handle,
  documentId,
  title,
  readOnly,
}: {
  handle: DocHandle<AddressBookDoc> | undefined;
  /** The atelier's (workshop) document id, for links. */
  documentId: string;
  title: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const book = useAddressBook(handle, readOnly);
  const { view } = book;
  const live = useMemo(() => (view ? selectContacts(view) : undefined), [view]);
  // Until the document is here, the list paints from the view cache, read-only.
  const bookId = useBookDocumentId(documentId, handle);
  const cached = useCachedList(bookId, handle, live);
  const contacts = useMemo(() => live ?? cached ?? [], [live, cached]);
  const derived = useMemo(() => {
    const names = new Map<ContactId, string>();
    for (const c of contacts) names.set(c.id, c.name);
    return { names, structures: contacts.filter((c) => c.kind === "structure") };
  }, [contacts]);
  const base = `/atelier/${documentId}/carnet`;
  const state = useMemo<AddressBookScreenState | null>(() => {
    if (view) return { ...book, view, contacts, ...derived, base, title, loading: false };
    if (cached === undefined) return null;
    const preview = { ...book, view: PREVIEW_VIEW, readOnly: true };
    return { ...preview, contacts, ...derived, base, title, loading: true };
  }, [book, view, cached, contacts, derived, base, title]);

  if (state?.loading) {
    return (
      <AddressBookContext.Provider value={state}>
        <div className="address-book" aria-busy="true">
          <Banner tone="info">{t("addressBook.fromCache")}</Banner>
          <Routes>
            <Route index element={<ContactsScreen />} />
            <Route path="*" element={<p>{t("addressBook.loading")}</p>} />
          </Routes>
        </div>
      </AddressBookContext.Provider>
    );
  }
  if (!handle) {
    return (
      <section className="section">
        <h2>{t("addressBook.title")}</h2>
        <p>{t("addressBook.loading")}</p>
      </section>
    );
  }
  if (!state) return <p>{t("addressBook.loading")}</p>;
  return (
    <AddressBookContext.Provider value={state}>
      <div className="address-book">
        {state.readOnly && !readOnly ? (
          <Banner tone="warning">{t("addressBook.readOnly")}</Banner>
        ) : null}
        {state.problems.length > 0 ? (
          <Banner tone="warning">
            {t("addressBook.problems", { count: state.problems.length })}
          </Banner>
        ) : null}
        {state.error ? (
          <Banner tone="error">
            {t([`errors.${state.error}`, "errors.generic"], { message: state.error })}
          </Banner>
        ) : null}
        <AddressBookNav />
        <Routes>
          <Route index element={<ContactsScreen />} />
          <Route path="structures" element={<StructuresScreen />} />
          <Route path="competences" element={<SkillsScreen />} />
          <Route path="besoins" element={<MatchingScreen />} />
          <Route path="doublons" element={<DuplicatesScreen />} />
          <Route path="corbeille" element={<TrashScreen />} />
          <Route path="importer" element={<ImportScreen />} />
          <Route path=":contactId" element={<ContactScreen />} />
        </Routes>
      </div>
    </AddressBookContext.Provider>
  );
}
