import { useRef } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ContactId, ContactView } from "../../domain";
import { labelsOf, linksOf, needsConsent } from "./contactView";

/** Row height in px: fixed, so 5,000 rows cost nothing to measure. */
const ROW_HEIGHT = 76;
const SCROLL_BOX = { maxHeight: "min(70vh, 760px)", overflowY: "auto" } as const;

/**
 * The contacts, virtualised: only the rows on screen (plus a few) are in the DOM, so the list
 * stays smooth at 5,000 contacts on a tablet. Each row is a list item named after the contact.
 */
export function ContactList({
  contacts,
  names,
  base,
}: {
  contacts: readonly ContactView[];
  /** Contact id → display name, for the structures a person belongs to. */
  names: ReadonlyMap<ContactId, string>;
  /** Path of the carnet (`/atelier/<id>/carnet`). */
  base: string;
}) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: contacts.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => contacts[index]?.id ?? index,
  });
  return (
    // The bounded, scrolling box is what makes the list virtual (the stylesheet adds the look):
    // without it the box grows to 5,000 rows and every row is rendered.
    <div ref={scrollRef} className="contact-scroll" style={SCROLL_BOX} tabIndex={-1}>
      <ul
        className="contact-list"
        aria-label={t("addressBook.list")}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const contact = contacts[item.index];
          if (!contact) return null;
          return (
            <ContactRow
              key={item.key}
              contact={contact}
              names={names}
              base={base}
              top={item.start}
              position={item.index + 1}
              size={contacts.length}
              consentLabel={t("addressBook.consentMissing")}
              structureLabel={t("addressBook.structureBadge")}
            />
          );
        })}
      </ul>
    </div>
  );
}

function ContactRow({
  contact,
  names,
  base,
  top,
  position,
  size,
  consentLabel,
  structureLabel,
}: {
  contact: ContactView;
  names: ReadonlyMap<ContactId, string>;
  base: string;
  top: number;
  position: number;
  size: number;
  consentLabel: string;
  structureLabel: string;
}) {
  const structures = linksOf(contact)
    .map((link) => names.get(link.id))
    .filter((name): name is string => Boolean(name));
  const details = [contact.role, ...structures, contact.commune].filter(Boolean).join(" · ");
  const skills = labelsOf(contact.skills).join(", ");
  return (
    <li
      className="contact-row"
      aria-label={contact.name}
      // Only a window of rows exists in the DOM: tell assistive tech where this one sits.
      aria-posinset={position}
      aria-setsize={size}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
    >
      <div className="contact-row-main">
        <Link to={`${base}/${contact.id}`}>{contact.name}</Link>
        {contact.kind === "structure" ? (
          <span className="badge muted">{structureLabel}</span>
        ) : null}
        {needsConsent(contact) ? (
          <span className="badge consent-missing">{consentLabel}</span>
        ) : null}
      </div>
      <div className="contact-row-details">
        {details}
        {details && skills ? " — " : null}
        {skills ? <span className="contact-row-skills">{skills}</span> : null}
      </div>
    </li>
  );
}
