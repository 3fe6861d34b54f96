import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { tallyDecision } from "../../../domain";
import type { SeedDecisionView, SeedView } from "../../../domain";
import { Field } from "../../../ui/Field";
import { activeMembers, memberNames } from "../members";
import type { SeedActions } from "../useSeed";
import { BallotForm } from "./BallotForm";
import { DecisionResults } from "./DecisionResults";

/** One proposal: who voted, conflicts, results; the ballot and closing while it is open. */
export function DecisionCard({
  view,
  decision,
  actions,
  readOnly,
}: {
  view: SeedView;
  decision: SeedDecisionView;
  actions: SeedActions;
  readOnly: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [outcome, setOutcome] = useState("");
  const names = memberNames(view);
  const members = activeMembers(view);
  const tally = tallyDecision(decision);
  const closed = decision.closed;
  const locked = readOnly || closed !== null;
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" });
  const voters = Object.keys(decision.ballots)
    .map((id) => names.get(id) ?? "?")
    .sort((a, b) => a.localeCompare(b));
  const conflicts = Object.entries(decision.ballotConflicts).filter(([, others]) => others.length);

  const close = (event: FormEvent) => {
    event.preventDefault();
    if (actions.closeDecision(decision.id, outcome.trim())) setOutcome("");
  };

  return (
    <article className="card seed-decision" aria-label={decision.question}>
      <h3>{decision.question}</h3>
      <p className="row">
        <span className="badge">{t(`seed.decisions.methods.${decision.method}`)}</span>
        <span>{t("seed.decisions.ballots", { count: Object.keys(decision.ballots).length })}</span>
      </p>
      {voters.length > 0 ? (
        <p className="muted">{t("seed.decisions.voters", { names: voters.join(", ") })}</p>
      ) : null}
      {closed ? (
        <p className="seed-closed" role="note">
          {t("seed.decisions.closed", { date: format.format(closed.at), outcome: closed.outcome })}
          <br />
          <span className="muted">{t("seed.decisions.readOnly")}</span>
        </p>
      ) : null}
      {conflicts.map(([voterId]) => (
        <p key={voterId} className="banner banner-warning" role="alert">
          {t("seed.decisions.conflict", { name: names.get(voterId) ?? "?" })}
        </p>
      ))}
      <DecisionResults
        decision={decision}
        tally={tally}
        names={names}
        actions={actions}
        readOnly={locked}
      />
      {locked ? null : (
        <>
          <BallotForm decision={decision} members={members} actions={actions} />
          <form className="seed-ballot" onSubmit={close} aria-label={t("seed.decisions.close")}>
            <Field
              label={t("seed.decisions.outcome")}
              value={outcome}
              maxLength={2000}
              onChange={(e) => setOutcome(e.target.value)}
            />
            <button type="submit" className="secondary">
              {t("seed.decisions.close")}
            </button>
          </form>
        </>
      )}
    </article>
  );
}
