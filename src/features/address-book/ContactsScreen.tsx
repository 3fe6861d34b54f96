import { useDeferredValue, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { filterContacts, searchContacts } from "../../domain";
import type { ContactId } from "../../domain";
import { useAddressBookScreen } from "./AddressBookContext";
import { ContactList } from "./ContactList";
import { QuickAddForm } from "./QuickAddForm";
import { ContactFilters, readFilters } from "./ContactFilters";
import { ExportDialog } from "./export/ExportDialog";

/** The default view: search, filters, the (virtualised) list, fast add, import and export. */
export function ContactsScreen() {
  const { t } = useTranslation();
  const { contacts, structures, names, base, actions, readOnly } = useAddressBookScreen();
  const [params, setParams] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const [exporting, setExporting] = useState(false);
  const query = params.get("q") ?? "";
  const filters = readFilters(params);
  // The box updates at once; the list follows as soon as React has a moment (5,000 contacts).
  const deferredQuery = useDeferredValue(query);
  // Not the query: the filtered list stays the same array while the user types.
  const filterKey = JSON.stringify(filters);
  const filtered = useMemo(
    () => filterContacts(contacts, filters),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- filters are read from filterKey
    [contacts, filterKey],
  );
  // The same filtered array from keystroke to keystroke lets the search narrow its last result.
  const shown = useMemo(() => searchContacts(filtered, deferredQuery), [filtered, deferredQuery]);
  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  const structureOptions = useMemo(
    () => structures.map((s) => ({ id: s.id as ContactId, name: s.name })),
    [structures],
  );

  return (
    <section className="section" aria-labelledby="carnet-title">
      <div className="section-header">
        <h2 id="carnet-title">
          {t("addressBook.title")}{" "}
          <span className="count">{t("addressBook.count", { count: contacts.length })}</span>
        </h2>
        <div className="row">
          {readOnly ? null : (
            <button
              type="button"
              aria-expanded={adding}
              className={adding ? "secondary" : undefined}
              onClick={() => setAdding((a) => !a)}
            >
              {t("addressBook.add.open")}
            </button>
          )}
          {readOnly ? null : (
            <Link className="button secondary" to={`${base}/importer`}>
              {t("addressBook.import.open")}
            </Link>
          )}
          <button type="button" className="secondary" onClick={() => setExporting(true)}>
            {t("addressBook.export.open")}
          </button>
        </div>
      </div>
      {adding && !readOnly ? (
        <QuickAddForm structures={structureOptions} onAdd={actions.quickAdd} />
      ) : null}
      <div className="search-row">
        <input
          type="search"
          aria-label={t("addressBook.search")}
          placeholder={t("addressBook.searchPlaceholder")}
          value={query}
          onChange={(e) => update({ q: e.target.value })}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <ContactFilters contacts={contacts} structures={structureOptions} update={update} />
      <p className="field-hint" aria-live="polite">
        {shown.length === contacts.length
          ? t("addressBook.count", { count: contacts.length })
          : t("addressBook.shown", { shown: shown.length, total: contacts.length })}
      </p>
      {contacts.length === 0 ? <p>{t("addressBook.empty")}</p> : null}
      {contacts.length > 0 && shown.length === 0 ? <p>{t("addressBook.noResult")}</p> : null}
      <ContactList contacts={shown} names={names} base={base} />
      <ExportDialog open={exporting} onClose={() => setExporting(false)} />
    </section>
  );
}
