import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { selectParticipantDots } from "../../../domain";
import type { VoteSession } from "../../../domain";
import { useBoardScreen } from "../BoardContext";

/** One voter's ballot: who votes (from the carnet), dots on notes within the budget, save. */
export function VoteBallot({ session }: { session: VoteSession }) {
  const { t } = useTranslation();
  const { view, contacts, columns, actions, readOnly, names } = useBoardScreen();
  const id = useId();
  const [voter, setVoter] = useState("");
  const [dots, setDots] = useState<Record<string, number>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const used = Object.values(dots).reduce((a, b) => a + b, 0);
  const left = session.budget - used;
  const notes = columns.flatMap((c) =>
    [...c.clusters.flatMap((g) => g.notes), ...c.notes]
      .filter((n) => !n.placeholder)
      .map((n) => ({ ...n, category: c.title })),
  );
  const choose = (contactId: string) => {
    setVoter(contactId);
    setSaved(null);
    setDots(contactId ? selectParticipantDots(view, session.id, contactId) : {});
  };
  const add = (noteId: string, step: 1 | -1) =>
    setDots((d) => {
      const n = Math.max(0, (d[noteId] ?? 0) + step);
      const next = { ...d, [noteId]: n };
      if (n === 0) delete next[noteId];
      return next;
    });
  return (
    <div className="vote-ballot">
      <div className="field">
        <label htmlFor={`${id}-voter`}>{t("board.kit.voteVoter")}</label>
        <select id={`${id}-voter`} value={voter} onChange={(e) => choose(e.target.value)}>
          <option value="">{t("board.kit.voteChooseVoter")}</option>
          {contacts
            .filter((c) => c.kind === "person")
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
        </select>
      </div>
      {voter ? (
        <>
          <p aria-live="polite">{t("board.kit.voteRemaining", { count: left })}</p>
          <ul className="plain-list">
            {notes.map((n) => (
              <li key={n.id} className="row" aria-label={n.text}>
                <span className="grow">
                  {n.text} <span className="count">({n.category})</span>
                </span>
                <button
                  type="button"
                  className="icon"
                  disabled={!dots[n.id]}
                  aria-label={t("board.kit.voteRemove", { text: n.text })}
                  onClick={() => add(n.id, -1)}
                >
                  −
                </button>
                <strong>{dots[n.id] ?? 0}</strong>
                <button
                  type="button"
                  className="icon"
                  disabled={left <= 0}
                  aria-label={t("board.kit.voteAdd", { text: n.text })}
                  onClick={() => add(n.id, 1)}
                >
                  +
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            disabled={readOnly}
            onClick={() => {
              if (actions.castDots(session.id, voter, dots)) {
                setSaved(t("board.kit.voteSaved", { name: names.get(voter) ?? "" }));
                setVoter("");
                setDots({});
              }
            }}
          >
            {t("board.kit.voteSave")}
          </button>
        </>
      ) : null}
      {saved ? <p role="alert">{saved}</p> : null}
    </div>
  );
}
