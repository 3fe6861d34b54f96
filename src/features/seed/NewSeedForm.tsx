import { useState } from "react";
import type { FormEvent } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { Field } from "../../ui/Field";
import { Banner } from "../../ui/Banner";
import type { WorkshopDoc } from "../../domain";
import { useDirtyForm } from "../../pwa/DirtyForms";
import { readNeedDraft, titleFromNeed } from "./needDraft";
import { useCreateSeed } from "./useCreateSeed";

/**
 * « Nouvelle graine »: only a title is needed (the rest is on the seed's page). Opened from a need
 * of the board, it shows the need and suggests its text as the title.
 */
export function NewSeedForm({
  workshopHandle,
  workshopTitle,
  readOnly,
  onCancel,
}: {
  workshopHandle: DocHandle<WorkshopDoc> | undefined;
  workshopTitle: string;
  readOnly: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const need = readNeedDraft(location.state);
  const { create, error: linkError } = useCreateSeed(workshopHandle, workshopTitle, readOnly);
  const [title, setTitle] = useState(() => (need ? titleFromNeed(need.text) : ""));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useDirtyForm(title.length > 0 && !busy);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      setError(t("seed.titleRequired"));
      return;
    }
    setBusy(true);
    setError(null);
    create(trimmed.slice(0, 200), need).then(
      (documentId) => navigate(`/graine/${documentId}?atelier=${workshopHandle?.documentId ?? ""}`),
      (e: unknown) => {
        setBusy(false);
        setError(t("seed.error.create", { message: e instanceof Error ? e.message : String(e) }));
      },
    );
  };

  return (
    <form className="section" onSubmit={submit} noValidate aria-labelledby="new-seed-title">
      <h2 id="new-seed-title">{t("seed.newSeed")}</h2>
      {need ? (
        <p className="seed-need-intro">
          {t("seed.fromNeedIntro", { text: need.text, category: need.categoryTitle })}
        </p>
      ) : null}
      <Field
        label={t("seed.title")}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        maxLength={200}
        autoFocus
        error={error}
      />
      {linkError ? (
        <Banner tone="error">
          {t([`errors.${linkError}`, "seed.error.generic"], { message: linkError })}
        </Banner>
      ) : null}
      {busy ? <p aria-live="polite">{t("seed.creating")}</p> : null}
      <div className="row">
        <button type="submit" disabled={busy || readOnly}>
          {t("seed.create")}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t("seed.cancel")}
        </button>
      </div>
    </form>
  );
}
