import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../ui/Field";
import { AGENDA_KIND_IDS, selectAgenda } from "../../domain";
import type { AgendaKind, WorkshopView } from "../../domain";
import { useDirtyForm } from "../../pwa/DirtyForms";
import { AgendaItemRow } from "./AgendaItemRow";
import type { useWorkshop } from "./useWorkshop";

type Actions = ReturnType<typeof useWorkshop>["actions"];

/** « Programme de la journée »: ordered sequences with times and kinds, reorderable. */
export function AgendaEditor({
  view,
  actions,
  readOnly,
}: {
  view: WorkshopView;
  actions: Actions;
  readOnly: boolean;
}) {
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
                <div className="field">
                  <label htmlFor="new-agenda-kind">{t("agenda.kind")}</label>
                  <select
                    id="new-agenda-kind"
                    value={kind}
                    onChange={(e) => setKind(e.target.value as AgendaKind)}
                  >
                    {AGENDA_KIND_IDS.map((id) => (
                      <option key={id} value={id}>
                        {t(`agenda.kinds.${id}`)}
                      </option>
                    ))}
                  </select>
                </div>
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
