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
export type StructureType =
  "" | "association" | "collectivite" | "entreprise" | "collectif" | "autre";

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

/** A label set entry as the domain view exposes it (`{ label }`), or a bare string. */
export type LabelItem = { label: string } | string;

/**
 * What the exporters and `planImport` read from a contact view (contract: `ContactView`, sets as
 * arrays). Structural on purpose: the domain's `ContactView` satisfies it.
 */
export interface ContactViewLike {
  id: ContactId;
  kind: "person" | "structure";
  name: string;
  structureType?: string;
  role: string;
  memberOf:
    | readonly ({ id?: ContactId; structureId?: ContactId; role?: string } | ContactId)[]
    | Readonly<Record<string, { role: string }>>;
  emails: readonly { value: string; label: string }[];
  phones: readonly { value: string; label: string }[];
  address: string;
  commune: string;
  website: string;
  skills: readonly LabelItem[];
  themes: readonly LabelItem[];
  offers: readonly LabelItem[];
  needs: readonly LabelItem[];
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
