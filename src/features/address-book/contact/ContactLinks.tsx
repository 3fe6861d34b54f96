import { useId, useMemo, useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ContactId, ContactView } from "../../../domain";
import { useAddressBookScreen } from "../AddressBookContext";
import { linksOf } from "../contactView";

/** A person's structures (with the role in each), or a structure's members. */
export function ContactLinks({ contact, readOnly }: { contact: ContactView; readOnly: boolean }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="section" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {contact.kind === "structure"
          ? t("addressBook.contact.members")
          : t("addressBook.contact.links")}
      </h3>
      {contact.kind === "structure" ? (
        <Members structureId={contact.id} />
      ) : (
        <Memberships contact={contact} readOnly={readOnly} />
      )}
    </section>
  );
}

function Members({ structureId }: { structureId: ContactId }) {
  const { t } = useTranslation();
  const { contacts, base } = useAddressBookScreen();
  const members = useMemo(
    () =>
      contacts.flatMap((c) => {
        const link = linksOf(c).find((l) => l.id === structureId);
        return link ? [{ contact: c, role: link.role }] : [];
      }),
    [contacts, structureId],
  );
  if (members.length === 0) return <p>{t("addressBook.contact.noMembers")}</p>;
  return (
    <ul className="plain-list">
      {members.map(({ contact, role }) => (
        <li key={contact.id}>
          <Link to={`${base}/${contact.id}`}>{contact.name}</Link>
          {role || contact.role ? ` — ${role || contact.role}` : null}
        </li>
      ))}
    </ul>
  );
}

function Memberships({ contact, readOnly }: { contact: ContactView; readOnly: boolean }) {
  const { t } = useTranslation();
  const { structures, names, base, actions } = useAddressBookScreen();
  const [structureId, setStructureId] = useState("");
  const [role, setRole] = useState("");
  const id = useId();
  const links = linksOf(contact);
  const available = structures.filter((s) => !links.some((l) => l.id === s.id));
  const link = (event: FormEvent) => {
    event.preventDefault();
    if (!structureId) return;
    const ok = actions.link({
      personId: contact.id,
      structureId: structureId as ContactId,
      role: role.trim(),
    });
    if (ok) {
      setStructureId("");
      setRole("");
    }
  };
  return (
    <>
      {links.length === 0 ? <p>{t("addressBook.contact.noLinks")}</p> : null}
      <ul className="plain-list">
        {links.map((l) => {
          const name = names.get(l.id) ?? "—";
          return (
            <li key={l.id} className="row">
              <Link to={`${base}/${l.id}`}>{name}</Link>
              {l.role ? <span>— {l.role}</span> : null}
              {readOnly ? null : (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => actions.unlink({ personId: contact.id, structureId: l.id })}
                >
                  {t("addressBook.contact.unlink", { name })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {readOnly || available.length === 0 ? null : (
        <form className="link-form" onSubmit={link} aria-label={t("addressBook.contact.linkTo")}>
          <div className="field">
            <label htmlFor={`${id}-structure`}>{t("addressBook.contact.linkStructure")}</label>
            <select
              id={`${id}-structure`}
              value={structureId}
              onChange={(e) => setStructureId(e.target.value)}
            >
              <option value="">{t("addressBook.contact.linkChoose")}</option>
              {available.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-role`}>{t("addressBook.contact.linkRole")}</label>
            <input id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value)} />
          </div>
          <button type="submit" disabled={!structureId}>
            {t("addressBook.contact.link")}
          </button>
        </form>
      )}
    </>
  );
}
