/**
 * The address book: one per atelier, the only document holding personal data (DESIGN.md §3).
 *
 * Contacts live in buckets keyed by the first character of their id (`contactBucket`): the cost
 * of an Automerge change grows with the number of sibling keys of the maps it touches, so one
 * flat map of 5,000 contacts costs ≈ 8 ms per edit where 58 buckets of ≈ 90 cost ≈ 1 ms.
 */
import type { ContactId, ProfileId } from "../ids";
import type { SchemaStamp } from "../schema";

/** Current schema version of address-book documents (v2: contacts in buckets). */
export const ADDRESS_BOOK_SCHEMA_VERSION = 2;

/** Length caps enforced by commands (UTF-16 units). */
export const ADDRESS_BOOK_LIMITS = {
  name: 200,
  role: 200,
  address: 500,
  commune: 200,
  website: 500,
  notes: 10_000,
  email: 320,
  phone: 40,
  label: 200,
} as const;

/** A person, or a structure (association, collectivité…) people may belong to. */
export const CONTACT_KINDS = ["person", "structure"] as const;
/** One of {@link CONTACT_KINDS}. */
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Types of structure; `""` for a person or an unknown type. */
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

/** Where a contact came from. */
export const CONTACT_SOURCES = ["atelier", "import", "questionnaire"] as const;
/** One of {@link CONTACT_SOURCES}. */
export type ContactSource = (typeof CONTACT_SOURCES)[number];

/** The free-text fields of a contact, edited with `setContactText` (character merge). */
export const CONTACT_TEXT_FIELDS = [
  "name",
  "role",
  "address",
  "commune",
  "website",
  "notes",
] as const;
/** One of {@link CONTACT_TEXT_FIELDS}. */
export type ContactTextField = (typeof CONTACT_TEXT_FIELDS)[number];

/** The multi-valued fields of a contact, stored as maps keyed by the normalised value. */
export const CONTACT_SETS = ["emails", "phones", "skills", "themes", "offers", "needs"] as const;
/** One of {@link CONTACT_SETS}. */
export type ContactSet = (typeof CONTACT_SETS)[number];
/** Sets whose entries hold a value and a label (« domicile », « travail »…). */
export type ContactValueSet = "emails" | "phones";
/** Sets whose entries are labels (skills, themes, offers, needs). */
export type ContactLabelSet = "skills" | "themes" | "offers" | "needs";

/** An email or phone number: the value as typed and an optional label. */
export interface ContactValue {
  value: string;
  label: string;
}

/** A skill, theme, offer or need, as typed (the key is its normalised form). */
export interface ContactLabel {
  label: string;
}

/**
 * Consent of a person, recorded by a facilitator. `null` answers are not recorded yet; a contact
 * counts as consented only once both answers are recorded (see `consentRecorded`).
 */
export interface ContactConsent {
  /** May be shared with the atelier's participants. */
  shareWithParticipants: boolean | null;
  /** May appear in a public restitution. */
  publicRestitution: boolean | null;
  recordedBy: ProfileId | null;
  recordedAt: number | null;
}

/** Who did something and when (archive, merge, "not duplicates"). */
export interface Stamp {
  by: ProfileId;
  at: number;
}

/** A person or a structure. */
export interface Contact {
  id: ContactId;
  kind: ContactKind;
  /** Display name (text). */
  name: string;
  structureType: StructureType;
  role: string;
  /** Structures this contact belongs to (a set with a per-link role). */
  memberOf: Record<string, { role: string }>;
  emails: Record<string, ContactValue>;
  phones: Record<string, ContactValue>;
  address: string;
  commune: string;
  website: string;
  skills: Record<string, ContactLabel>;
  themes: Record<string, ContactLabel>;
  offers: Record<string, ContactLabel>;
  needs: Record<string, ContactLabel>;
  notes: string;
  source: ContactSource;
  consent: ContactConsent;
  /** In the bin (« Corbeille ») when set. */
  archived: Stamp | null;
  /** Merge record: this contact is shown folded into `target` (undo = set back to null). */
  mergedInto: (Stamp & { target: ContactId }) | null;
  createdBy: ProfileId;
  createdAt: number;
}

/** The v1 contact (shipped stub), still read from the legacy `contacts` map. */
export interface ContactStub {
  id: ContactId;
  name: string;
  createdBy: ProfileId;
  createdAt: number;
}

/** The Automerge document of kind `"address-book"`. */
export interface AddressBookDoc {
  schema: SchemaStamp<"address-book">;
  /** Bucket key (`contactBucket(id)`) → contacts of that bucket. */
  buckets: Record<string, Record<string, Contact>>;
  /** `pairKey(a, b)` → who said these two are different people, and when. */
  notDuplicates: Record<string, Stamp>;
  createdBy: ProfileId;
  createdAt: number;
  /** @deprecated v1 flat map of {@link ContactStub}, emptied by the v2 migration. */
  contacts?: Record<string, unknown>;
}

/**
 * Plain input used by forms and importers (`addContact`, `importContacts`); only `name` is
 * required.
 */
export interface ContactDraft {
  kind?: ContactKind;
  name: string;
  structureType?: StructureType;
  role?: string;
  /** Structure NAMES (an import's ORG): resolved to existing structures or created. */
  organisations?: string[];
  emails?: { value: string; label?: string }[];
  phones?: { value: string; label?: string }[];
  address?: string;
  commune?: string;
  website?: string;
  skills?: string[];
  themes?: string[];
  offers?: string[];
  needs?: string[];
  notes?: string;
  source?: ContactSource;
}

/**
 * A validated, plain, readonly snapshot of an address book (what `normalizeAddressBook`
 * returns). Unlike the document, contacts are in ONE flat map: buckets are a storage detail.
 */
export interface AddressBookView {
  readonly schema: Readonly<SchemaStamp<"address-book">>;
  readonly contacts: Readonly<Record<string, Readonly<Contact>>>;
  readonly notDuplicates: Readonly<Record<string, Readonly<Stamp>>>;
  readonly createdBy: ProfileId;
  readonly createdAt: number;
}
