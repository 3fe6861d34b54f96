/**
 * Hand-written checks for the common case of the tolerant reader: a contact exactly as the
 * commands write it. Opening a 5,000-contact book through valibot costs ≈ 50 µs a contact; these
 * guards cost a few. Each returns `null` as soon as anything is unusual (a missing field, an
 * `ImmutableString`, an over-long text…), and the reader then takes the valibot path, which stays
 * the reference: for every input these accept, they return exactly what valibot would.
 */
import type { ProfileId } from "../ids";
import { isValidId } from "../ids";
import { isMapLike } from "../tolerant";
import { isUsableKey } from "./keys";
import {
  ADDRESS_BOOK_LIMITS as L,
  CONTACT_KINDS,
  CONTACT_SOURCES,
  STRUCTURE_TYPES,
  type Contact,
  type ContactConsent,
  type ContactKind,
  type ContactLabel,
  type ContactSet,
  type ContactSource,
  type ContactValue,
  type StructureType,
} from "./schema";

const KINDS: ReadonlySet<unknown> = new Set(CONTACT_KINDS);
const TYPES: ReadonlySet<unknown> = new Set(STRUCTURE_TYPES);
const SOURCES: ReadonlySet<unknown> = new Set(CONTACT_SOURCES);

const isText = (x: unknown, cap: number): x is string => typeof x === "string" && x.length <= cap;
const isTime = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const isId = (x: unknown): x is string => isText(x, 64) && isValidId(x);
const isAnswer = (x: unknown): x is boolean | null => x === null || typeof x === "boolean";

function consentOf(x: unknown): ContactConsent | null {
  if (!isMapLike(x)) return null;
  const { shareWithParticipants, publicRestitution, recordedBy, recordedAt } = x;
  if (!isAnswer(shareWithParticipants) || !isAnswer(publicRestitution)) return null;
  if (recordedBy !== null && !isId(recordedBy)) return null;
  if (recordedAt !== null && !isTime(recordedAt)) return null;
  return {
    shareWithParticipants,
    publicRestitution,
    recordedBy: recordedBy as ProfileId | null,
    recordedAt,
  };
}

/** `null` → `{ value: null }`; a well-formed stamp → `{ value }`; anything else → `null`. */
function archivedOf(x: unknown): { value: Contact["archived"] } | null {
  if (x === null) return { value: null };
  if (!isMapLike(x) || !isId(x.by) || !isTime(x.at)) return null;
  return { value: { by: x.by as ProfileId, at: x.at } };
}

function mergedIntoOf(x: unknown): { value: Contact["mergedInto"] } | null {
  if (x === null) return { value: null };
  if (!isMapLike(x) || !isId(x.target) || !isId(x.by) || !isTime(x.at)) return null;
  return { value: { target: x.target as Contact["id"], by: x.by as ProfileId, at: x.at } };
}

/**
 * The scalar fields of a well-formed contact, in `ContactSchema`'s key order, or `null` when the
 * valibot path must decide.
 */
export function wellFormedScalars(
  raw: Record<string, unknown>,
): Omit<Contact, "id" | "memberOf" | ContactSet> | null {
  const { kind, name, structureType, role, address, commune, website, notes, source } = raw;
  if (!KINDS.has(kind) || !isText(name, L.name) || !TYPES.has(structureType)) return null;
  if (!isText(role, L.role) || !isText(address, L.address) || !isText(commune, L.commune)) {
    return null;
  }
  if (!isText(website, L.website) || !isText(notes, L.notes) || !SOURCES.has(source)) return null;
  const consent = consentOf(raw.consent);
  const archived = archivedOf(raw.archived);
  const mergedInto = mergedIntoOf(raw.mergedInto);
  const { createdBy, createdAt } = raw;
  if (consent === null || archived === null || mergedInto === null || !isTime(createdAt)) {
    return null;
  }
  if (createdBy !== "" && !isId(createdBy)) return null;
  return {
    kind: kind as ContactKind,
    name,
    structureType: structureType as StructureType,
    role,
    address,
    commune,
    website,
    notes,
    source: source as ContactSource,
    consent,
    archived: archived.value,
    mergedInto: mergedInto.value,
    createdBy: createdBy as ProfileId,
    createdAt,
  };
}

/** A copy of a well-formed set entry, or `null`. */
export type EntryGuard<T> = (x: unknown) => T | null;

/** An email or phone entry (`ValueSchema`). */
export const valueEntry: EntryGuard<ContactValue> = (x) =>
  isMapLike(x) && isText(x.value, L.email) && isText(x.label, L.label)
    ? { value: x.value, label: x.label }
    : null;

/** A skill, theme, offer or need entry (`LabelSchema`). */
export const labelEntry: EntryGuard<ContactLabel> = (x) =>
  isMapLike(x) && isText(x.label, L.label) ? { label: x.label } : null;

/** A structure link (`RoleSchema`). */
export const roleEntry: EntryGuard<{ role: string }> = (x) =>
  isMapLike(x) && isText(x.role, L.role) ? { role: x.role } : null;

/**
 * A set whose every key and entry is well-formed (`undefined` reads as empty), or `null` when
 * the valibot path must read it (and report what it drops).
 */
export function wellFormedSet<T>(
  raw: unknown,
  entry: EntryGuard<T>,
  keyOk: (key: string) => boolean = isUsableKey,
): Record<string, T> | null {
  const out: Record<string, T> = {};
  if (raw === undefined) return out;
  if (!isMapLike(raw)) return null;
  for (const key of Object.keys(raw)) {
    const value = keyOk(key) ? entry(raw[key]) : null;
    if (value === null) return null;
    out[key] = value;
  }
  return out;
}
