import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ContactView, SeedView } from "../../../domain";
import { Field } from "../../../ui/Field";
import { alreadyMember } from "../members";
import type { SeedActions } from "../useSeed";

/**
 * Adding members: from the atelier's carnet when this device has it (the contact id plus the
 * name the person agreed to show, pre-filled with the carnet's name), or by name.
 */
export function AddMemberForms({
  view,
  actions,
  carnet,
}: {
  view: SeedView;
  actions: SeedActions;
  carnet: readonly ContactView[] | null;
}) {
  const { t } = useTranslation();
  const [contactId, setContactId] = useState("");
  const [agreed, setAgreed] = useState("");
  const [name, setName] = useState("");
  const [error, setError] = useState<{ form: "carnet" | "name"; text: string } | null>(null);
  const people = (carnet ?? []).filter((c) => c.kind === "person" && c.archived === null);

  const add = (
    form: "carnet" | "name",
    member: { contactId: string | null; displayName: string },
  ) => {
    const displayName = member.displayName.trim();
    if (!displayName) {
      setError({ form, text: t("seed.members.nameRequired") });
      return false;
    }
    if (alreadyMember(view, { ...member, displayName })) {
      setError({ form, text: t("seed.members.already", { name: displayName }) });
      return false;
    }
    setError(null);
    return actions.addMember({ contactId: member.contactId, displayName });
  };

  const submitCarnet = (event: FormEvent) => {
    event.preventDefault();
    if (!contactId) return;
    if (add("carnet", { contactId, displayName: agreed })) {
      setContactId("");
      setAgreed("");
    }
  };
  const submitName = (event: FormEvent) => {
    event.preventDefault();
    if (add("name", { contactId: null, displayName: name })) setName("");
  };

  return (
    <div className="grid-2 seed-add-member">
      {carnet ? (
        <form onSubmit={submitCarnet} aria-label={t("seed.members.fromCarnet")} noValidate>
          <h3>{t("seed.members.fromCarnet")}</h3>
          <div className="field">
            <label htmlFor="seed-member-contact">{t("seed.members.pickContact")}</label>
            <select
              id="seed-member-contact"
              value={contactId}
              onChange={(e) => {
                setContactId(e.target.value);
                setAgreed(people.find((c) => c.id === e.target.value)?.name ?? "");
              }}
            >
              <option value="">{t("seed.members.pickPlaceholder")}</option>
              {people.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <Field
            label={t("seed.members.agreedName")}
            value={agreed}
            maxLength={200}
            onChange={(e) => setAgreed(e.target.value)}
            error={error?.form === "carnet" ? error.text : null}
          />
          <button type="submit" disabled={!contactId}>
            {t("seed.members.addFromCarnet")}
          </button>
        </form>
      ) : (
        <p className="field-hint">{t("seed.members.noCarnet")}</p>
      )}
      <form onSubmit={submitName} aria-label={t("seed.members.byName")} noValidate>
        <h3>{t("seed.members.byName")}</h3>
        <Field
          label={t("seed.members.name")}
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          error={error?.form === "name" ? error.text : null}
        />
        <button type="submit">{t("seed.members.add")}</button>
      </form>
    </div>
  );
}
