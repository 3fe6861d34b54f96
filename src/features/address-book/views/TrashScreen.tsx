import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { selectArchived } from "../../../domain";
import { useAddressBookScreen } from "../AddressBookContext";

/** « Corbeille »: archived contacts, each restorable. */
export function TrashScreen() {
  const { t, i18n } = useTranslation();
  const { view, actions, readOnly } = useAddressBookScreen();
  const archived = useMemo(() => selectArchived(view), [view]);
  return (
    <section className="section" aria-labelledby="trash-title">
      <h2 id="trash-title">{t("addressBook.trash")}</h2>
      <p className="field-hint">{t("addressBook.trashView.intro")}</p>
      {archived.length === 0 ? <p>{t("addressBook.trashView.empty")}</p> : null}
      <ul className="plain-list">
        {archived.map((contact) => (
          <li key={contact.id} className="row trash-item" aria-label={contact.name}>
            <strong>{contact.name}</strong>
            {contact.archived ? (
              <span className="field-hint">
                {t("addressBook.trashView.archivedOn", {
                  date: new Date(contact.archived.at).toLocaleDateString(i18n.language),
                })}
              </span>
            ) : null}
            {readOnly ? null : (
              <button
                type="button"
                className="secondary"
                onClick={() => actions.restore(contact.id)}
              >
                {t("addressBook.trashView.restore", { name: contact.name })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
