import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CONSENT_CHOICES, orderedOptions } from "../../../domain";
import type { ConsentChoice, SeedDecisionView } from "../../../domain";
import type { MemberRow } from "../members";
import type { SeedActions } from "../useSeed";
import { rankingFrom } from "../ranking";

/**
 * A member's vote: « Qui vote ? », then the choice the method asks for. A member voting again
 * replaces their vote (one vote per voter, keyed by member).
 */
export function BallotForm({
  decision,
  members,
  actions,
}: {
  decision: SeedDecisionView;
  members: readonly MemberRow[];
  actions: SeedActions;
}) {
  const { t } = useTranslation();
  const [voter, setVoter] = useState("");
  const [optionId, setOptionId] = useState("");
  const [consent, setConsent] = useState<ConsentChoice | "">("");
  const [comment, setComment] = useState("");
  const [ranks, setRanks] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const options = orderedOptions(decision);
  const group = `ballot-${decision.id}`;

  if (members.length === 0) return <p className="field-hint">{t("seed.decisions.noMembers")}</p>;

  const ready =
    voter !== "" &&
    (decision.method === "majority"
      ? optionId !== ""
      : decision.method === "consent"
        ? consent !== ""
        : rankingFrom(ranks, options).length > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    const ok = actions.castBallot(decision.id, voter, {
      optionId: decision.method === "majority" ? optionId : null,
      ranking: decision.method === "ranked" ? rankingFrom(ranks, options) : [],
      consent: decision.method === "consent" && consent !== "" ? consent : null,
      comment: comment.trim(),
    });
    if (ok) {
      setSaved(members.find((m) => m.id === voter)?.displayName ?? "");
      setVoter("");
      setOptionId("");
      setConsent("");
      setComment("");
      setRanks({});
    }
  };

  return (
    <form className="seed-ballot" onSubmit={submit} aria-label={t("seed.decisions.vote")}>
      <div className="field">
        <label htmlFor={`${group}-voter`}>{t("seed.decisions.voter")}</label>
        <select
          id={`${group}-voter`}
          value={voter}
          onChange={(e) => {
            setVoter(e.target.value);
            setSaved(null);
          }}
        >
          <option value="">{t("seed.decisions.pickVoter")}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.displayName}
            </option>
          ))}
        </select>
      </div>
      {decision.method === "majority" ? (
        <fieldset className="segmented">
          <legend>{t("seed.decisions.choice")}</legend>
          {options.map((o) => (
            <label key={o.id} className="toggle">
              <input
                type="radio"
                name={`${group}-option`}
                checked={optionId === o.id}
                onChange={() => setOptionId(o.id)}
              />
              <span>{o.label}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {decision.method === "consent" ? (
        <>
          <fieldset className="segmented">
            <legend>{t("seed.decisions.choice")}</legend>
            {CONSENT_CHOICES.map((c) => (
              <label key={c} className="toggle">
                <input
                  type="radio"
                  name={`${group}-consent`}
                  checked={consent === c}
                  onChange={() => setConsent(c)}
                />
                <span>{t(`seed.decisions.consent.${c}`)}</span>
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${group}-comment`}>{t("seed.decisions.comment")}</label>
            <input
              id={`${group}-comment`}
              value={comment}
              maxLength={2000}
              onChange={(e) => setComment(e.target.value)}
            />
          </div>
        </>
      ) : null}
      {decision.method === "ranked"
        ? options.map((o) => (
            <div key={o.id} className="seed-rank-row">
              <label htmlFor={`${group}-rank-${o.id}`}>{o.label}</label>
              <select
                id={`${group}-rank-${o.id}`}
                aria-label={t("seed.decisions.rank", { label: o.label })}
                value={ranks[o.id] ?? ""}
                onChange={(e) => setRanks({ ...ranks, [o.id]: e.target.value })}
              >
                <option value="">—</option>
                {options.map((_, i) => (
                  <option key={i} value={String(i + 1)}>
                    {i + 1}
                  </option>
                ))}
              </select>
            </div>
          ))
        : null}
      <button type="submit" disabled={!ready}>
        {t("seed.decisions.vote")}
      </button>
      {saved !== null ? (
        <p aria-live="polite">{t("seed.decisions.voted", { name: saved })}</p>
      ) : null}
    </form>
  );
}
