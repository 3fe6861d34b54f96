import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../ui/Field";
import { PROFILE_COLORS } from "./colors";

const MAX_NAME = 80;

/** Name + colour form, used at first launch and to add a profile on a shared tablet. */
export function ProfileForm({
  submitLabel,
  onSubmit,
}: {
  submitLabel: string;
  onSubmit: (name: string, color: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [color, setColor] = useState<string>(PROFILE_COLORS[0]);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > MAX_NAME) {
      setError(t("profile.nameRequired"));
      return;
    }
    onSubmit(trimmed, color).catch((e: unknown) =>
      setError(t("errors.generic", { message: String(e) })),
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Field
        label={t("profile.name")}
        value={name}
        onChange={(e) => setName(e.target.value)}
        autoComplete="name"
        maxLength={MAX_NAME}
        autoFocus
        error={error}
      />
      <fieldset className="swatches">
        <legend>{t("profile.color")}</legend>
        {PROFILE_COLORS.map((value, index) => (
          <label key={value} title={t("profile.colorOption", { index: index + 1 })}>
            <input
              type="radio"
              name="color"
              value={value}
              checked={color === value}
              onChange={() => setColor(value)}
              aria-label={t("profile.colorOption", { index: index + 1 })}
            />
            <span style={{ background: value }} />
          </label>
        ))}
      </fieldset>
      <button type="submit">{submitLabel}</button>
    </form>
  );
}
