import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { LinkOutcome } from "./journalCommands";

interface Props {
  initialHref: string;
  canRemove: boolean;
  onApply: (href: string) => LinkOutcome;
  onRemove: () => void;
  onClose: () => void;
}

/**
 * The « Lien » form: an address field checked against https:/mailto: before anything changes. A
 * refused address stays in the field with the reason, so nothing typed is lost.
 */
export function LinkForm({ initialHref, canRemove, onApply, onRemove, onClose }: Props) {
  const { t } = useTranslation();
  const [href, setHref] = useState(initialHref);
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = useId();
  const problemId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const outcome = onApply(href);
    if (outcome === "applied") onClose();
    else
      setProblem(
        outcome === "refused" ? t("journal.linkRefused") : t("journal.linkNeedsSelection"),
      );
  };

  return (
    <form className="journal-link-form" onSubmit={submit}>
      <label htmlFor={fieldId}>{t("journal.linkAddress")}</label>
      <input
        id={fieldId}
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        value={href}
        placeholder="https://"
        aria-invalid={problem !== null}
        aria-describedby={problem ? problemId : undefined}
        autoFocus
        onChange={(event) => {
          setHref(event.target.value);
          setProblem(null);
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape") onClose();
        }}
      />
      <button type="submit">{t("journal.linkApply")}</button>
      {canRemove ? (
        <button
          type="button"
          onClick={() => {
            onRemove();
            onClose();
          }}
        >
          {t("journal.linkRemove")}
        </button>
      ) : null}
      <button type="button" onClick={onClose}>
        {t("journal.linkCancel")}
      </button>
      {problem ? (
        <p id={problemId} role="alert" className="journal-link-problem">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
