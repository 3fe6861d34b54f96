/**
 * Validation of contact input (forms, importers): every check throws a {@link DomainError}
 * before anything is written.
 */
import { DomainError } from "../errors";
import type { ContactId, ProfileId } from "../ids";
import { checkText } from "../validate";
import { isEmailKey, isUsableKey, normalizeEmail, normalizeLabel, normalizePhone } from "./keys";
import { emptyConsent } from "./readContact";
import {
  ADDRESS_BOOK_LIMITS as L,
  CONTACT_KINDS,
  CONTACT_SETS,
  CONTACT_SOURCES,
  STRUCTURE_TYPES,
  type Contact,
  type ContactDraft,
  type ContactKind,
  type ContactLabel,
  type ContactLabelSet,
  type ContactSet,
  type ContactSource,
  type ContactValue,
  type ContactValueSet,
  type StructureType,
} from "./schema";

/** A set name, or `invalid-field`. */
export function checkSet(value: unknown): ContactSet {
  if ((CONTACT_SETS as readonly unknown[]).includes(value)) return value as ContactSet;
  throw new DomainError("invalid-field", `unknown contact set ${String(value)}`, { field: "set" });
}

/** A contact kind, or `invalid-kind`. */
export function checkKind(value: unknown): ContactKind {
  if ((CONTACT_KINDS as readonly unknown[]).includes(value)) return value as ContactKind;
  throw new DomainError("invalid-kind", "kind must be person or structure", { field: "kind" });
}

/** A structure type, or `invalid-kind`. */
export function checkStructureType(value: unknown): StructureType {
  if ((STRUCTURE_TYPES as readonly unknown[]).includes(value)) return value as StructureType;
  throw new DomainError("invalid-kind", "unknown structure type", { field: "structureType" });
}

function checkSource(value: unknown): ContactSource {
  if ((CONTACT_SOURCES as readonly unknown[]).includes(value)) return value as ContactSource;
  throw new DomainError("invalid-field", "unknown contact source", { field: "source" });
}

/** One validated set entry: its key and stored value. */
export type SetEntry = { key: string; entry: ContactValue | ContactLabel };

/**
 * Validates a value for `set` and derives its key: emails must look like one
 * (`invalid-email`), phones need at least 3 digits (`invalid-phone`), labels must not be blank.
 */
export function checkSetValue(set: ContactSet, value: unknown, label: unknown = ""): SetEntry {
  if (set === "emails" || set === "phones") {
    const limit = set === "emails" ? L.email : L.phone;
    const raw = checkText(value, set, limit, true).trim();
    const tag = checkText(label ?? "", "label", L.label).trim();
    const key = set === "emails" ? normalizeEmail(raw) : normalizePhone(raw);
    if (set === "emails" && !isEmailKey(key)) {
      throw new DomainError("invalid-email", `not an email: ${raw}`, { field: set });
    }
    if (set === "phones" && key.replace(/^00/, "").length < 3) {
      throw new DomainError("invalid-phone", `not a phone number: ${raw}`, { field: set });
    }
    return { key, entry: { value: raw, label: tag } };
  }
  const text = checkText(value, set, L.label, true).trim();
  const key = normalizeLabel(text);
  if (!isUsableKey(key)) throw new DomainError("required", `${set} is blank`, { field: set });
  return { key, entry: { label: text } };
}

function optionalList(value: unknown, field: string): unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  throw new DomainError("invalid-field", `${field} must be a list`, { field });
}

/** Validated emails or phones from a draft list (first of two equal keys wins). */
function valueEntries(set: ContactValueSet, list: unknown): Record<string, ContactValue> {
  const out: Record<string, ContactValue> = {};
  for (const item of optionalList(list, set)) {
    const value: unknown =
      typeof item === "object" && item !== null ? Reflect.get(item, "value") : item;
    const label: unknown =
      typeof item === "object" && item !== null ? Reflect.get(item, "label") : "";
    const { key, entry } = checkSetValue(set, value, label);
    out[key] ??= entry as ContactValue;
  }
  return out;
}

/** Validated labels from a draft list (first of two equal keys wins). */
function labelEntries(set: ContactLabelSet, list: unknown): Record<string, ContactLabel> {
  const out: Record<string, ContactLabel> = {};
  for (const item of optionalList(list, set)) {
    const { key, entry } = checkSetValue(set, item);
    out[key] ??= entry as ContactLabel;
  }
  return out;
}

/** Structure names of a draft (trimmed, non-blank). */
export function draftOrganisations(draft: ContactDraft): string[] {
  return optionalList(draft.organisations, "organisations").map((name) =>
    checkText(name, "organisations", L.name, true).trim(),
  );
}

/** A new contact from a draft; throws on any invalid field (nothing is written). */
export function contactFromDraft(
  id: ContactId,
  draft: ContactDraft,
  by: ProfileId,
  now: number,
): Contact {
  if (typeof draft !== "object" || draft === null) {
    throw new DomainError("invalid-field", "draft must be an object", { field: "draft" });
  }
  const kind = checkKind(draft.kind ?? "person");
  const text = (field: "role" | "address" | "commune" | "website" | "notes") =>
    checkText(draft[field] ?? "", field, L[field]);
  return {
    id,
    kind,
    name: checkText(draft.name, "name", L.name, true).trim(),
    structureType: kind === "structure" ? checkStructureType(draft.structureType ?? "") : "",
    role: text("role"),
    memberOf: {},
    emails: valueEntries("emails", draft.emails),
    phones: valueEntries("phones", draft.phones),
    address: text("address"),
    commune: text("commune"),
    website: text("website"),
    skills: labelEntries("skills", draft.skills),
    themes: labelEntries("themes", draft.themes),
    offers: labelEntries("offers", draft.offers),
    needs: labelEntries("needs", draft.needs),
    notes: text("notes"),
    source: checkSource(draft.source ?? "atelier"),
    consent: emptyConsent(),
    archived: null,
    mergedInto: null,
    createdBy: by,
    createdAt: now,
  };
}
