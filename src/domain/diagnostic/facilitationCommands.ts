/**
 * The facilitator kit's shared state: hide-until-reveal, the tour de table (who has spoken, in
 * which order) and the timer. The kit is gated in the interface only (DESIGN.md §3).
 */
import { DomainError } from "../errors";
import type { CategoryId, ContactId } from "../ids";
import { isMapLike } from "../tolerant";
import { checkId, checkText, checkTimestamp } from "../validate";
import { findCategory, hasNote, visibleNotes } from "./access";
import { DIAGNOSTIC_LIMITS, type DiagnosticDoc, type Facilitation } from "./schema";

/** The visible facilitation map (its parts created when a malformed document lacks them). */
function facilitationOf(doc: DiagnosticDoc): Facilitation {
  const f: unknown = Reflect.get(doc, "facilitation");
  if (!isMapLike(f)) {
    throw new DomainError("not-initialised", "diagnostic has no facilitation", {
      field: "facilitation",
    });
  }
  if (!isMapLike(f.revealed)) f.revealed = {};
  if (!isMapLike(f.spoken)) f.spoken = {};
  return f as unknown as Facilitation;
}

/**
 * Reveals hidden notes: the listed ones, or every hidden note of a category. A set of ids, so
 * concurrent reveals merge; a note added hidden later (offline) stays hidden until revealed.
 */
export function revealNotes(
  doc: DiagnosticDoc,
  args: { ids: readonly string[] } | { categoryId: CategoryId },
): void {
  let ids: string[];
  if ("ids" in args) {
    if (!Array.isArray(args.ids)) {
      throw new DomainError("invalid-field", "ids must be a list", { field: "ids" });
    }
    ids = args.ids.map((id) => checkId(id, "ids"));
    for (const id of ids) {
      if (!hasNote(doc, id)) throw new DomainError("not-found", `no note ${id}`, { field: "ids" });
    }
  } else {
    const categoryId = checkId(args.categoryId, "categoryId");
    findCategory(doc, categoryId, "categoryId");
    ids = visibleNotes(doc)
      .filter((n) => n.categoryId === categoryId && n.hidden === true)
      .map((n) => n.id);
  }
  const revealed = facilitationOf(doc).revealed as Record<string, true>;
  for (const id of ids) if (revealed[id] !== true) revealed[id] = true;
}

/** Marks a participant as having spoken (tour de table). */
export function markSpoken(doc: DiagnosticDoc, args: { contactId: ContactId; now: number }): void {
  const contactId = checkId(args.contactId, "contactId");
  const now = checkTimestamp(args.now);
  const spoken = facilitationOf(doc).spoken as Record<string, number>;
  if (spoken[contactId] === undefined) spoken[contactId] = now;
}

/** Withdraws the mark (no-op when not marked). */
export function unmarkSpoken(doc: DiagnosticDoc, args: { contactId: ContactId }): void {
  const contactId = checkId(args.contactId, "contactId");
  const spoken = facilitationOf(doc).spoken as Record<string, number>;
  if (Object.prototype.hasOwnProperty.call(spoken, contactId)) delete spoken[contactId];
}

/**
 * Sets the speaking order (random or chosen) as a whole: the last order set wins, which is what
 * a facilitator re-drawing the order means. Duplicates are rejected.
 */
export function setSpeakerOrder(doc: DiagnosticDoc, args: { order: readonly ContactId[] }): void {
  if (!Array.isArray(args.order) || args.order.length > DIAGNOSTIC_LIMITS.speakers) {
    throw new DomainError("invalid-field", "order must be a list of contacts", {
      field: "order",
      limit: DIAGNOSTIC_LIMITS.speakers,
    });
  }
  const order = args.order.map((id) => checkId(id, "order"));
  if (new Set(order).size !== order.length) {
    throw new DomainError("invalid-field", "a speaker appears twice", { field: "order" });
  }
  facilitationOf(doc).speakerOrder = order;
}

/** Starts a timer of `durationMs` (one value: concurrent starts never mix). */
export function startTimer(
  doc: DiagnosticDoc,
  args: { durationMs: number; label?: string; now: number },
): void {
  const d = args.durationMs;
  if (typeof d !== "number" || !Number.isInteger(d) || d <= 0 || d > DIAGNOSTIC_LIMITS.durationMs) {
    throw new DomainError("invalid-number", "durationMs must be a positive whole number", {
      field: "durationMs",
      limit: DIAGNOSTIC_LIMITS.durationMs,
    });
  }
  const label = checkText(args.label ?? "", "label", DIAGNOSTIC_LIMITS.label);
  const now = checkTimestamp(args.now);
  facilitationOf(doc).timer = { startedAt: now, durationMs: d, label };
}

/** Stops the timer (keeps its duration and label for a restart). */
export function stopTimer(doc: DiagnosticDoc): void {
  const f = facilitationOf(doc);
  if (!isMapLike(f.timer)) f.timer = { startedAt: null, durationMs: 0, label: "" };
  else if (f.timer.startedAt !== null) f.timer.startedAt = null;
}

/**
 * Switches the shared « notes masquées » mode: while on, every tablet adds its new notes hidden
 * until a facilitator reveals them. Switching it off reveals nothing by itself (a facilitator
 * reveals with {@link revealNotes}); notes added hidden stay hidden.
 */
export function setHideMode(doc: DiagnosticDoc, args: { on: boolean }): void {
  if (typeof args.on !== "boolean") {
    throw new DomainError("invalid-field", "on must be a boolean", { field: "on" });
  }
  const f = facilitationOf(doc);
  if (f.hideMode !== args.on) f.hideMode = args.on;
}
