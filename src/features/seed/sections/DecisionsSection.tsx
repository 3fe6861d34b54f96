import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { DECISION_METHODS } from "../../../domain";
import type { DecisionMethod } from "../../../domain";
import { Field, TextAreaField } from "../../../ui/Field";
import { DecisionCard } from "./DecisionCard";
import type { SeedSectionProps } from "./types";

/** Splits the options typed one per line (trimmed, non-empty, no duplicates). */
export function splitOptions(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of text.split("\n")) {
    const label = line.trim().replace(/\s+/g, " ");
    const key = label.toLocaleLowerCase();
    if (label && !seen.has(key)) {
      seen.add(key);
      out.push(label);
    }
  }
  return out;
}

/**
 * « Décisions »: proposals put to the groupe-action — simple majority, consent (an objection
 * blocks until addressed) or ranked vote; each member votes once; a closed decision is read-only.
 */
export function DecisionsSection({ view, actions, readOnly }: SeedSectionProps) {
  const { t } = useTranslation();
  const [question, setQuestion] = useState("");
  const [method, setMethod] = useState<DecisionMethod>("consent");
  const [options, setOptions] = useState("");
  const [error, setError] = useState<string | null>(null);
  const decisions = Object.values(view.decisions)
    .filter((d) => d.archived === null)
    .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = question.trim();
    const labels = method === "consent" ? [] : splitOptions(options);
    if (!q) {
      setError(t("seed.decisions.questionRequired"));
      return;
    }
    if (method !== "consent" && labels.length < 2) {
      setError(t("seed.decisions.optionsRequired"));
      return;
    }
    setError(null);
    if (actions.addDecision({ question: q, method, options: labels })) {
      setQuestion("");
      setOptions("");
    }
  };

  return (
    <section className="section" aria-labelledby="seed-decisions-title">
      <h2 id="seed-decisions-title">{t("seed.decisions.title")}</h2>
      {readOnly ? null : (
        <form onSubmit={submit} aria-label={t("seed.decisions.add")} noValidate>
          <h3>{t("seed.decisions.add")}</h3>
          <Field
            label={t("seed.decisions.question")}
            value={question}
            maxLength={500}
            onChange={(e) => setQuestion(e.target.value)}
            error={error}
          />
          <div className="field">
            <label htmlFor="seed-decision-method">{t("seed.decisions.method")}</label>
            <select
              id="seed-decision-method"
              value={method}
              onChange={(e) => {
                const next = DECISION_METHODS.find((m) => m === e.target.value);
                if (next) setMethod(next);
              }}
            >
              {DECISION_METHODS.map((m) => (
                <option key={m} value={m}>
                  {t(`seed.decisions.methods.${m}`)}
                </option>
              ))}
            </select>
          </div>
          {method === "consent" ? null : (
            <TextAreaField
              label={t("seed.decisions.options")}
              value={options}
              onChange={(e) => setOptions(e.target.value)}
            />
          )}
          <button type="submit">{t("seed.decisions.create")}</button>
        </form>
      )}
      {decisions.length === 0 ? <p>{t("seed.decisions.empty")}</p> : null}
      {decisions.map((decision) => (
        <DecisionCard
          key={decision.id}
          view={view}
          decision={decision}
          actions={actions}
          readOnly={readOnly}
        />
      ))}
    </section>
  );
}
