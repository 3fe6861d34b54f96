import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field, TextAreaField } from "../../../ui/Field";
import { formatDay } from "../statusLabel";
import type { SeedSectionProps } from "./types";

const TEXTS = ["hypotheses", "trials", "indicators"] as const;

/**
 * « Protocole d'expérimentation » (optional): hypotheses, what will be tried, impact indicators,
 * and iterations with what each one taught.
 */
export function ProtocolSection({ view, actions, readOnly }: SeedSectionProps) {
  const { t, i18n } = useTranslation();
  const [date, setDate] = useState("");
  const protocol = view.protocol;
  const iterations = Object.values(protocol.iterations)
    .filter((it) => it.archived === null)
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : 1));

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (actions.addIteration({ date })) setDate("");
  };

  return (
    <section className="section" aria-labelledby="seed-protocol-title">
      <h2 id="seed-protocol-title">{t("seed.protocol.title")}</h2>
      <p className="field-hint">{t("seed.protocol.intro")}</p>
      <label className="toggle">
        <input
          type="checkbox"
          checked={protocol.enabled}
          disabled={readOnly}
          onChange={(e) => actions.setProtocolEnabled(e.target.checked)}
        />
        <span>{t("seed.protocol.enable")}</span>
      </label>
      {protocol.enabled ? (
        <>
          {TEXTS.map((field) => (
            <TextAreaField
              key={field}
              label={t(`seed.protocol.${field}`)}
              value={protocol[field]}
              readOnly={readOnly}
              maxLength={10000}
              onChange={(e) => actions.setProtocolText(field, e.target.value)}
            />
          ))}
          <h3>{t("seed.protocol.iterations")}</h3>
          {iterations.length === 0 ? <p>{t("seed.protocol.empty")}</p> : null}
          {iterations.map((it) => {
            const heading = it.date
              ? t("seed.protocol.iteration", { date: formatDay(it.date, i18n.language) })
              : t("seed.protocol.iterationUndated");
            return (
              <article key={it.id} className="card seed-meeting" aria-label={heading}>
                <h4>{heading}</h4>
                <TextAreaField
                  label={t("seed.protocol.tried")}
                  value={it.tried}
                  readOnly={readOnly}
                  maxLength={5000}
                  onChange={(e) => actions.updateIteration(it.id, { tried: e.target.value })}
                />
                <TextAreaField
                  label={t("seed.protocol.learned")}
                  value={it.learned}
                  readOnly={readOnly}
                  maxLength={5000}
                  onChange={(e) => actions.updateIteration(it.id, { learned: e.target.value })}
                />
              </article>
            );
          })}
          {readOnly ? null : (
            <form onSubmit={add} aria-label={t("seed.protocol.addIteration")} className="row">
              <Field
                label={t("seed.protocol.iterationDate")}
                type="date"
                value={date}
                onChange={(e) => setDate(e.target.value)}
              />
              <button type="submit">{t("seed.protocol.addIteration")}</button>
            </form>
          )}
        </>
      ) : null}
    </section>
  );
}
