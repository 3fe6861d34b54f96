import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../../ui/Field";
import { activeMembers } from "../members";
import { formatDay } from "../statusLabel";
import { MeetingCard } from "./MeetingCard";
import type { SeedSectionProps } from "./types";

/** « Rencontres »: date, place, who came, notes; the latest first. */
export function MeetingsSection({ view, actions, readOnly }: SeedSectionProps) {
  const { t, i18n } = useTranslation();
  const [date, setDate] = useState("");
  const [time, setTime] = useState("");
  const [place, setPlace] = useState("");
  const [error, setError] = useState<string | null>(null);
  const members = activeMembers(view);
  const meetings = Object.values(view.meetings)
    .filter((m) => m.archived === null)
    .sort(
      (a, b) =>
        (a.date === b.date ? 0 : a.date < b.date ? 1 : -1) ||
        (a.time === b.time ? 0 : a.time < b.time ? 1 : -1) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!date) {
      setError(t("seed.meetings.dateRequired"));
      return;
    }
    setError(null);
    if (actions.addMeeting({ date, time, place: place.trim() })) {
      setDate("");
      setTime("");
      setPlace("");
    }
  };

  return (
    <section className="section" aria-labelledby="seed-meetings-title">
      <h2 id="seed-meetings-title">{t("seed.meetings.title")}</h2>
      {readOnly ? null : (
        <form onSubmit={submit} aria-label={t("seed.meetings.add")} noValidate>
          <div className="grid-3">
            <Field
              label={t("seed.meetings.date")}
              type="date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
              error={error}
            />
            <Field
              label={t("seed.meetings.time")}
              type="time"
              value={time}
              onChange={(e) => setTime(e.target.value)}
            />
            <Field
              label={t("seed.meetings.place")}
              value={place}
              maxLength={300}
              onChange={(e) => setPlace(e.target.value)}
            />
          </div>
          <button type="submit">{t("seed.meetings.add")}</button>
        </form>
      )}
      {meetings.length === 0 ? <p>{t("seed.meetings.empty")}</p> : null}
      {meetings.map((meeting) => (
        <MeetingCard
          key={meeting.id}
          meeting={meeting}
          heading={t("seed.meetings.heading", { date: formatDay(meeting.date, i18n.language) })}
          day={formatDay(meeting.date, i18n.language)}
          members={members}
          actions={actions}
          readOnly={readOnly}
        />
      ))}
    </section>
  );
}
