import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ContactView } from "../../../domain";
import { useAddressBookScreen } from "../AddressBookContext";
import { needsConsent } from "../contactView";

/** Contacts as a comma-separated run of links, with the consent marker where it applies. */
export function ContactLinksInline({ contacts }: { contacts: readonly ContactView[] }) {
  const { t } = useTranslation();
  const { base } = useAddressBookScreen();
  return (
    <>
      {contacts.map((c, i) => (
        <Fragment key={c.id}>
          {i > 0 ? ", " : null}
          <Link to={`${base}/${c.id}`}>{c.name}</Link>
          {needsConsent(c) ? (
            <span className="badge consent-missing" title={t("addressBook.consentMissing")}>
              {t("addressBook.consentMissing")}
            </span>
          ) : null}
        </Fragment>
      ))}
    </>
  );
}
