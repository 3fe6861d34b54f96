/** Why a `.recolte` file is refused. Nothing is written when any of these is raised. */

/**
 * Codes of bundle failures; the UI turns each into a sentence (i18n keys `bundle.error.<code>`).
 * - `empty`: zero bytes.
 * - `not-a-bundle`: no Récolte signature (a PDF, a `.vcf`, a photo…).
 * - `unsupported-version`: written by a newer format this app cannot read.
 * - `too-large`: the file, or one document in it, is over the size caps.
 * - `truncated`: shorter than its own header says (an interrupted copy).
 * - `checksum`: the bytes were altered (the whole-file SHA-256 does not match).
 * - `manifest`: the table of contents is malformed.
 * - `document-checksum`: a document's own SHA-256 does not match.
 * - `document-unreadable`: a document is not a loadable Automerge document.
 * - `wrong-kind`: a document is not of the kind the manifest declares.
 * - `bad-document-id`: a document id is not a well-formed automerge-repo id.
 * - `structure`: the documents do not form one atelier (or one seed) as declared.
 */
export const BUNDLE_ERROR_CODES = [
  "empty",
  "not-a-bundle",
  "unsupported-version",
  "too-large",
  "truncated",
  "checksum",
  "manifest",
  "document-checksum",
  "document-unreadable",
  "wrong-kind",
  "bad-document-id",
  "structure",
] as const;
/** One of {@link BUNDLE_ERROR_CODES}. */
export type BundleErrorCode = (typeof BUNDLE_ERROR_CODES)[number];

/** The only error `decodeBundle` throws; `code` is stable, `message` is for developers. */
export class BundleError extends Error {
  readonly code: BundleErrorCode;
  constructor(code: BundleErrorCode, message: string) {
    super(message);
    this.name = "BundleError";
    this.code = code;
  }
}

/** True for a `BundleError`, also across realms (checks the shape, not the prototype). */
export function isBundleError(e: unknown): e is BundleError {
  if (e instanceof BundleError) return true;
  if (typeof e !== "object" || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return (
    name === "BundleError" &&
    typeof code === "string" &&
    (BUNDLE_ERROR_CODES as readonly string[]).includes(code)
  );
}
