import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../ui/Field";
import { selectAgenda } from "../../domain";
import type { AgendaKind } from "../../domain";
import { useDirtyForm } from "../../pwa/DirtyForms";
import { AgendaItemRow } from "./AgendaItemRow";
import { AgendaKindSelect } from "./AgendaKindSelect";
import type { WorkshopSectionProps } from "./useWorkshop";

/** « Programme de la journée »: ordered sequences with times and kinds, reorderable. */
export function AgendaEditor({ view, actions, readOnly }: WorkshopSectionProps) {
  const { t } = useTranslation();
  const items = selectAgenda(view);
  const [title, setTitle] = useState("");
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const [kind, setKind] = useState<AgendaKind>("inter-connaissance");
  useDirtyForm(title.length > 0);

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (actions.addAgendaItem({ title: title.trim(), start, end, kind })) {
      setTitle("");
      setStart(end);
      setEnd("");
    }
  };

  return (
    <section className="section" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t("agenda.title")}</h2>
      {items.length === 0 ? <p>{t("agenda.empty")}</p> : null}
      <ol className="agenda-list" aria-labelledby="agenda-title">
        {items.map((item, index) => (
          <AgendaItemRow
            key={item.id}
            item={item}
            index={index}
            count={items.length}
            actions={actions}
            readOnly={readOnly}
          />
        ))}
      </ol>
      {readOnly ? null : (
        <form onSubmit={add} noValidate aria-label={t("agenda.add")}>
          <h3>{t("agenda.add")}</h3>
          <div className="agenda-item" style={{ borderBottom: 0 }}>
            <div>
              <div className="times">
                <Field
                  label={t("agenda.start")}
                  type="time"
                  value={start}
                  onChange={(e) => setStart(e.target.value)}
                />
                <Field
                  label={t("agenda.end")}
                  type="time"
                  value={end}
                  onChange={(e) => setEnd(e.target.value)}
                />
                <AgendaKindSelect value={kind} onChange={setKind} />
              </div>
              <Field
                label={t("agenda.itemTitle")}
                value={title}
                onChange={(e) => setTitle(e.target.value)}
              />
            </div>
          </div>
          <button type="submit">{t("agenda.save")}</button>
        </form>
      )}
    </section>
  );
}
