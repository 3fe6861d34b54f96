import { useId } from "react";
import { useTranslation } from "react-i18next";
import { AGENDA_KIND_IDS } from "../../domain";
import type { AgendaKind } from "../../domain";

/** « Type » of a sequence of the programme (inter-connaissance, repas…). */
export function AgendaKindSelect({
  value,
  disabled,
  onChange,
}: {
  value: AgendaKind;
  disabled?: boolean;
  onChange: (kind: AgendaKind) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t("agenda.kind")}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value as AgendaKind)}
      >
        {AGENDA_KIND_IDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`agenda.kinds.${kind}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
