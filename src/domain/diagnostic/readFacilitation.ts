/** Tolerant reading of the facilitation state, every concurrent copy of it included. */
import { allValuesOf } from "../address-book/conflicts";
import { isValidId, type ContactId, type NoteId } from "../ids";
import { isMapLike } from "../tolerant";
import { DIAGNOSTIC_LIMITS, type Facilitation, type FacilitationTimer } from "./schema";

function readTimer(raw: unknown): FacilitationTimer | null {
  if (!isMapLike(raw)) return null;
  const { startedAt, durationMs, label } = raw;
  const okStart =
    startedAt === null || (typeof startedAt === "number" && Number.isFinite(startedAt));
  const okDuration =
    typeof durationMs === "number" &&
    Number.isFinite(durationMs) &&
    durationMs >= 0 &&
    durationMs <= DIAGNOSTIC_LIMITS.durationMs;
  if (!okStart || !okDuration) return null;
  return {
    startedAt: startedAt as number | null,
    durationMs,
    label: typeof label === "string" ? label.slice(0, DIAGNOSTIC_LIMITS.label) : "",
  };
}

function readOrder(raw: unknown): string[] | null {
  if (!Array.isArray(raw)) return null;
  const out: string[] = [];
  for (const id of raw.slice(0, DIAGNOSTIC_LIMITS.speakers) as unknown[]) {
    if (isValidId(id) && !out.includes(id)) out.push(id);
  }
  return out;
}

/**
 * Reads `facilitation`. Copies created concurrently (two peers migrating) are united: reveals
 * and spoken marks from every copy (sets); order, timer and the « notes masquées » mode from the
 * first copy that has them (absent mode = off).
 */
export function readFacilitation(raw: Record<string, unknown>, problems: string[]): Facilitation {
  const out: Facilitation = {
    revealed: {},
    spoken: {},
    speakerOrder: [],
    timer: { startedAt: null, durationMs: 0, label: "" },
    hideMode: false,
  };
  const copies = allValuesOf(raw, "facilitation");
  if (copies.length === 0) problems.push("facilitation: missing");
  let order: string[] | null = null;
  let timer: FacilitationTimer | null = null;
  let hideMode: boolean | null = null;
  for (const copy of copies) {
    if (!isMapLike(copy)) {
      problems.push("facilitation: not a map");
      continue;
    }
    if (isMapLike(copy.revealed)) {
      for (const [id, x] of Object.entries(copy.revealed)) {
        if (isValidId(id) && x === true) out.revealed[id as NoteId] = true;
        else problems.push(`facilitation.revealed: dropped ${JSON.stringify(id.slice(0, 80))}`);
      }
    }
    if (isMapLike(copy.spoken)) {
      for (const [id, at] of Object.entries(copy.spoken)) {
        const ok = isValidId(id) && typeof at === "number" && Number.isFinite(at);
        if (ok && out.spoken[id as ContactId] === undefined) out.spoken[id as ContactId] = at;
        else if (!ok)
          problems.push(`facilitation.spoken: dropped ${JSON.stringify(id.slice(0, 80))}`);
      }
    }
    order ??= readOrder(copy.speakerOrder);
    timer ??= readTimer(copy.timer);
    if (hideMode === null && typeof copy.hideMode === "boolean") hideMode = copy.hideMode;
  }
  if (order !== null) out.speakerOrder = order;
  if (timer !== null) out.timer = timer;
  if (hideMode !== null) out.hideMode = hideMode;
  return out;
}
