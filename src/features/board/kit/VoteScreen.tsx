import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { selectVoteResults, selectVoteSessions } from "../../../domain";
import type { VoteSession } from "../../../domain";
import { useBoardScreen } from "../BoardContext";
import { VoteBallot } from "./VoteBallot";

/**
 * « Vote »: dot voting. Facilitators open and close sessions; the tablet is passed around and
 * each voter is chosen from the carnet; results stay hidden until the session is closed.
 */
export function VoteScreen() {
  const { t } = useTranslation();
  const { view, facilitator, actions, readOnly } = useBoardScreen();
  const id = useId();
  const [title, setTitle] = useState("");
  const [budget, setBudget] = useState(3);
  const sessions = selectVoteSessions(view);
  const open = sessions.filter((s) => s.status === "open");
  const closed = sessions.filter((s) => s.status === "closed").reverse();
  return (
    <>
      <section className="section" aria-label={t("board.kit.vote")}>
        <h2>{t("board.kit.vote")}</h2>
        <p className="field-hint">{t("board.kit.voteHint")}</p>
        {facilitator && !readOnly ? (
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              if (actions.openVote(title.trim() || t("board.kit.vote"), budget)) setTitle("");
            }}
          >
            <label className="field grow" htmlFor={`${id}-title`}>
              <span>{t("board.kit.voteTitle")}</span>
              <input
                id={`${id}-title`}
                value={title}
                maxLength={200}
                onChange={(e) => setTitle(e.target.value)}
              />
            </label>
            <label className="field" htmlFor={`${id}-budget`}>
              <span>{t("board.kit.voteBudget")}</span>
              <input
                id={`${id}-budget`}
                type="number"
                min={1}
                max={100}
                value={budget}
                onChange={(e) => setBudget(Number(e.target.value))}
              />
            </label>
            <button type="submit">{t("board.kit.voteOpen")}</button>
          </form>
        ) : null}
        {open.length === 0 ? <p>{t("board.kit.voteNone")}</p> : null}
      </section>
      {open.map((s) => (
        <OpenSession key={s.id} session={s} />
      ))}
      {closed.map((s) => (
        <ClosedSession key={s.id} session={s} />
      ))}
    </>
  );
}

function OpenSession({ session }: { session: VoteSession }) {
  const { t } = useTranslation();
  const { view, facilitator, actions, readOnly } = useBoardScreen();
  const results = selectVoteResults(view, session.id);
  return (
    <section className="section" aria-label={session.title}>
      <h2>{session.title}</h2>
      <p>{t("board.kit.voteHidden", { count: results.participants })}</p>
      <VoteBallot session={session} />
      {facilitator && !readOnly ? (
        <button type="button" className="secondary" onClick={() => actions.closeVote(session.id)}>
          {t("board.kit.voteClose")}
        </button>
      ) : null}
    </section>
  );
}

function ClosedSession({ session }: { session: VoteSession }) {
  const { t } = useTranslation();
  const { view, names } = useBoardScreen();
  const results = selectVoteResults(view, session.id);
  return (
    <section className="section" aria-label={session.title}>
      <h2>
        {session.title} <span className="badge muted">{t("board.kit.voteClosed")}</span>
      </h2>
      <h3>{t("board.kit.voteResults")}</h3>
      <ol aria-label={t("board.kit.voteResults")}>
        {results.rows.map((r) => (
          <li key={r.noteId}>
            {r.note.text} — {t("board.kit.voteDots", { count: r.dots })}
          </li>
        ))}
      </ol>
      {results.conflicts.map((c) => (
        <p key={c.participant} className="banner banner-warning">
          {t("board.kit.voteConflict", {
            name: names.get(c.participant) ?? t("board.unknownContact"),
            cast: c.cast,
            budget: c.budget,
            counted: Object.values(c.counted).reduce((a, b) => a + b, 0),
          })}
        </p>
      ))}
    </section>
  );
}
