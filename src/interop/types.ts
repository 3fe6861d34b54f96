/**
 * Shapes shared by the importers and exporters. `ContactDraft` and `ContactView` follow the carnet
 * contract (src/domain/address-book); the interop layer only reads the fields listed here, so any
 * richer domain type is accepted structurally.
 */
import type { ContactId } from "../domain/ids";

/** A labelled email or phone, as forms and importers produce it. */
export interface LabelledValue {
  value: string;
  label?: string;
}

/** The kinds of structure a contact may be (contract: `Contact.structureType`). */
export const STRUCTURE_TYPES = [
  "",
  "association",
  "collectivite",
  "entreprise",
  "collectif",
  "autre",
] as const;
/** One of {@link STRUCTURE_TYPES}. */
export type StructureType = (typeof STRUCTURE_TYPES)[number];

/** Plain input for a new contact (contract: `ContactDraft`). */
export interface ContactDraft {
  kind?: "person" | "structure";
  name: string;
  structureType?: StructureType;
  role?: string;
  /** Structure NAMES read from a file (vCard ORG, CSV « Structure »); resolved by the caller. */
  organisations?: string[];
  emails?: LabelledValue[];
  phones?: LabelledValue[];
  address?: string;
  commune?: string;
  website?: string;
  skills?: string[];
  themes?: string[];
  offers?: string[];
  needs?: string[];
  notes?: string;
  source?: "atelier" | "import" | "questionnaire";
}

/**
 * What the exporters and `planImport` read from a contact view (contract: `ContactView`, sets as
 * sorted arrays). Structural on purpose: the domain's `ContactView` satisfies it.
 */
export interface ContactViewLike {
  id: ContactId;
  kind: "person" | "structure";
  name: string;
  structureType: string;
  role: string;
  /** Structures this contact belongs to; `name` may be "" until the structure has synced. */
  memberOf: readonly { structureId: ContactId; name?: string; role?: string }[];
  emails: readonly { value: string; label: string }[];
  phones: readonly { value: string; label: string }[];
  address: string;
  commune: string;
  website: string;
  skills: readonly { label: string }[];
  themes: readonly { label: string }[];
  offers: readonly { label: string }[];
  needs: readonly { label: string }[];
  notes: string;
  consent: { shareWithParticipants: boolean | null; publicRestitution: boolean | null };
}

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
