import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../ui/Field";
import { selectSessions } from "../../domain";
import type { WorkshopSectionProps } from "./useWorkshop";

/** The atelier's dates and places (a thematic day may span several sessions). */
export function SessionsEditor({ view, actions, readOnly }: WorkshopSectionProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState("");
  const [place, setPlace] = useState("");
  const sessions = selectSessions(view);

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (actions.addSession({ date, place })) {
      setDate("");
      setPlace("");
    }
  };

  return (
    <section className="section" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t("sessions.title")}</h2>
      {sessions.length === 0 ? <p>{t("sessions.empty")}</p> : null}
      <ul className="agenda-list">
        {sessions.map((session) => (
          <li key={session.id} className="agenda-item">
            <div className="grid-2">
              <Field
                label={t("sessions.date")}
                type="date"
                value={session.date}
                readOnly={readOnly}
                onChange={(e) => actions.updateSession({ id: session.id, date: e.target.value })}
              />
              <Field
                label={t("sessions.place")}
                value={session.place}
                readOnly={readOnly}
                onChange={(e) => actions.updateSession({ id: session.id, place: e.target.value })}
              />
            </div>
            {readOnly ? null : (
              <div className="actions">
                <button
                  type="button"
                  className="icon"
                  aria-label={t("sessions.remove", { date: session.date || session.place })}
                  onClick={() => actions.removeSession({ id: session.id })}
                >
                  ✕
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {readOnly ? null : (
        <form onSubmit={add} className="grid-2" noValidate>
          <Field
            label={t("sessions.date")}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
          <Field
            label={t("sessions.place")}
            value={place}
            onChange={(e) => setPlace(e.target.value)}
          />
          <div>
            <button type="submit" className="secondary">
              {t("sessions.add")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
