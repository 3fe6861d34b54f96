/**
 * Tolerant reading of ONE contact (v2 shape, or a v1 stub): defaults for missing fields, junk
 * set entries dropped and reported. Used by the document reader and by commands that adopt a
 * contact hidden by a conflict (see `access.ts`).
 */
import * as v from "valibot";
import type { ContactId, ProfileId } from "../ids";
import { isValidId } from "../ids";
import { idOrEmpty, isMapLike, optionalText, text, timestamp } from "../tolerant";
import { isUsableKey } from "./keys";
import {
  labelEntry,
  roleEntry,
  valueEntry,
  wellFormedScalars,
  wellFormedSet,
  type EntryGuard,
} from "./wellFormed";
import {
  ADDRESS_BOOK_LIMITS as L,
  CONTACT_KINDS,
  CONTACT_SOURCES,
  STRUCTURE_TYPES,
  type Contact,
  type ContactConsent,
  type ContactSet,
} from "./schema";

const validId = v.pipe(
  text(64),
  v.check((s) => isValidId(s)),
);
const StampSchema = v.object({ by: validId, at: timestamp });
const nullableBool = v.fallback(v.nullable(v.boolean()), null);

/** Consent with nothing recorded. */
export function emptyConsent(): ContactConsent {
  return {
    shareWithParticipants: null,
    publicRestitution: null,
    recordedBy: null,
    recordedAt: null,
  };
}

const ConsentSchema = v.fallback(
  v.object({
    shareWithParticipants: nullableBool,
    publicRestitution: nullableBool,
    recordedBy: v.fallback(v.nullable(validId), null),
    recordedAt: v.fallback(v.nullable(v.pipe(v.number(), v.finite())), null),
  }),
  emptyConsent,
);

/** Scalar fields of a v2 contact; `name` is the one field without which it is junk. */
const ContactSchema = v.object({
  kind: v.fallback(v.picklist(CONTACT_KINDS), "person"),
  name: text(L.name),
  structureType: v.fallback(v.picklist(STRUCTURE_TYPES), ""),
  role: optionalText(L.role),
  address: optionalText(L.address),
  commune: optionalText(L.commune),
  website: optionalText(L.website),
  notes: optionalText(L.notes),
  source: v.fallback(v.picklist(CONTACT_SOURCES), "atelier"),
  consent: ConsentSchema,
  archived: v.fallback(v.nullable(StampSchema), null),
  mergedInto: v.fallback(
    v.nullable(v.object({ target: validId, by: validId, at: timestamp })),
    null,
  ),
  createdBy: idOrEmpty,
  createdAt: timestamp,
});

/** Entry schemas of the sets (exported for the agreement tests of `wellFormed.ts`). */
export const ValueSchema = v.object({ value: text(L.email), label: optionalText(L.label) });
export const LabelSchema = v.object({ label: text(L.label) });
export const RoleSchema = v.object({ role: optionalText(L.role) });

/** Reads a map of set entries; invalid keys and entries are dropped and counted in `problems`. */
export function readSet<T>(
  raw: unknown,
  path: string,
  schema: v.GenericSchema<unknown, T>,
  problems: string[],
  keyOk: (key: string) => boolean = isUsableKey,
): Record<string, T> {
  const out: Record<string, T> = {};
  if (raw === undefined) return out;
  if (!isMapLike(raw)) {
    problems.push(`${path}: not a map`);
    return out;
  }
  for (const key of Object.keys(raw)) {
    const parsed = keyOk(key) ? v.safeParse(schema, raw[key]) : undefined;
    if (parsed?.success === true) out[key] = parsed.output;
    else problems.push(`${path}: dropped entry ${JSON.stringify(key.slice(0, 80))}`);
  }
  return out;
}

/** The scalar fields of a contact as `ContactSchema` outputs them. */
type Scalars = Omit<Contact, "id" | "memberOf" | ContactSet>;

/**
 * Scalars through valibot (any input), or the first issue's message: the reference the
 * hand-written guards of `wellFormed.ts` must agree with (and are tested against).
 */
export function slowScalars(raw: unknown): Scalars | string {
  const parsed = v.safeParse(ContactSchema, raw);
  if (!parsed.success) return parsed.issues[0].message;
  const c = parsed.output;
  return {
    ...c,
    consent: c.consent as ContactConsent,
    archived: c.archived as Contact["archived"],
    mergedInto: c.mergedInto as Contact["mergedInto"],
    createdBy: c.createdBy as ProfileId,
  };
}

/** Reads a v2 contact stored under `id`, or `null` (reported) when it is junk. */
export function readContact(
  raw: unknown,
  id: ContactId,
  path: string,
  problems: string[],
): Contact | null {
  // The common, well-formed contact is checked by hand (valibot costs ≈ 50 µs a contact, too
  // much for 5,000 at open); anything unusual takes valibot, whose output is the reference.
  const c = (isMapLike(raw) ? wellFormedScalars(raw) : null) ?? slowScalars(raw);
  if (typeof c === "string" || !isMapLike(raw)) {
    problems.push(`${path}: dropped (${typeof c === "string" ? c : "not an object"})`);
    return null;
  }
  const set = <T>(name: string, schema: v.GenericSchema<unknown, T>, entry: EntryGuard<T>) =>
    wellFormedSet(raw[name], entry) ?? readSet<T>(raw[name], `${path}.${name}`, schema, problems);
  // An explicit literal, not a spread: V8 builds 5,000 of these far faster (same keys, order).
  return {
    kind: c.kind,
    name: c.name,
    structureType: c.structureType,
    role: c.role,
    address: c.address,
    commune: c.commune,
    website: c.website,
    notes: c.notes,
    source: c.source,
    consent: c.consent,
    archived: c.archived,
    mergedInto: c.mergedInto,
    createdBy: c.createdBy,
    createdAt: c.createdAt,
    id,
    memberOf:
      wellFormedSet(raw.memberOf, roleEntry, isValidId) ??
      readSet(raw.memberOf, `${path}.memberOf`, RoleSchema, problems, isValidId),
    emails: set("emails", ValueSchema, valueEntry),
    phones: set("phones", ValueSchema, valueEntry),
    skills: set("skills", LabelSchema, labelEntry),
    themes: set("themes", LabelSchema, labelEntry),
    offers: set("offers", LabelSchema, labelEntry),
    needs: set("needs", LabelSchema, labelEntry),
  };
}

const StubSchema = v.object({ name: text(L.name), createdBy: idOrEmpty, createdAt: timestamp });

/** A full contact made from v1 stub fields (deterministic: same input, same contact). */
export function contactFromStub(
  id: ContactId,
  stub: { name: string; createdBy: string; createdAt: number },
): Contact {
  return {
    id,
    kind: "person",
    name: stub.name,
    structureType: "",
    role: "",
    memberOf: {},
    emails: {},
    phones: {},
    address: "",
    commune: "",
    website: "",
    skills: {},
    themes: {},
    offers: {},
    needs: {},
    notes: "",
    source: "atelier",
    consent: emptyConsent(),
    archived: null,
    mergedInto: null,
    createdBy: stub.createdBy as ProfileId,
    createdAt: stub.createdAt,
  };
}

/** Reads a v1 stub as a full contact, or `null` (reported) when it is junk. */
export function readStub(
  raw: unknown,
  id: ContactId,
  path: string,
  problems: string[],
): Contact | null {
  const parsed = v.safeParse(StubSchema, raw);
  if (!parsed.success) {
    problems.push(`${path}: dropped (${parsed.issues[0].message})`);
    return null;
  }
  return contactFromStub(id, parsed.output);
}
