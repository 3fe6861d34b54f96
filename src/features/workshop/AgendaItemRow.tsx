import { useTranslation } from "react-i18next";
import { Field, TextAreaField } from "../../ui/Field";
import type { AgendaItem } from "../../domain";
import { AgendaKindSelect } from "./AgendaKindSelect";
import type { WorkshopActions } from "./useWorkshop";

/** One sequence of the programme, edited in place. */
export function AgendaItemRow({
  item,
  index,
  count,
  actions,
  readOnly,
}: {
  item: AgendaItem;
  index: number;
  count: number;
  actions: WorkshopActions;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const label = item.title || `#${index + 1}`;
  return (
    <li className="agenda-item" aria-label={label}>
      <div>
        <div className="times">
          <Field
            label={t("agenda.start")}
            type="time"
            value={item.start}
            readOnly={readOnly}
            onChange={(e) => actions.updateAgendaItem({ id: item.id, start: e.target.value })}
          />
          <Field
            label={t("agenda.end")}
            type="time"
            value={item.end}
            readOnly={readOnly}
            onChange={(e) => actions.updateAgendaItem({ id: item.id, end: e.target.value })}
          />
          <AgendaKindSelect
            value={item.kind}
            disabled={readOnly}
            onChange={(kind) => actions.updateAgendaItem({ id: item.id, kind })}
          />
        </div>
        <Field
          label={t("agenda.itemTitle")}
          value={item.title}
          readOnly={readOnly}
          onChange={(e) => actions.updateAgendaItem({ id: item.id, title: e.target.value })}
        />
        <TextAreaField
          label={t("agenda.notes")}
          value={item.notes}
          readOnly={readOnly}
          rows={2}
          onChange={(e) => actions.updateAgendaItem({ id: item.id, notes: e.target.value })}
        />
      </div>
      {readOnly ? null : (
        <div className="actions">
          <button
            type="button"
            className="icon"
            aria-label={t("agenda.moveUp", { title: label })}
            disabled={index === 0}
            onClick={() => actions.moveAgendaItemBy({ id: item.id, delta: -1 })}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon"
            aria-label={t("agenda.moveDown", { title: label })}
            disabled={index === count - 1}
            onClick={() => actions.moveAgendaItemBy({ id: item.id, delta: 1 })}
          >
            ↓
          </button>
          <button
            type="button"
            className="icon"
            aria-label={t("agenda.remove", { title: label })}
            onClick={() => actions.removeAgendaItem({ id: item.id })}
          >
            ✕
          </button>
        </div>
      )}
    </li>
  );
}
