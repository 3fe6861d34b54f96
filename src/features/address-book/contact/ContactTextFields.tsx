import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Field, TextAreaField } from "../../../ui/Field";
import { STRUCTURE_TYPES } from "../../../domain";
import type { ContactView } from "../../../domain";
import { useAddressBookScreen } from "../AddressBookContext";

/** Name, kind, role, address, commune, website, notes: saved on every keystroke, merged by character. */
export function ContactTextFields({
  contact,
  readOnly,
}: {
  contact: ContactView;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const { actions, liveText } = useAddressBookScreen();
  const typeId = useId();
  const id = contact.id;
  return (
    <>
      <section className="section" aria-labelledby={`${typeId}-identity`}>
        <h3 id={`${typeId}-identity`}>{t("addressBook.contact.identity")}</h3>
        <div className="grid-2">
          <Field
            label={t("addressBook.fields.name")}
            value={liveText(id, "name") ?? contact.name}
            readOnly={readOnly}
            maxLength={200}
            onChange={(e) => actions.setText({ id, field: "name", value: e.target.value })}
          />
          <fieldset className="segmented" disabled={readOnly}>
            <legend>{t("addressBook.kind")}</legend>
            {(["person", "structure"] as const).map((kind) => (
              <label key={kind}>
                <input
                  type="radio"
                  name={`${typeId}-kind`}
                  checked={contact.kind === kind}
                  onChange={() => actions.setKind({ id, kind })}
                />
                <span>{t(`addressBook.${kind}`)}</span>
              </label>
            ))}
          </fieldset>
        </div>
        <div className="grid-2">
          {contact.kind === "structure" ? (
            <div className="field">
              <label htmlFor={`${typeId}-stype`}>{t("addressBook.fields.structureType")}</label>
              <select
                id={`${typeId}-stype`}
                value={contact.structureType}
                disabled={readOnly}
                onChange={(e) =>
                  actions.setKind({
                    id,
                    kind: "structure",
                    structureType: e.target.value as ContactView["structureType"],
                  })
                }
              >
                {STRUCTURE_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`addressBook.structureTypes.${type}`)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <Field
            label={t("addressBook.fields.role")}
            value={liveText(id, "role") ?? contact.role}
            readOnly={readOnly}
            onChange={(e) => actions.setText({ id, field: "role", value: e.target.value })}
          />
        </div>
      </section>
      <section className="section" aria-labelledby={`${typeId}-details`}>
        <h3 id={`${typeId}-details`}>{t("addressBook.contact.details")}</h3>
        <div className="grid-2">
          <Field
            label={t("addressBook.fields.address")}
            value={liveText(id, "address") ?? contact.address}
            readOnly={readOnly}
            onChange={(e) => actions.setText({ id, field: "address", value: e.target.value })}
          />
          <Field
            label={t("addressBook.fields.commune")}
            value={liveText(id, "commune") ?? contact.commune}
            readOnly={readOnly}
            onChange={(e) => actions.setText({ id, field: "commune", value: e.target.value })}
          />
          <Field
            label={t("addressBook.fields.website")}
            type="url"
            inputMode="url"
            value={liveText(id, "website") ?? contact.website}
            readOnly={readOnly}
            onChange={(e) => actions.setText({ id, field: "website", value: e.target.value })}
          />
        </div>
        <TextAreaField
          label={t("addressBook.fields.notes")}
          value={liveText(id, "notes") ?? contact.notes}
          readOnly={readOnly}
          onChange={(e) => actions.setText({ id, field: "notes", value: e.target.value })}
        />
      </section>
    </>
  );
}
