/**
 * Shapes shared by the importers and exporters. `ContactDraft` and the contact views come from
 * the domain (src/domain/address-book); this file adds the import results and reasons.
 */
import type {
  ContactConsent,
  ContactDraft,
  ContactView,
  LabelItem,
  MembershipItem,
  ValueItem,
} from "../domain";

export type { ContactDraft, StructureType } from "../domain";
export { STRUCTURE_TYPES } from "../domain";

/** A labelled email or phone, as forms and importers produce it (`ContactDraft.emails` items). */
export type LabelledValue = NonNullable<ContactDraft["emails"]>[number];

/**
 * What the exporters and `planImport` read from a contact: the domain's `ContactView` narrowed to
 * the fields they use, so tests and callers can pass smaller objects and any `ContactView` fits.
 */
export type ContactViewLike = Pick<
  ContactView,
  "id" | "kind" | "name" | "structureType" | "role" | "address" | "commune" | "website" | "notes"
> & {
  memberOf: readonly Pick<MembershipItem, "structureId" | "name">[];
  emails: readonly Pick<ValueItem, "value" | "label">[];
  phones: readonly Pick<ValueItem, "value" | "label">[];
  skills: readonly Pick<LabelItem, "label">[];
  themes: readonly Pick<LabelItem, "label">[];
  offers: readonly Pick<LabelItem, "label">[];
  needs: readonly Pick<LabelItem, "label">[];
  consent: Pick<ContactConsent, "shareWithParticipants" | "publicRestitution">;
};

/** One parsed entry of an import file; `index` is its position (0-based card or data row). */
export interface ImportEntry {
  draft: ContactDraft;
  index: number;
}

/** Why one entry of a file was not imported. */
export const IMPORT_REJECT_REASONS = [
  "missing-name",
  "malformed",
  "truncated",
  "not-a-contact",
] as const;
export type ImportRejectReason = (typeof IMPORT_REJECT_REASONS)[number];

/** One entry left out of an import, with the reason shown to the user. */
export interface ImportRejection {
  index: number;
  reason: ImportRejectReason;
  detail?: string;
}

/** The result of reading a file's entries: what can be imported and what cannot. */
export interface ImportResult {
  entries: ImportEntry[];
  rejected: ImportRejection[];
}
