import { useId } from "react";
import { useTranslation } from "react-i18next";
import { CONTACT_FIELDS, hasNameColumn, isContactField } from "../interop";
import type { ColumnMapping, CsvTable } from "../interop";
import { Banner } from "../../../ui/Banner";

/** How many rows the preview shows as examples under each column. */
const EXAMPLES = 2;

/**
 * The CSV column mapping, guessed from the headers (French or English) and editable per column;
 * the summary below follows every change.
 */
export function MappingPreview({
  table,
  mapping,
  onChange,
}: {
  table: CsvTable;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("addressBook.import.mapping")}</h3>
      <p className="field-hint">{t("addressBook.import.mappingHint")}</p>
      {hasNameColumn(mapping) ? null : (
        <Banner tone="warning">{t("addressBook.import.errors.no-name-column")}</Banner>
      )}
      <div className="table-scroll">
        <table className="mapping">
          <tbody>
            {table.headers.map((header, column) => {
              const examples = table.rows
                .slice(0, EXAMPLES)
                .map((row) => row[column] ?? "")
                .filter((v) => v.trim() !== "");
              const selectId = `${id}-col-${column}`;
              return (
                <tr key={column}>
                  <th scope="row">
                    <label htmlFor={selectId}>
                      {t("addressBook.import.column", { header: header || column + 1 })}
                    </label>
                    {examples.length > 0 ? (
                      <div className="example">
                        {t("addressBook.import.example", { value: examples.join(" · ") })}
                      </div>
                    ) : null}
                  </th>
                  <td>
                    <select
                      id={selectId}
                      value={mapping[column] ?? "ignore"}
                      onChange={(e) => {
                        const value = e.target.value;
                        onChange({
                          ...mapping,
                          [column]: isContactField(value) ? value : "ignore",
                        });
                      }}
                    >
                      <option value="ignore">{t("addressBook.import.ignore")}</option>
                      {CONTACT_FIELDS.map((field) => (
                        <option key={field} value={field}>
                          {t(`addressBook.import.targets.${field}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
