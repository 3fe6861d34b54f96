/**
 * The carnet's list as kept in the device's view cache: what the list, its search and its
 * filters show, so a 5,000-contact book paints at once while its document loads. Read back as
 * untrusted data (another version of the app, a damaged record): entries that do not look like
 * contacts are dropped, the rest get defaults for what the cache does not hold.
 */
import { CONTACT_KINDS, isValidId, STRUCTURE_TYPES } from "../../domain";
import type { ContactId, ContactView, LabelItem, MembershipItem, ProfileId } from "../../domain";

/** Bump when the shape changes: older records are then ignored, not misread. */
export const CACHED_LIST_VERSION = 1;

/** One row of the cached list (plain, structured-cloneable). */
export interface CachedContact {
  id: string;
  name: string;
  kind: string;
  structureType: string;
  role: string;
  commune: string;
  memberOf: MembershipItem[];
  skills: LabelItem[];
  themes: LabelItem[];
  consent: { shareWithParticipants: boolean | null; publicRestitution: boolean | null };
  consentRecorded: boolean;
  searchText: string;
}

/** The cached list: its version and its rows, in list order. */
export interface CachedList {
  version: number;
  contacts: CachedContact[];
}

/** The list as stored: only what the list screen reads. */
export function toCachedList(contacts: readonly ContactView[]): CachedList {
  return {
    version: CACHED_LIST_VERSION,
    contacts: contacts.map((c) => ({
      id: c.id,
      name: c.name,
      kind: c.kind,
      structureType: c.structureType,
      role: c.role,
      commune: c.commune,
      memberOf: c.memberOf,
      skills: c.skills,
      themes: c.themes,
      consent: {
        shareWithParticipants: c.consent.shareWithParticipants,
        publicRestitution: c.consent.publicRestitution,
      },
      consentRecorded: c.consentRecorded,
      searchText: c.searchText,
    })),
  };
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);
const str = (x: unknown, max = 10_000): string => (typeof x === "string" ? x.slice(0, max) : "");
const bool = (x: unknown): boolean | null => (typeof x === "boolean" ? x : null);

function labels(raw: unknown): LabelItem[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((x: unknown) =>
    isObject(x) && typeof x.key === "string" && typeof x.label === "string"
      ? [{ key: x.key, label: str(x.label, 400) }]
      : [],
  );
}

function links(raw: unknown): MembershipItem[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((x: unknown) =>
    isObject(x) && isValidId(x.structureId)
      ? [{ structureId: x.structureId as ContactId, name: str(x.name, 400), role: str(x.role) }]
      : [],
  );
}

/** One cached row as a view, or `null` when it does not look like a contact. */
function readRow(raw: unknown): ContactView | null {
  if (!isObject(raw) || !isValidId(raw.id) || typeof raw.name !== "string") return null;
  const kind = CONTACT_KINDS.find((k) => k === raw.kind);
  if (kind === undefined) return null;
  const consent = isObject(raw.consent) ? raw.consent : {};
  const share = bool(consent.shareWithParticipants);
  const publicRestitution = bool(consent.publicRestitution);
  const name = str(raw.name, 400);
  return {
    id: raw.id as ContactId,
    kind,
    name,
    structureType: STRUCTURE_TYPES.find((t) => t === raw.structureType) ?? "",
    role: str(raw.role),
    memberOf: links(raw.memberOf),
    emails: [],
    phones: [],
    address: "",
    commune: str(raw.commune),
    website: "",
    skills: labels(raw.skills),
    themes: labels(raw.themes),
    offers: [],
    needs: [],
    notes: "",
    source: "atelier",
    consent: {
      shareWithParticipants: share,
      publicRestitution,
      recordedBy: null,
      recordedAt: null,
    },
    consentRecorded: share !== null && publicRestitution !== null,
    archived: null,
    mergedFrom: [],
    alternatives: {},
    // The folded text is only matched against, never shown: a wrong one can only miss a row.
    searchText: typeof raw.searchText === "string" ? raw.searchText : name.toLowerCase(),
    createdBy: "" as ProfileId,
    createdAt: 0,
  };
}

/** Reads a cached list back (never throws); `undefined` when it is not one this app wrote. */
export function readCachedList(raw: unknown): ContactView[] | undefined {
  if (!isObject(raw) || raw.version !== CACHED_LIST_VERSION || !Array.isArray(raw.contacts)) {
    return undefined;
  }
  const seen = new Set<string>();
  const out: ContactView[] = [];
  for (const row of raw.contacts as unknown[]) {
    const contact = readRow(row);
    if (contact !== null && !seen.has(contact.id)) {
      seen.add(contact.id);
      out.push(contact);
    }
  }
  return out;
}
