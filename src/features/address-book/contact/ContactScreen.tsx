import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Banner } from "../../../ui/Banner";
import { selectContact } from "../../../domain";
import type { ContactId } from "../../../domain";
import { useAddressBookScreen } from "../AddressBookContext";
import { needsConsent } from "../contactView";
import { ContactTextFields } from "./ContactTextFields";
import { ContactSets } from "./ContactSets";
import { ContactLinks } from "./ContactLinks";
import { ConsentSection } from "./ConsentSection";
import { ContactFooter } from "./ContactFooter";

/** `carnet/<contactId>`: every field editable in place, saved as you type. */
export function ContactScreen() {
  const { t } = useTranslation();
  const { contactId = "" } = useParams();
  const { view, base, actions, readOnly } = useAddressBookScreen();
  const contact = selectContact(view, contactId as ContactId);
  if (!contact) {
    return (
      <section className="section">
        <Banner tone="warning">{t("addressBook.contact.notFound")}</Banner>
        <Link to={base}>{t("addressBook.contact.back")}</Link>
      </section>
    );
  }
  // A merged record's page shows the record it joined, where both sides' values are.
  const archived = contact.archived !== null;
  const locked = readOnly || archived;
  return (
    <article className="contact-page" aria-labelledby="contact-name">
      <p>
        <Link to={base}>← {t("addressBook.contact.back")}</Link>
      </p>
      <h2 id="contact-name" className="row">
        {contact.name || "—"}
        {needsConsent(contact) ? (
          <span className="badge consent-missing">{t("addressBook.consentMissing")}</span>
        ) : null}
      </h2>
      {archived ? (
        <Banner tone="warning">
          {t("addressBook.contact.archived")}{" "}
          {readOnly ? null : (
            <button type="button" className="secondary" onClick={() => actions.restore(contact.id)}>
              {t("addressBook.contact.restore")}
            </button>
          )}
        </Banner>
      ) : null}
      <ContactTextFields contact={contact} readOnly={locked} />
      <ContactLinks contact={contact} readOnly={locked} />
      <ContactSets contact={contact} readOnly={locked} />
      {contact.kind === "person" ? (
        <ConsentSection
          key={`${contact.id}-${contact.consent.recordedAt ?? ""}`}
          contact={contact}
          readOnly={locked}
        />
      ) : null}
      <ContactFooter contact={contact} readOnly={readOnly} />
    </article>
  );
}
