import { useTranslation } from "react-i18next";
import type { ImportPlan } from "../interop";
import { useAddressBookScreen } from "../AddressBookContext";

/** How many entries the summary lists by name before it only counts (long imports). */
const LIST_LIMIT = 50;

/**
 * « Avant d'importer »: what will be added, which entries look like contacts already here, what
 * was rejected and why. « Importer » writes all of it in one change.
 */
export function ImportSummary({
  plan,
  format,
  readOnly,
  includeDuplicates,
  onIncludeDuplicates,
  onConfirm,
  onCancel,
}: {
  plan: ImportPlan;
  format: "vcard" | "csv";
  readOnly: boolean;
  includeDuplicates: boolean;
  onIncludeDuplicates: (include: boolean) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { view } = useAddressBookScreen();
  // Cards are numbered from 1; CSV data rows start at line 2 (line 1 holds the headers).
  const where = (index: number) =>
    format === "vcard"
      ? t("addressBook.import.card", { n: index + 1 })
      : t("addressBook.import.row", { n: index + 2 });
  const dupCount = plan.possibleDuplicates.length;
  const writing = plan.toAdd.length + (includeDuplicates ? dupCount : 0);
  return (
    <section aria-labelledby="import-summary-title" className="import-summary">
      <h3 id="import-summary-title">{t("addressBook.import.summary")}</h3>
      <ul className="summary-counts">
        <li className="ok">{t("addressBook.import.toAdd", { count: plan.toAdd.length })}</li>
        <li className="warn">{t("addressBook.import.duplicates", { count: dupCount })}</li>
        {plan.duplicatesInFile.length > 0 ? (
          <li>{t("addressBook.import.inFile", { count: plan.duplicatesInFile.length })}</li>
        ) : null}
        <li className="bad">{t("addressBook.import.rejected", { count: plan.rejected.length })}</li>
      </ul>
      {dupCount > 0 ? (
        <details open={dupCount <= 10}>
          <summary>{t("addressBook.import.duplicates", { count: dupCount })}</summary>
          <ul className="plain-list">
            {plan.possibleDuplicates.slice(0, LIST_LIMIT).map((d) => (
              <li key={d.index}>
                {t("addressBook.import.duplicateOf", {
                  name: d.draft.name,
                  existing: view.contacts[d.existingId]?.name ?? d.existingId,
                  reasons: d.reasons
                    .map((r) => t(`addressBook.duplicatesView.reason_${r}`))
                    .join(", "),
                })}
              </li>
            ))}
          </ul>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={includeDuplicates}
              onChange={(e) => onIncludeDuplicates(e.target.checked)}
            />
            <span>{t("addressBook.import.includeDuplicates")}</span>
          </label>
        </details>
      ) : null}
      {plan.rejected.length > 0 ? (
        <details open={plan.rejected.length <= 10}>
          <summary>{t("addressBook.import.rejected", { count: plan.rejected.length })}</summary>
          <ul className="plain-list">
            {plan.rejected.slice(0, LIST_LIMIT).map((r) => (
              <li key={r.index}>
                {t("addressBook.import.rejectedItem", {
                  where: where(r.index),
                  reason: t([
                    `addressBook.import.reasons.${r.reason}`,
                    "addressBook.import.reasons.malformed",
                  ]),
                })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {plan.toAdd.length > 0 ? (
        <details>
          <summary>{t("addressBook.import.toAdd", { count: plan.toAdd.length })}</summary>
          <ul className="plain-list">
            {plan.toAdd.slice(0, LIST_LIMIT).map((draft, i) => (
              <li key={i}>{draft.name}</li>
            ))}
            {plan.toAdd.length > LIST_LIMIT ? <li>…</li> : null}
          </ul>
        </details>
      ) : null}
      {writing === 0 ? <p>{t("addressBook.import.nothing")}</p> : null}
      <div className="row">
        <button type="button" onClick={onConfirm} disabled={readOnly || writing === 0}>
          {t("addressBook.import.confirm")}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t("addressBook.import.cancel")}
        </button>
      </div>
    </section>
  );
}
