import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAddressBookScreen } from "../AddressBookContext";

/** Every merge recorded in the book, each undoable (it survives reload and sync). */
export function MergeHistory() {
  const { t } = useTranslation();
  const { contacts, view, base, actions, readOnly } = useAddressBookScreen();
  const merges = useMemo(
    () =>
      contacts.flatMap((target) =>
        target.mergedFrom.map((sourceId) => ({
          target,
          sourceId,
          sourceName: view.contacts[sourceId]?.name ?? sourceId,
        })),
      ),
    [contacts, view],
  );
  if (merges.length === 0) return null;
  return (
    <>
      <h3>{t("addressBook.duplicatesView.recent")}</h3>
      <ul className="plain-list">
        {merges.map((m) => (
          <li key={m.sourceId} className="row">
            <Link to={`${base}/${m.target.id}`}>
              {t("addressBook.duplicatesView.recentItem", {
                source: m.sourceName,
                target: m.target.name,
              })}
            </Link>
            {readOnly ? null : (
              <button
                type="button"
                className="secondary"
                onClick={() => actions.unmerge(m.sourceId)}
              >
                {t("addressBook.contact.unmerge", { name: m.sourceName })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
