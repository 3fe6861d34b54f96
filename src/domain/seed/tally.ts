/**
 * Counting a decision's ballots (pure, on plain or proxy data): simple majority (ties reported),
 * consent (adopted iff at least one voice and no unaddressed objection; reserves listed) and
 * ranked choice by instant run-off. Ballots that do not fit the method (an option that no longer
 * exists, a voice of another method) are left out and counted in `ignored`.
 */
import { compareRanked } from "../rank";
import type { MemberId, OptionId } from "../ids";
import type { DeepReadonly } from "../workshop/schema";
import type {
  AddressedNote,
  Ballot,
  DecisionMethod,
  DecisionOption,
  DecisionResult,
} from "./schema";

/** A ballot as read from a view or a proxy. */
export type DeepReadonlyBallot = DeepReadonly<Ballot>;

/** What a tally reads: the decision's method, options and ballots. */
export interface TallyInput {
  readonly method: DecisionMethod;
  readonly options: Readonly<Record<string, Readonly<DecisionOption>>>;
  readonly ballots: Readonly<Record<string, DeepReadonlyBallot>>;
}

/** Majority count. */
export interface MajorityTally {
  method: "majority";
  /** Every option in display order with its votes. */
  counts: { optionId: OptionId; votes: number }[];
  votes: number;
  /** The options with the most votes (several = a tie; none without votes). */
  leaders: OptionId[];
  /** The single leader has more than half of the votes. */
  absolute: boolean;
  ignored: number;
  result: DecisionResult;
}

/** A voice with its comment (consent). */
export interface ConsentVoice {
  voterId: MemberId;
  comment: string;
}

/** An objection and how it was addressed (`null` = it blocks). */
export interface ConsentObjection extends ConsentVoice {
  addressed: Readonly<AddressedNote> | null;
}

/** Consent count. */
export interface ConsentTally {
  method: "consent";
  pour: number;
  reserves: ConsentVoice[];
  objections: ConsentObjection[];
  /** Objections not addressed yet: each one blocks. */
  blocking: ConsentObjection[];
  votes: number;
  adopted: boolean;
  ignored: number;
  result: DecisionResult;
}

/** One round of the instant run-off. */
export interface RankedRound {
  /** First choices among the options still running, in display order. */
  counts: { optionId: OptionId; votes: number }[];
  /** Ballots with no running option left. */
  exhausted: number;
  /** The option eliminated after this round, `null` in the last round. */
  eliminated: OptionId | null;
}

/** Ranked-choice count. */
export interface RankedTally {
  method: "ranked";
  rounds: RankedRound[];
  votes: number;
  winnerId: OptionId | null;
  /** Options still tied when no elimination could separate them (all remaining equal). */
  tied: OptionId[];
  ignored: number;
  result: DecisionResult;
}

/** The tally of any method. */
export type DecisionTally = MajorityTally | ConsentTally | RankedTally;

/** Options in display order: (rank, id). */
export function orderedOptions(input: Pick<TallyInput, "options">): DecisionOption[] {
  return Object.values(input.options)
    .filter((o) => typeof o === "object" && o !== null)
    .map((o) => ({ id: o.id, label: o.label, rank: o.rank }))
    .sort(compareRanked);
}

function ballotsOf(input: TallyInput): DeepReadonlyBallot[] {
  return Object.keys(input.ballots)
    .sort()
    .map((k) => input.ballots[k] as DeepReadonlyBallot)
    .filter((b) => typeof b === "object" && b !== null);
}

function majority(input: TallyInput): MajorityTally {
  const options = orderedOptions(input);
  const counts = new Map<string, number>(options.map((o) => [o.id, 0]));
  let votes = 0;
  let ignored = 0;
  for (const ballot of ballotsOf(input)) {
    const choice = ballot.optionId;
    if (choice !== null && counts.has(choice)) {
      counts.set(choice, (counts.get(choice) ?? 0) + 1);
      votes++;
    } else ignored++;
  }
  const top = Math.max(0, ...counts.values());
  const leaders = top === 0 ? [] : options.filter((o) => counts.get(o.id) === top).map((o) => o.id);
  const single = leaders.length === 1 ? (leaders[0] as OptionId) : null;
  const result: DecisionResult =
    votes === 0
      ? { kind: "no-votes", winnerId: null }
      : single === null
        ? { kind: "tie", winnerId: null }
        : { kind: "adopted", winnerId: single };
  return {
    method: "majority",
    counts: options.map((o) => ({ optionId: o.id, votes: counts.get(o.id) ?? 0 })),
    votes,
    leaders,
    absolute: single !== null && top * 2 > votes,
    ignored,
    result,
  };
}

function consent(input: TallyInput): ConsentTally {
  let pour = 0;
  let ignored = 0;
  const reserves: ConsentVoice[] = [];
  const objections: ConsentObjection[] = [];
  for (const ballot of ballotsOf(input)) {
    const voice = { voterId: ballot.voterId, comment: ballot.comment };
    if (ballot.consent === "pour") pour++;
    else if (ballot.consent === "reserve") reserves.push(voice);
    else if (ballot.consent === "objection") {
      objections.push({ ...voice, addressed: ballot.addressed ?? null });
    } else ignored++;
  }
  const blocking = objections.filter((o) => o.addressed === null);
  const votes = pour + reserves.length + objections.length;
  const adopted = votes > 0 && blocking.length === 0;
  const kind = votes === 0 ? "no-votes" : adopted ? "adopted" : "blocked";
  return {
    method: "consent",
    pour,
    reserves,
    objections,
    blocking,
    votes,
    adopted,
    ignored,
    result: { kind, winnerId: null },
  };
}

/**
 * Instant run-off: each round counts every ballot's highest-ranked option still running; an
 * option with more than half of the non-exhausted ballots wins. Otherwise the option with the
 * fewest votes is eliminated — among equals, the LAST in display order (rank, then id), the same
 * on every replica. When every remaining option has the same count, they are reported tied.
 */
function ranked(input: TallyInput): RankedTally {
  const options = orderedOptions(input);
  const known = new Set<string>(options.map((o) => o.id));
  const rankings: OptionId[][] = [];
  let ignored = 0;
  for (const ballot of ballotsOf(input)) {
    const seen = new Set<string>();
    const ranking = (Array.isArray(ballot.ranking) ? [...ballot.ranking] : []).filter(
      (id): id is OptionId =>
        typeof id === "string" && known.has(id) && !seen.has(id) && !!seen.add(id),
    );
    if (ranking.length === 0) ignored++;
    else rankings.push(ranking);
  }
  const rounds: RankedRound[] = [];
  let running = options.map((o) => o.id);
  const base = { method: "ranked" as const, votes: rankings.length, ignored };
  if (rankings.length === 0) {
    return {
      ...base,
      rounds,
      winnerId: null,
      tied: [],
      result: { kind: "no-votes", winnerId: null },
    };
  }
  for (;;) {
    const counts = new Map<string, number>(running.map((id) => [id, 0]));
    let exhausted = 0;
    for (const ranking of rankings) {
      const first = ranking.find((id) => counts.has(id));
      if (first === undefined) exhausted++;
      else counts.set(first, (counts.get(first) ?? 0) + 1);
    }
    const row = running.map((id) => ({ optionId: id, votes: counts.get(id) ?? 0 }));
    const active = rankings.length - exhausted;
    const top = row.reduce(
      (best, r) => (r.votes > best.votes ? r : best),
      row[0] as (typeof row)[0],
    );
    if (top.votes * 2 > active || running.length === 1) {
      rounds.push({ counts: row, exhausted, eliminated: null });
      return {
        ...base,
        rounds,
        winnerId: top.optionId,
        tied: [],
        result: { kind: "adopted", winnerId: top.optionId },
      };
    }
    const low = Math.min(...row.map((r) => r.votes));
    if (row.every((r) => r.votes === low)) {
      rounds.push({ counts: row, exhausted, eliminated: null });
      return {
        ...base,
        rounds,
        winnerId: null,
        tied: [...running],
        result: { kind: "tie", winnerId: null },
      };
    }
    const eliminated = [...row].reverse().find((r) => r.votes === low)?.optionId as OptionId;
    rounds.push({ counts: row, exhausted, eliminated });
    running = running.filter((id) => id !== eliminated);
  }
}

/** The tally of a decision for its method. */
export function tallyDecision(input: TallyInput): DecisionTally {
  if (input.method === "consent") return consent(input);
  if (input.method === "ranked") return ranked(input);
  return majority(input);
}
