/** Whole-file import failures: the file as a whole cannot be read, so nothing is imported. */

/** Codes of whole-file failures; the UI turns each into a sentence (i18n keys `import.error.<code>`). */
export const IMPORT_ERROR_CODES = [
  "empty-file",
  "binary",
  "not-vcard",
  "unknown-format",
  "no-name-column",
  "too-large",
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** Thrown by a parser when the whole file is unusable; `code` is stable, `message` is for developers. */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  constructor(code: ImportErrorCode, message: string) {
    super(message);
    this.name = "ImportError";
    this.code = code;
  }
}

/** True for an `ImportError`, also across realms (checks the shape, not the prototype). */
export function isImportError(e: unknown): e is ImportError {
  return (
    e instanceof ImportError ||
    (typeof e === "object" &&
      e !== null &&
      (e as { name?: unknown }).name === "ImportError" &&
      typeof (e as { code?: unknown }).code === "string")
  );
}

/** Files past this size are refused before parsing: an address book is never this large. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * Rejects text that is obviously not a contacts file: NUL bytes or a high share of control
 * characters mean a binary file (image, zip, spreadsheet) was picked by mistake.
 */
export function assertTextual(text: string): void {
  if (text.trim() === "") throw new ImportError("empty-file", "The file is empty");
  let control = 0;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw new ImportError("binary", "The file contains NUL bytes");
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) {
      control++;
    }
  }
  if (control > sample.length * 0.05) {
    throw new ImportError("binary", "The file looks binary");
  }
}
