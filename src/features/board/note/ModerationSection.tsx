import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BoardNote } from "../boardTypes";
import { useBoardScreen } from "../BoardContext";

/** Facilitators: reveal a hidden note; hide a note with a reason instead of deleting it. */
export function ModerationSection({ note }: { note: BoardNote }) {
  const { t } = useTranslation();
  const { actions } = useBoardScreen();
  const id = useId();
  const [reason, setReason] = useState("");
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t("board.kit.moderate")}</h3>
      {note.awaitingReveal ? (
        <button
          type="button"
          className="secondary"
          onClick={() => actions.revealNotes({ ids: [note.id] })}
        >
          {t("board.kit.revealNote")}
        </button>
      ) : null}
      {note.moderation !== null ? (
        <button type="button" className="secondary" onClick={() => actions.unmoderateNote(note.id)}>
          {t("board.kit.unmoderate")}
        </button>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (actions.moderateNote(note.id, reason.trim())) setReason("");
          }}
        >
          <p className="field-hint">{t("board.kit.moderationHint")}</p>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t("board.kit.moderateReason")}</label>
            <input
              id={`${id}-reason`}
              value={reason}
              maxLength={500}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <button type="submit" disabled={!reason.trim()}>
            {t("board.kit.moderateApply")}
          </button>
        </form>
      )}
    </section>
  );
}
