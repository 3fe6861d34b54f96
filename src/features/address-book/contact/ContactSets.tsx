import { useId, useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ChipList } from "../../../ui/Chips";
import type { ContactView } from "../../../domain";
import { useAddressBookScreen } from "../AddressBookContext";
import { chipsOf } from "../contactView";

type SetName = "emails" | "phones" | "skills" | "themes" | "offers" | "needs";
const NEW_LABEL = {
  emails: "newEmails",
  phones: "newPhones",
  skills: "newSkills",
  themes: "newThemes",
  offers: "newOffers",
  needs: "newNeeds",
} as const;
const INPUT_TYPE: Partial<Record<SetName, string>> = { emails: "email", phones: "tel" };

/** Emails, phones, skills, themes, offers and needs: removable chips plus a small add form. */
export function ContactSets({ contact, readOnly }: { contact: ContactView; readOnly: boolean }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t("addressBook.contact.skillsAndNeeds")}</h3>
      <div className="grid-2">
        {(["emails", "phones", "skills", "themes", "offers", "needs"] as const).map((set) => (
          <SetEditor key={set} contact={contact} set={set} readOnly={readOnly} />
        ))}
      </div>
    </section>
  );
}

function SetEditor({
  contact,
  set,
  readOnly,
}: {
  contact: ContactView;
  set: SetName;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const { actions } = useAddressBookScreen();
  const [text, setText] = useState("");
  const inputId = useId();
  const chips = chipsOf(contact[set]);
  const label = t(`addressBook.fields.${set}`);
  const add = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    if (value && actions.addValue({ id: contact.id, set, value })) setText("");
  };
  return (
    <div className="set-editor" role="group" aria-label={label}>
      <h4>{label}</h4>
      {chips.length === 0 ? <p className="field-hint">{t("addressBook.chips.empty")}</p> : null}
      <ChipList
        label={label}
        chips={chips}
        readOnly={readOnly}
        removeLabel={(chip) => t("addressBook.chips.remove", { label: chip.label })}
        onRemove={(chip) => actions.removeValue({ id: contact.id, set, key: chip.key })}
      />
      {readOnly ? null : (
        <form className="inline-add" onSubmit={add} noValidate>
          <label htmlFor={inputId} className="visually-hidden">
            {t(`addressBook.fields.${NEW_LABEL[set]}`)}
          </label>
          <input
            id={inputId}
            type={INPUT_TYPE[set] ?? "text"}
            placeholder={t(`addressBook.fields.${NEW_LABEL[set]}`)}
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoComplete="off"
          />
          <button type="submit" className="secondary" disabled={!text.trim()}>
            {t("addressBook.chips.add")}
          </button>
        </form>
      )}
    </div>
  );
}
