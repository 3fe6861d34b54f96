/**
 * The optional experimentation protocol: hypotheses, what will be tried, impact indicators (texts
 * merged by character) and iterations with what was tried and learned (a ranked map; removing is
 * archiving).
 */
import type { IterationId, ProfileId } from "../ids";
import { planRank } from "../rank";
import { editText } from "../text";
import { checkDate, checkId, checkText } from "../validate";
import {
  checkBoolean,
  checkOneOf,
  entryOf,
  findIn,
  protocolOf,
  rankedOf,
  setArchived,
  stampOf,
} from "./access";
import { SEED_LIMITS, type ProtocolIteration, type SeedDoc } from "./schema";

/** The protocol's free-text fields. */
export const PROTOCOL_TEXT_FIELDS = ["hypotheses", "trials", "indicators"] as const;
/** One of {@link PROTOCOL_TEXT_FIELDS}. */
export type ProtocolTextField = (typeof PROTOCOL_TEXT_FIELDS)[number];

/** Shows or hides the protocol section (its content is kept either way). */
export function setProtocolEnabled(doc: SeedDoc, args: { enabled: boolean }): void {
  const enabled = checkBoolean(args.enabled, "enabled");
  const protocol = protocolOf(doc);
  if (protocol.enabled !== enabled) protocol.enabled = enabled;
}

/** Edits the hypotheses, trials or indicators (character merge). */
export function setProtocolText(
  doc: SeedDoc,
  args: { field: ProtocolTextField; value: string },
): void {
  const field = checkOneOf(args.field, PROTOCOL_TEXT_FIELDS, "field");
  const value = checkText(args.value, field, SEED_LIMITS.protocolText);
  protocolOf(doc);
  editText(doc, ["protocol", field], value);
}

/** The iteration `id` (a proxy), or `not-found`. */
export function findIteration(doc: SeedDoc, id: string, field = "id"): ProtocolIteration {
  return findIn(protocolOf(doc).iterations, id, "iteration", field);
}

/** Adds an iteration at the end (same id twice: the first one stands). */
export function addIteration(
  doc: SeedDoc,
  args: { id: string; date: string; tried?: string; learned?: string; by: ProfileId; now: number },
): void {
  const id = checkId(args.id, "id") as IterationId;
  const date = checkDate(args.date, "date");
  const tried = checkText(args.tried ?? "", "tried", SEED_LIMITS.iterationText);
  const learned = checkText(args.learned ?? "", "learned", SEED_LIMITS.iterationText);
  const { by, at } = stampOf(args);
  const iterations = protocolOf(doc).iterations;
  if (entryOf(iterations, id) !== undefined) return;
  const sorted = rankedOf(iterations);
  const plan = planRank(sorted, sorted.length);
  for (const [otherId, rank] of plan.reRank) {
    const other = entryOf(iterations, otherId);
    if (other !== undefined && other.rank !== rank) other.rank = rank;
  }
  iterations[id] = {
    id,
    date,
    tried,
    learned,
    rank: plan.rank,
    createdBy: by,
    createdAt: at,
    archived: null,
  };
}

/** Edits an iteration; omitted fields are left as they are. */
export function updateIteration(
  doc: SeedDoc,
  args: { id: string; date?: string; tried?: string; learned?: string },
): void {
  const id = checkId(args.id, "id");
  const date = args.date === undefined ? undefined : checkDate(args.date, "date");
  const tried =
    args.tried === undefined
      ? undefined
      : checkText(args.tried, "tried", SEED_LIMITS.iterationText);
  const learned =
    args.learned === undefined
      ? undefined
      : checkText(args.learned, "learned", SEED_LIMITS.iterationText);
  const iteration = findIteration(doc, id);
  if (date !== undefined && iteration.date !== date) iteration.date = date;
  if (tried !== undefined) editText(doc, ["protocol", "iterations", id, "tried"], tried);
  if (learned !== undefined) editText(doc, ["protocol", "iterations", id, "learned"], learned);
}

/** Moves an iteration to the bin (restorable). */
export function archiveIteration(
  doc: SeedDoc,
  args: { id: string; by: ProfileId; now: number },
): void {
  const id = checkId(args.id, "id");
  const stamp = stampOf(args);
  setArchived(findIteration(doc, id), stamp);
}

/** Takes an iteration out of the bin. */
export function restoreIteration(doc: SeedDoc, args: { id: string }): void {
  setArchived(findIteration(doc, checkId(args.id, "id")), null);
}
