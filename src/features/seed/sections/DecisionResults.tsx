import { useState } from "react";
import { useTranslation } from "react-i18next";
import { orderedOptions } from "../../../domain";
import type { DecisionTally, SeedDecisionView } from "../../../domain";
import type { SeedActions } from "../useSeed";

/** The live count of a decision, per method; consent lists reserves and objections. */
export function DecisionResults({
  decision,
  tally,
  names,
  actions,
  readOnly,
}: {
  decision: SeedDecisionView;
  tally: DecisionTally;
  names: ReadonlyMap<string, string>;
  actions: SeedActions;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const labels = new Map(orderedOptions(decision).map((o) => [o.id as string, o.label]));
  const label = (id: string) => labels.get(id) ?? "?";
  const name = (id: string) => names.get(id) ?? "?";
  let body;
  if (tally.votes === 0) body = <p>{t("seed.decisions.noVotes")}</p>;
  else if (tally.method === "majority") {
    body = (
      <>
        <ul>
          {tally.counts.map((c) => (
            <li key={c.optionId}>
              {t("seed.decisions.votesFor", { label: label(c.optionId), count: c.votes })}
            </li>
          ))}
        </ul>
        <p>
          <strong>
            {tally.leaders.length === 1
              ? t("seed.decisions.winner", { label: label(tally.leaders[0] ?? "") })
              : t("seed.decisions.tie", { labels: tally.leaders.map(label).join(", ") })}
          </strong>
        </p>
      </>
    );
  } else if (tally.method === "ranked") {
    body = (
      <>
        <ol>
          {tally.rounds.map((round, i) => (
            <li key={i}>
              {t("seed.decisions.round", { round: i + 1 })} :{" "}
              {round.counts
                .map((c) =>
                  t("seed.decisions.votesFor", { label: label(c.optionId), count: c.votes }),
                )
                .join(" · ")}
            </li>
          ))}
        </ol>
        <p>
          <strong>
            {tally.winnerId
              ? t("seed.decisions.winner", { label: label(tally.winnerId) })
              : t("seed.decisions.tie", { labels: tally.tied.map(label).join(", ") })}
          </strong>
        </p>
      </>
    );
  } else {
    body = (
      <>
        <p>
          {t("seed.decisions.consent.pour")} : {tally.pour} · {t("seed.decisions.consent.reserve")}{" "}
          : {tally.reserves.length} · {t("seed.decisions.consent.objection")} :{" "}
          {tally.objections.length}
        </p>
        <ul>
          {tally.reserves.map((r) => (
            <li key={r.voterId}>
              {t("seed.decisions.reserveBy", { name: name(r.voterId), comment: r.comment || "—" })}
            </li>
          ))}
          {tally.objections.map((o) => (
            <li key={o.voterId}>
              {t("seed.decisions.objectionBy", {
                name: name(o.voterId),
                comment: o.comment || "—",
              })}
              {o.addressed ? (
                <span className="muted">
                  {" "}
                  — {t("seed.decisions.addressed", { note: o.addressed.note || "—" })}
                </span>
              ) : readOnly ? null : (
                <AddressObjection
                  onAddress={(note) => actions.addressObjection(decision.id, o.voterId, note)}
                />
              )}
            </li>
          ))}
        </ul>
        <p>
          <strong>
            {tally.blocking.length > 0
              ? t("seed.decisions.blocked")
              : tally.adopted
                ? t("seed.decisions.adopted")
                : t("seed.decisions.notAdopted")}
          </strong>
        </p>
      </>
    );
  }
  return (
    <div className="seed-results" aria-label={t("seed.decisions.results")} role="group">
      <h4>{t("seed.decisions.results")}</h4>
      {body}
    </div>
  );
}

/** « Objection traitée »: how it was addressed, then it no longer blocks. */
function AddressObjection({ onAddress }: { onAddress: (note: string) => boolean }) {
  const { t } = useTranslation();
  const [note, setNote] = useState("");
  return (
    <div className="row seed-address">
      <input
        aria-label={t("seed.decisions.addressNote")}
        placeholder={t("seed.decisions.addressNote")}
        value={note}
        maxLength={2000}
        onChange={(e) => setNote(e.target.value)}
      />
      <button
        type="button"
        className="secondary"
        onClick={() => {
          if (onAddress(note.trim())) setNote("");
        }}
      >
        {t("seed.decisions.address")}
      </button>
    </div>
  );
}
