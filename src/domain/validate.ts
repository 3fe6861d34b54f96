/**
 * Argument checks shared by every kind's commands. Each returns the value (narrowed) or throws a
 * {@link DomainError}; commands validate everything before writing anything, so a rejected
 * command leaves no partial change behind.
 */
import { DomainError } from "./errors";
import { isDocUrl, isValidId, type DocUrl } from "./ids";

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `x` is a time of day `"HH:MM"` (24 h). */
export function isTime(x: unknown): x is string {
  return typeof x === "string" && TIME_PATTERN.test(x);
}

/** Whether `x` is a real calendar date `"YYYY-MM-DD"` (so no 2024-02-30). */
export function isIsoDate(x: unknown): x is string {
  if (typeof x !== "string") return false;
  const m = DATE_PATTERN.exec(x);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A time `"HH:MM"` or `""` (not set). */
export function checkTime(value: unknown, field: string): string {
  if (value === "" || isTime(value)) return value;
  throw new DomainError("invalid-time", `${field} must be HH:MM`, { field });
}

/** A date `"YYYY-MM-DD"` or `""` (not set). */
export function checkDate(value: unknown, field: string): string {
  if (value === "" || isIsoDate(value)) return value;
  throw new DomainError("invalid-date", `${field} must be a date YYYY-MM-DD`, { field });
}

/** A string of at most `limit` UTF-16 units; `required` also rejects blank strings. */
export function checkText(value: unknown, field: string, limit: number, required = false): string {
  if (typeof value !== "string") {
    throw new DomainError("invalid-text", `${field} must be text`, { field });
  }
  if (value.length > limit) {
    throw new DomainError("too-long", `${field} is longer than ${limit}`, { field, limit });
  }
  if (required && value.trim() === "") {
    throw new DomainError("required", `${field} is required`, { field });
  }
  return value;
}

/** An entity id usable as a map key (see `isValidId`). */
export function checkId(value: unknown, field: string): string {
  if (isValidId(value)) return value;
  throw new DomainError("invalid-id", `${field} is not a valid id`, { field });
}

/** A timestamp in milliseconds (finite, non-negative). */
export function checkTimestamp(value: unknown, field = "now"): number {
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return value;
  throw new DomainError("invalid-timestamp", `${field} must be a timestamp`, { field });
}

/** An Automerge URL (`automerge:…`). */
export function checkDocUrl(value: unknown, field: string): DocUrl {
  if (isDocUrl(value)) return value;
  throw new DomainError("invalid-url", `${field} is not an automerge: URL`, { field });
}

/** `checkDocUrl` that also accepts `null` (no link yet). */
export function checkOptionalDocUrl(value: unknown, field: string): DocUrl | null {
  return value === null ? null : checkDocUrl(value, field);
}

/** End must not come before start when both are set (`"HH:MM"` compares as text). */
export function checkTimeRange(start: string, end: string): void {
  if (start !== "" && end !== "" && end < start) {
    throw new DomainError("invalid-time-range", "end is before start", { field: "end" });
  }
}
