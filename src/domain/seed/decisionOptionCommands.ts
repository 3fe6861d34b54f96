/**
 * Options of a majority or ranked-choice decision: added at the end (fractional rank), renamed by
 * character, removed only while nobody voted for them. Refused on a closed decision.
 */
import { DomainError } from "../errors";
import type { OptionId } from "../ids";
import { planRank } from "../rank";
import { editText } from "../text";
import { isMapLike } from "../tolerant";
import { checkId, checkText } from "../validate";
import { entryOf, findIn, rankedOf } from "./access";
import {
  checkOption,
  checkOptionCount,
  findOpenDecision,
  type OptionInput,
} from "./decisionCommands";
import { SEED_LIMITS, type SeedDoc } from "./schema";

/** Adds an option (at the end) to an open majority or ranked-choice decision. */
export function addDecisionOption(doc: SeedDoc, args: { decisionId: string } & OptionInput): void {
  const decisionId = checkId(args.decisionId, "decisionId");
  const option = checkOption(args);
  const decision = findOpenDecision(doc, decisionId);
  if (decision.method === "consent") {
    throw new DomainError("invalid-field", "consent has no options", { field: "options" });
  }
  if (entryOf(decision.options, option.id) !== undefined) return;
  checkOptionCount(decision.method, Object.keys(decision.options).length + 1);
  const sorted = rankedOf(decision.options);
  const plan = planRank(sorted, sorted.length);
  for (const [otherId, rank] of plan.reRank) {
    const other = entryOf(decision.options, otherId);
    if (other !== undefined && other.rank !== rank) other.rank = rank;
  }
  decision.options[option.id] = { id: option.id as OptionId, label: option.label, rank: plan.rank };
}

/** Renames an option of an open decision (character merge). */
export function renameDecisionOption(
  doc: SeedDoc,
  args: { decisionId: string; optionId: string; label: string },
): void {
  const decisionId = checkId(args.decisionId, "decisionId");
  const optionId = checkId(args.optionId, "optionId");
  const label = checkText(args.label, "label", SEED_LIMITS.optionLabel, true);
  const decision = findOpenDecision(doc, decisionId);
  findIn(decision.options, optionId, "option", "optionId");
  editText(doc, ["decisions", decisionId, "options", optionId, "label"], label);
}

/**
 * Removes an option nobody has voted for yet (keeping at least two). Ballots cast concurrently
 * for it elsewhere are left out of the tally (`ignored`) until the voter votes again.
 */
export function removeDecisionOption(
  doc: SeedDoc,
  args: { decisionId: string; optionId: string },
): void {
  const decisionId = checkId(args.decisionId, "decisionId");
  const optionId = checkId(args.optionId, "optionId");
  const decision = findOpenDecision(doc, decisionId);
  if (entryOf(decision.options, optionId) === undefined) return;
  for (const ballot of Object.values(decision.ballots)) {
    if (!isMapLike(ballot)) continue;
    const ranking: unknown = ballot.ranking;
    const used =
      ballot.optionId === optionId ||
      (Array.isArray(ranking) && (ranking as unknown[]).includes(optionId));
    if (used) {
      throw new DomainError("invalid-field", "this option has votes", { field: "optionId" });
    }
  }
  checkOptionCount(decision.method, Object.keys(decision.options).length - 1);
  delete decision.options[optionId];
}
