import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { selectStructures } from "../../../domain";
import { useAddressBookScreen } from "../AddressBookContext";
import { needsConsent } from "../contactView";

/** Structures with their members (people linked to them, with their role). */
export function StructuresScreen() {
  const { t } = useTranslation();
  const { view, base } = useAddressBookScreen();
  const structures = useMemo(() => selectStructures(view), [view]);
  return (
    <section className="section" aria-labelledby="structures-title">
      <h2 id="structures-title">{t("addressBook.structures")}</h2>
      {structures.length === 0 ? <p>{t("addressBook.structuresView.empty")}</p> : null}
      <ul className="card-list">
        {structures.map(({ structure: s, members }) => (
          <li key={s.id} className="card" aria-label={s.name}>
            <Link to={`${base}/${s.id}`}>{s.name}</Link>
            <p className="field-hint">
              {[
                s.structureType ? t(`addressBook.structureTypes.${s.structureType}`) : "",
                s.commune,
                t("addressBook.structuresView.members", { count: members.length }),
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {members.length > 0 ? (
              <ul className="plain-list">
                {members.map(({ contact, role }) => (
                  <li key={contact.id}>
                    <Link to={`${base}/${contact.id}`}>{contact.name}</Link>
                    {role || contact.role ? ` — ${role || contact.role}` : null}
                    {needsConsent(contact) ? (
                      <span className="badge consent-missing">
                        {t("addressBook.consentMissing")}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
