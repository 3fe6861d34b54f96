import { useTranslation } from "react-i18next";
import { isSeedStatus, SEED_STATUSES } from "../../../domain";
import { Field, TextAreaField } from "../../../ui/Field";
import { currentStatusOf } from "../summarize";
import { statusLabel } from "../statusLabel";
import { StatusHistory } from "./StatusHistory";
import type { SeedSectionProps } from "./types";

/** « La graine »: title and pitch (edited in place, merged by character), status, needs, bin. */
export function OverviewSection({
  view,
  actions,
  readOnly,
  bin,
}: SeedSectionProps & { bin: { archive: () => void; restore: () => void } }) {
  const { t } = useTranslation();
  const status = currentStatusOf(view);
  const needs = Object.values(view.needs).sort((a, b) => a.addedAt - b.addedAt);
  return (
    <>
      <section className="section" aria-labelledby="seed-overview-title">
        <h2 id="seed-overview-title">{t("seed.page.overview")}</h2>
        <Field
          label={t("seed.title")}
          value={view.title}
          readOnly={readOnly}
          maxLength={200}
          onChange={(e) => actions.setText("title", e.target.value)}
        />
        <TextAreaField
          label={t("seed.page.pitch")}
          value={view.pitch}
          readOnly={readOnly}
          maxLength={2000}
          onChange={(e) => actions.setText("pitch", e.target.value)}
        />
        <div className="field">
          <label htmlFor="seed-status">{t("seed.status.label")}</label>
          <select
            id="seed-status"
            value={status}
            disabled={readOnly}
            onChange={(e) => {
              if (isSeedStatus(e.target.value)) actions.setStatus(e.target.value);
            }}
          >
            {SEED_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(t, s)}
              </option>
            ))}
          </select>
        </div>
        <StatusHistory view={view} />
      </section>
      <section className="section" aria-labelledby="seed-needs-title">
        <h2 id="seed-needs-title">{t("seed.page.needs")}</h2>
        {needs.length === 0 ? <p>{t("seed.page.needsEmpty")}</p> : null}
        <ul className="seed-needs" aria-label={t("seed.page.needs")}>
          {needs.map((need) => (
            <li key={need.noteId}>
              <span>
                {need.text}{" "}
                {need.categoryTitle ? (
                  <span className="muted">
                    {t("seed.page.needFrom", { category: need.categoryTitle })}
                  </span>
                ) : null}
              </span>
              {readOnly ? null : (
                <button
                  type="button"
                  className="icon"
                  aria-label={t("seed.page.removeNeed", { text: need.text })}
                  onClick={() => actions.removeNeed(need.noteId)}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <div className="row">
        {view.archived ? (
          <button type="button" className="secondary" disabled={readOnly} onClick={bin.restore}>
            {t("seed.page.unarchive")}
          </button>
        ) : (
          <button type="button" className="danger" disabled={readOnly} onClick={bin.archive}>
            {t("seed.page.archive")}
          </button>
        )}
      </div>
    </>
  );
}
