import { useId, useRef, useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../ui/Field";
import { ChipsInput, splitChips } from "../../ui/Chips";
import { useDirtyForm } from "../../pwa/DirtyForms";
import type { ContactId } from "../../domain";
import { EMPTY_QUICK_ADD, planQuickAdd } from "./quickAdd";
import type { QuickAddPlan, QuickAddValues } from "./quickAdd";

type ChipField = "skills" | "offers" | "needs";
const CHIP_FIELDS: readonly ChipField[] = ["skills", "offers", "needs"];

/**
 * « Ajouter un contact » during a tour de table: only « Nom » is required, Enter saves, and the
 * form stays open, empty, with the focus back on « Nom » for the next person.
 */
export function QuickAddForm({
  structures,
  onAdd,
}: {
  structures: readonly { id: ContactId; name: string }[];
  onAdd: (plan: QuickAddPlan) => boolean;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<QuickAddValues>(EMPTY_QUICK_ADD);
  // Text typed after the last comma of each chips field, kept apart so no value is lost.
  const [pending, setPending] = useState<Record<ChipField, string>>({
    skills: "",
    offers: "",
    needs: "",
  });
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusName = () => {
    const field = formRef.current?.elements.namedItem("name");
    if (field instanceof HTMLInputElement) field.focus();
  };
  const listId = useId();
  const dirty =
    values.name !== "" || CHIP_FIELDS.some((f) => values[f].length > 0 || pending[f] !== "");
  useDirtyForm(dirty);

  const set = <K extends keyof QuickAddValues>(key: K, value: QuickAddValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const complete = { ...values };
    for (const f of CHIP_FIELDS) complete[f] = [...values[f], ...splitChips(pending[f])];
    const plan = planQuickAdd(complete, structures);
    if (!plan) {
      setMessage({ tone: "error", text: t("addressBook.add.nameRequired") });
      focusName();
      return;
    }
    if (onAdd(plan)) {
      setMessage({ tone: "ok", text: t("addressBook.add.saved", { name: plan.draft.name }) });
      // Keep the kind and structure: in a tour de table, neighbours often come together.
      setValues({ ...EMPTY_QUICK_ADD, kind: values.kind });
      setPending({ skills: "", offers: "", needs: "" });
    }
    focusName();
  };

  return (
    <form
      className="section quick-add"
      ref={formRef}
      onSubmit={submit}
      noValidate
      aria-label={t("addressBook.add.open")}
    >
      <p className="field-hint">{t("addressBook.add.hint")}</p>
      <div className="grid-2">
        <Field
          name="name"
          label={t("addressBook.add.name")}
          value={values.name}
          required
          autoFocus
          autoComplete="off"
          maxLength={200}
          onChange={(e) => set("name", e.target.value)}
        />
        <fieldset className="segmented">
          <legend>{t("addressBook.kind")}</legend>
          {(["person", "structure"] as const).map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name="quick-add-kind"
                value={kind}
                checked={values.kind === kind}
                onChange={() => set("kind", kind)}
              />
              <span>{t(`addressBook.${kind}`)}</span>
            </label>
          ))}
        </fieldset>
      </div>
      <div className="grid-3">
        {values.kind === "person" ? (
          <Field
            label={t("addressBook.add.structureName")}
            value={values.structure}
            list={listId}
            autoComplete="off"
            onChange={(e) => set("structure", e.target.value)}
          />
        ) : null}
        <Field
          label={t("addressBook.add.role")}
          value={values.role}
          autoComplete="off"
          onChange={(e) => set("role", e.target.value)}
        />
        <Field
          label={t("addressBook.add.email")}
          type="email"
          inputMode="email"
          autoComplete="off"
          value={values.email}
          onChange={(e) => set("email", e.target.value)}
        />
        <Field
          label={t("addressBook.add.phone")}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          value={values.phone}
          onChange={(e) => set("phone", e.target.value)}
        />
      </div>
      <datalist id={listId}>
        {structures.map((s) => (
          <option key={s.id} value={s.name} />
        ))}
      </datalist>
      <div className="grid-3">
        {CHIP_FIELDS.map((f) => (
          <ChipsInput
            key={f}
            label={t(`addressBook.add.${f}`)}
            hint={t("addressBook.add.chipsHint")}
            chips={values[f]}
            text={pending[f]}
            removeLabel={(label) => t("addressBook.chips.remove", { label })}
            onChange={(next) => {
              set(f, next.chips);
              setPending((p) => ({ ...p, [f]: next.text }));
            }}
          />
        ))}
      </div>
      <div className="row">
        <button type="submit">{t("addressBook.add.save")}</button>
        <span
          aria-live="polite"
          className={message?.tone === "error" ? "field-error" : "field-hint"}
        >
          {message?.text}
        </span>
      </div>
    </form>
  );
}
