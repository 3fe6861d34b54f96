import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Field } from "../../ui/Field";
import { useDirtyForm } from "../../pwa/DirtyForms";
import { useCreateAtelier } from "./useCreateAtelier";

/** « Nouvel atelier »: only a title is needed; the rest is edited on the atelier page. */
export function NewAtelierForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAtelier();
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useDirtyForm(title.length > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      setError(t("newAtelier.titleRequired"));
      return;
    }
    setBusy(true);
    create(trimmed).then(
      (documentId) => navigate(`/atelier/${documentId}`),
      (e: unknown) => {
        setBusy(false);
        setError(t("errors.generic", { message: e instanceof Error ? e.message : String(e) }));
      },
    );
  };

  return (
    <form className="section" onSubmit={submit} noValidate>
      <h2>{t("home.newAtelier")}</h2>
      <Field
        label={t("newAtelier.title")}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        maxLength={200}
        autoFocus
        error={error}
      />
      <div className="row">
        <button type="submit" disabled={busy}>
          {t("newAtelier.create")}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t("newAtelier.cancel")}
        </button>
      </div>
    </form>
  );
}
