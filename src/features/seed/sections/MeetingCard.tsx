import { useTranslation } from "react-i18next";
import type { MeetingId, SeedView } from "../../../domain";
import { Field, TextAreaField } from "../../../ui/Field";
import type { MemberRow } from "../members";
import type { SeedActions } from "../useSeed";

type Meeting = SeedView["meetings"][MeetingId];

/** One meeting: place, who came (checkboxes), notes edited in place. */
export function MeetingCard({
  meeting,
  heading,
  day,
  members,
  actions,
  readOnly,
}: {
  meeting: Meeting;
  heading: string;
  /** The meeting's date as shown (for the remove button's name). */
  day: string;
  members: readonly MemberRow[];
  actions: SeedActions;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  return (
    <article className="card seed-meeting" aria-label={heading}>
      <div className="section-header">
        <h3>
          {heading}
          {meeting.time ? ` · ${meeting.time}` : ""}
        </h3>
        {readOnly ? null : (
          <button
            type="button"
            className="icon"
            aria-label={t("seed.meetings.remove", { date: day })}
            onClick={() => actions.removeMeeting(meeting.id)}
          >
            ×
          </button>
        )}
      </div>
      <Field
        label={t("seed.meetings.place")}
        value={meeting.place}
        readOnly={readOnly}
        maxLength={300}
        onChange={(e) => actions.updateMeeting(meeting.id, { place: e.target.value })}
      />
      <fieldset className="segmented" disabled={readOnly}>
        <legend>{t("seed.meetings.attendees")}</legend>
        {members.map((m) => (
          <label key={m.id} className="toggle">
            <input
              type="checkbox"
              checked={meeting.attendees[m.id] === true}
              onChange={(e) => actions.setAttendance(meeting.id, m.id, e.target.checked)}
            />
            <span>{m.displayName}</span>
          </label>
        ))}
      </fieldset>
      <TextAreaField
        label={t("seed.meetings.notes")}
        value={meeting.notes}
        readOnly={readOnly}
        maxLength={20000}
        onChange={(e) => actions.updateMeeting(meeting.id, { notes: e.target.value })}
      />
    </article>
  );
}
