/**
 * Address-book commands: pure `(doc, args) => void` functions applied to an Automerge change
 * proxy (`handle.change(d => cmd(d, args), { message })`). Ids, timestamps and the author come
 * in the arguments; everything is validated before anything is written, and bad input throws a
 * {@link DomainError}. Contacts are never deleted: the bin is an `archived` stamp.
 */
import { DomainError } from "../errors";
import type { ContactId, ProfileId } from "../ids";
import { editText } from "../text";
import { checkId, checkText, checkTimestamp } from "../validate";
import { findContact, hasContact, putContact } from "./access";
import { checkKind, checkStructureType, contactFromDraft } from "./draft";
import { BUCKET_KEYS } from "./keys";
import { linkOrganisations, planOrganisations } from "./organisations";
import {
  ADDRESS_BOOK_LIMITS,
  ADDRESS_BOOK_SCHEMA_VERSION,
  CONTACT_TEXT_FIELDS,
  type AddressBookDoc,
  type ContactDraft,
  type ContactKind,
  type ContactTextField,
  type StructureType,
} from "./schema";

export * from "./valueCommands";
export * from "./mergeCommands";

/** Every bucket, created empty: only the creator ever creates them (see `conflicts.ts`). */
export function emptyBuckets(): AddressBookDoc["buckets"] {
  return Object.fromEntries(BUCKET_KEYS.map((key) => [key, {}]));
}

/**
 * Initialises a new address book: stamp, every (empty) bucket and the "not duplicates" map in
 * one change, by its creator only. Throws `already-initialised` when it already has a stamp.
 */
export function initAddressBook(doc: AddressBookDoc, args: { by: ProfileId; now: number }): void {
  const by = checkId(args.by, "by") as ProfileId;
  const now = checkTimestamp(args.now);
  if (Reflect.get(doc, "schema") !== undefined) {
    throw new DomainError("already-initialised", "address book is already initialised");
  }
  doc.schema = { kind: "address-book", version: ADDRESS_BOOK_SCHEMA_VERSION };
  doc.buckets = emptyBuckets();
  doc.notDuplicates = {};
  doc.createdBy = by;
  doc.createdAt = now;
}

/** One contact to add: its (new, random) id and what was typed or imported. */
export interface NewContact {
  id: ContactId;
  draft: ContactDraft;
}

/**
 * Adds contacts in one change (a form's one, or a whole import). Structure names in
 * `draft.organisations` are linked to existing structures of the same (folded) name, or to new
 * structures created once per name. A contact whose id already exists is left as it is.
 */
export function importContacts(
  doc: AddressBookDoc,
  args: { drafts: readonly NewContact[]; by: ProfileId; now: number },
): void {
  const by = checkId(args.by, "by") as ProfileId;
  const now = checkTimestamp(args.now);
  if (!Array.isArray(args.drafts)) {
    throw new DomainError("invalid-field", "drafts must be a list", { field: "drafts" });
  }
  const contacts = args.drafts.map(({ id, draft }) => {
    const contactId = checkId(id, "id") as ContactId;
    return { contact: contactFromDraft(contactId, draft, by, now), draft };
  });
  const plan = planOrganisations(doc, contacts, by, now);
  for (const { contact } of contacts) {
    if (!hasContact(doc, contact.id)) putContact(doc, contact);
  }
  linkOrganisations(doc, plan);
}

/** Adds one contact (see {@link importContacts}); only `draft.name` is required. */
export function addContact(
  doc: AddressBookDoc,
  args: { id: ContactId; draft: ContactDraft; by: ProfileId; now: number },
): void {
  importContacts(doc, { drafts: [{ id: args.id, draft: args.draft }], by: args.by, now: args.now });
}

/** Edits a free-text field of a contact (character merge; the name may not be blank). */
export function setContactText(
  doc: AddressBookDoc,
  args: { id: ContactId; field: ContactTextField; value: string },
): void {
  const id = checkId(args.id, "id") as ContactId;
  if (!(CONTACT_TEXT_FIELDS as readonly string[]).includes(args.field)) {
    throw new DomainError("invalid-field", `unknown contact field ${String(args.field)}`, {
      field: "field",
    });
  }
  const value = checkText(
    args.value,
    args.field,
    ADDRESS_BOOK_LIMITS[args.field],
    args.field === "name",
  );
  const contact = findContact(doc, id);
  editText(contact, [args.field], value);
}

/** Makes a contact a person or a structure (a person has no structure type). */
export function setContactKind(
  doc: AddressBookDoc,
  args: { id: ContactId; kind: ContactKind; structureType?: StructureType },
): void {
  const id = checkId(args.id, "id") as ContactId;
  const kind = checkKind(args.kind);
  const type = kind === "person" ? "" : checkStructureType(args.structureType ?? "");
  const contact = findContact(doc, id);
  if (contact.kind !== kind) contact.kind = kind;
  if (contact.structureType !== type && (kind === "person" || args.structureType !== undefined)) {
    contact.structureType = type;
  }
}

function checkAnswer(value: unknown, field: string): boolean | null {
  if (value === null || typeof value === "boolean") return value;
  throw new DomainError("invalid-field", `${field} must be true, false or null`, { field });
}

/**
 * Records a person's consent (both answers, who recorded them and when) as ONE value, so two
 * concurrent recordings never mix one's answer with the other's.
 */
export function recordConsent(
  doc: AddressBookDoc,
  args: {
    id: ContactId;
    shareWithParticipants: boolean | null;
    publicRestitution: boolean | null;
    by: ProfileId;
    now: number;
  },
): void {
  const id = checkId(args.id, "id") as ContactId;
  const shareWithParticipants = checkAnswer(args.shareWithParticipants, "shareWithParticipants");
  const publicRestitution = checkAnswer(args.publicRestitution, "publicRestitution");
  const by = checkId(args.by, "by") as ProfileId;
  const now = checkTimestamp(args.now);
  findContact(doc, id).consent = {
    shareWithParticipants,
    publicRestitution,
    recordedBy: by,
    recordedAt: now,
  };
}

/** Moves a contact to the bin (« Corbeille »); no-op when it already is there. */
export function archiveContact(
  doc: AddressBookDoc,
  args: { id: ContactId; by: ProfileId; now: number },
): void {
  const id = checkId(args.id, "id") as ContactId;
  const by = checkId(args.by, "by") as ProfileId;
  const at = checkTimestamp(args.now);
  const contact = findContact(doc, id);
  if (contact.archived === null || typeof contact.archived !== "object") {
    contact.archived = { by, at };
  }
}

/** Takes a contact out of the bin; no-op when it is not there. */
export function restoreContact(doc: AddressBookDoc, args: { id: ContactId }): void {
  const id = checkId(args.id, "id") as ContactId;
  const contact = findContact(doc, id);
  if (contact.archived !== null) contact.archived = null;
}
