import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { ContactView } from "../../../domain";
import { useAddressBookScreen } from "../AddressBookContext";

/** Where the record comes from, the records merged into it (each undoable), and archiving. */
export function ContactFooter({ contact, readOnly }: { contact: ContactView; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const { view, actions, base } = useAddressBookScreen();
  const navigate = useNavigate();
  const merged = contact.mergedFrom;
  const nameOf = (id: string) => rawName(view, id);
  return (
    <footer className="section contact-footer">
      <p className="field-hint">
        {t("addressBook.contact.createdBy", {
          date: new Date(contact.createdAt).toLocaleDateString(i18n.language),
          source: t(`addressBook.sources.${contact.source}`),
        })}
      </p>
      {merged.length > 0 ? (
        <>
          <p>{t("addressBook.contact.mergedFrom", { count: merged.length })}</p>
          {readOnly ? null : (
            <div className="row">
              {merged.map((sourceId) => (
                <button
                  key={sourceId}
                  type="button"
                  className="secondary"
                  onClick={() => actions.unmerge(sourceId)}
                >
                  {t("addressBook.contact.unmerge", { name: nameOf(sourceId) })}
                </button>
              ))}
            </div>
          )}
        </>
      ) : null}
      {readOnly || contact.archived ? null : (
        <>
          <p className="field-hint">{t("addressBook.contact.archiveHint")}</p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              if (actions.archive(contact.id)) navigate(base);
            }}
          >
            {t("addressBook.contact.archive")}
          </button>
        </>
      )}
    </footer>
  );
}

/** The name stored on a record itself (merged records are folded away from the lists). */
function rawName(view: { contacts: Readonly<Record<string, { name: string }>> }, id: string) {
  return view.contacts[id]?.name || id;
}
