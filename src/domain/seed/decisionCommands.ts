/**
 * Decisions: a question put to the group, decided by simple majority, consent or ranked choice.
 * Each member votes once: the ballot lives under the voter's member id and is written whole, so
 * a vote cast for the same voter on two tablets merges to ONE value (Automerge keeps the other as
 * a conflict, which the reader exposes in `ballotConflicts`; a new cast for that voter resolves
 * it). A closed decision is read-only: every command on it throws `vote-closed`.
 */
import { DomainError } from "../errors";
import type { DecisionId, MemberId, OptionId, ProfileId } from "../ids";
import { planRank } from "../rank";
import { editText } from "../text";
import { isMapLike } from "../tolerant";
import { checkId, checkText } from "../validate";
import { checkOneOf, collectionOf, entryOf, findIn, setArchived, stampOf } from "./access";
import { findMember } from "./memberCommands";
import {
  CONSENT_CHOICES,
  DECISION_METHODS,
  SEED_LIMITS,
  type Ballot,
  type ConsentChoice,
  type DecisionMethod,
  type DecisionOption,
  type SeedDecision,
  type SeedDoc,
} from "./schema";
import { tallyDecision } from "./tally";

/** An option as given to {@link createDecision} / {@link addDecisionOption}. */
export interface OptionInput {
  id: string;
  label: string;
}

/** Arguments of {@link createDecision}. */
export interface CreateDecisionArgs {
  id: string;
  question: string;
  method: DecisionMethod;
  /** At least two for majority and ranked choice; none for consent. */
  options?: readonly OptionInput[];
  by: ProfileId;
  now: number;
}

/** A validated option input. */
export function checkOption(input: unknown): OptionInput {
  if (!isMapLike(input)) throw new DomainError("invalid-field", "option", { field: "options" });
  return {
    id: checkId(input.id, "options.id"),
    label: checkText(input.label, "options.label", SEED_LIMITS.optionLabel, true),
  };
}

/** The decision `id` (a proxy), or `not-found`. */
export function findDecision(doc: SeedDoc, id: string, field = "decisionId"): SeedDecision {
  return findIn(collectionOf(doc, "decisions"), id, "decision", field);
}

/** The OPEN decision `id`, or `not-found` / `vote-closed`. */
export function findOpenDecision(doc: SeedDoc, id: string, field = "decisionId"): SeedDecision {
  const decision = findDecision(doc, id, field);
  if (isMapLike(decision.closed)) {
    throw new DomainError("vote-closed", "the decision is closed", { field });
  }
  return decision;
}

/** At most `SEED_LIMITS.options`; at least two unless consent. */
export function checkOptionCount(method: DecisionMethod, count: number): void {
  if (count > SEED_LIMITS.options) {
    throw new DomainError("too-long", "too many options", {
      field: "options",
      limit: SEED_LIMITS.options,
    });
  }
  if (method !== "consent" && count < 2) {
    throw new DomainError("required", "at least two options", { field: "options", limit: 2 });
  }
}

/** Puts a question to the group (same id twice: the first one stands). */
export function createDecision(doc: SeedDoc, args: CreateDecisionArgs): void {
  const id = checkId(args.id, "id") as DecisionId;
  const question = checkText(args.question, "question", SEED_LIMITS.question, true);
  const method = checkOneOf(args.method, DECISION_METHODS, "method");
  const inputs = Array.isArray(args.options) ? args.options.map(checkOption) : [];
  if (method === "consent" && inputs.length > 0) {
    throw new DomainError("invalid-field", "consent has no options", { field: "options" });
  }
  const unique = new Map(inputs.map((o) => [o.id, o]));
  checkOptionCount(method, unique.size);
  const { by, at } = stampOf(args);
  const decisions = collectionOf(doc, "decisions");
  if (entryOf(decisions, id) !== undefined) return;
  const options: Record<string, DecisionOption> = {};
  const placed: { id: string; rank: string }[] = [];
  for (const o of unique.values()) {
    const rank = planRank(placed, placed.length).rank;
    placed.push({ id: o.id, rank });
    options[o.id] = { id: o.id as OptionId, label: o.label, rank };
  }
  decisions[id] = {
    id,
    question,
    method,
    options,
    ballots: {},
    closed: null,
    createdBy: by,
    createdAt: at,
    archived: null,
  };
}

/** Edits the question of an open decision (character merge). */
export function setDecisionQuestion(
  doc: SeedDoc,
  args: { decisionId: string; question: string },
): void {
  const decisionId = checkId(args.decisionId, "decisionId");
  const question = checkText(args.question, "question", SEED_LIMITS.question, true);
  findOpenDecision(doc, decisionId);
  editText(doc, ["decisions", decisionId, "question"], question);
}

/** Arguments of {@link castBallot}: the field matching the decision's method is required. */
export interface CastBallotArgs {
  decisionId: string;
  voterId: string;
  /** Majority. */
  optionId?: string;
  /** Ranked choice: most preferred first (a partial ranking is fine). */
  ranking?: readonly string[];
  /** Consent. */
  consent?: ConsentChoice;
  comment?: string;
  by: ProfileId;
  now: number;
}

function ballotChoice(
  decision: SeedDecision,
  args: CastBallotArgs,
): Pick<Ballot, "optionId" | "ranking" | "consent"> {
  if (decision.method === "consent") {
    return {
      optionId: null,
      ranking: [],
      consent: checkOneOf(args.consent, CONSENT_CHOICES, "consent"),
    };
  }
  if (decision.method === "majority") {
    const optionId = checkId(args.optionId, "optionId");
    findIn(decision.options, optionId, "option", "optionId");
    return { optionId: optionId as OptionId, ranking: [], consent: null };
  }
  if (!Array.isArray(args.ranking) || args.ranking.length === 0) {
    throw new DomainError("required", "a ranking is required", { field: "ranking" });
  }
  const ranking = args.ranking.map((id) => checkId(id, "ranking"));
  if (new Set(ranking).size !== ranking.length) {
    throw new DomainError("invalid-field", "an option is ranked twice", { field: "ranking" });
  }
  for (const id of ranking) findIn(decision.options, id, "option", "ranking");
  return { optionId: null, ranking: ranking as OptionId[], consent: null };
}

/**
 * Records a member's vote (replacing their previous one, and any conflicting copies cast on
 * other tablets). The voter must be a current member of the group.
 */
export function castBallot(doc: SeedDoc, args: CastBallotArgs): void {
  const decisionId = checkId(args.decisionId, "decisionId");
  const voterId = checkId(args.voterId, "voterId") as MemberId;
  const comment = checkText(args.comment ?? "", "comment", SEED_LIMITS.comment);
  const { by, at } = stampOf(args);
  const decision = findOpenDecision(doc, decisionId);
  const voter = findMember(doc, voterId, "voterId");
  if (isMapLike(voter.archived)) {
    throw new DomainError("invalid-field", "the voter has left the group", { field: "voterId" });
  }
  const choice = ballotChoice(decision, args);
  if (!isMapLike(decision.ballots)) decision.ballots = {};
  decision.ballots[voterId] = {
    voterId,
    ...choice,
    comment,
    addressed: null,
    castBy: by,
    castAt: at,
  };
}

/** Records how an objection was addressed: it no longer blocks the consent. */
export function addressObjection(
  doc: SeedDoc,
  args: { decisionId: string; voterId: string; note: string; by: ProfileId; now: number },
): void {
  const decisionId = checkId(args.decisionId, "decisionId");
  const voterId = checkId(args.voterId, "voterId");
  const note = checkText(args.note, "note", SEED_LIMITS.note, true);
  const { by, at } = stampOf(args);
  const decision = findOpenDecision(doc, decisionId);
  const ballot = findIn(decision.ballots, voterId, "ballot", "voterId");
  if (ballot.consent !== "objection") {
    throw new DomainError("invalid-field", "this vote is not an objection", { field: "voterId" });
  }
  ballot.addressed = { by, at, note };
}

/**
 * Closes a decision: the result (tallied from the ballots as this device sees them) and the
 * recorded outcome are frozen with the date; from then on the decision is read-only.
 */
export function closeDecision(
  doc: SeedDoc,
  args: { decisionId: string; outcome: string; by: ProfileId; now: number },
): void {
  const decisionId = checkId(args.decisionId, "decisionId");
  const outcome = checkText(args.outcome, "outcome", SEED_LIMITS.outcome);
  const { by, at } = stampOf(args);
  const decision = findOpenDecision(doc, decisionId);
  const ballots = isMapLike(decision.ballots) ? decision.ballots : {};
  const options = isMapLike(decision.options) ? decision.options : {};
  const { result } = tallyDecision({ method: decision.method, options, ballots });
  decision.closed = { at, by, outcome, result };
}

/** Moves an open decision to the bin (restorable). */
export function archiveDecision(
  doc: SeedDoc,
  args: { decisionId: string; by: ProfileId; now: number },
): void {
  const decisionId = checkId(args.decisionId, "decisionId");
  const stamp = stampOf(args);
  setArchived(findOpenDecision(doc, decisionId), stamp);
}

/**
 * Takes a decision out of the bin. Allowed on a closed one too: a decision archived on one
 * tablet while another closed it must not stay stuck in the bin.
 */
export function restoreDecision(doc: SeedDoc, args: { decisionId: string }): void {
  setArchived(findDecision(doc, checkId(args.decisionId, "decisionId")), null);
}
