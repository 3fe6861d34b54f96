/**
 * The one error type commands throw on bad input. Its `code` is stable and meant as an i18n key
 * (`errors.<code>`), so the UI can say what is wrong without parsing messages.
 */

/** Every code a {@link DomainError} may carry. */
export const DOMAIN_ERROR_CODES = [
  "invalid-time",
  "invalid-time-range",
  "invalid-date",
  "invalid-id",
  "invalid-kind",
  "invalid-url",
  "invalid-field",
  "invalid-timestamp",
  "invalid-text",
  "too-long",
  "required",
  "already-initialised",
  "not-initialised",
  "not-found",
  "invalid-email",
  "invalid-phone",
  "same-contact",
  "already-merged",
  "invalid-link",
  "same-note",
  "note-already-merged",
  "vote-closed",
  "over-budget",
  "invalid-number",
] as const;
/** One of {@link DOMAIN_ERROR_CODES}. */
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** Details that let the UI phrase the message (which field, which limit). */
export interface DomainErrorDetails {
  field?: string;
  limit?: number;
}

/** Thrown by commands when their arguments are invalid; nothing was written when it is thrown. */
export class DomainError extends Error {
  override readonly name = "DomainError";
  readonly code: DomainErrorCode;
  readonly field: string | undefined;
  readonly limit: number | undefined;

  constructor(code: DomainErrorCode, message: string, details: DomainErrorDetails = {}) {
    super(message);
    this.code = code;
    this.field = details.field;
    this.limit = details.limit;
  }
}

/**
 * Whether `x` is a {@link DomainError}. Also recognises one from another copy of this module
 * (a worker, a duplicated bundle chunk) by its name and code, where `instanceof` would fail.
 */
export function isDomainError(x: unknown): x is DomainError {
  if (x instanceof DomainError) return true;
  if (!(x instanceof Error) || x.name !== "DomainError") return false;
  const code: unknown = Reflect.get(x, "code");
  return typeof code === "string" && (DOMAIN_ERROR_CODES as readonly string[]).includes(code);
}
