/**
 * The read model: every contact as a {@link ContactView}, merged records folded into their
 * root (the contact they were merged into). Folding at read time is what makes a merge lossless
 * and undoable: each side keeps its own values in the document, the view shows their union.
 */
import type { ContactId, ProfileId } from "../ids";
import { compareText, searchTextOf } from "./searchText";
import { makeRootResolver } from "./mergeRecords";

export { compareText, foldPart } from "./searchText";
import {
  CONTACT_TEXT_FIELDS,
  type AddressBookView,
  type Contact,
  type ContactConsent,
  type ContactKind,
  type ContactLabel,
  type ContactSource,
  type ContactValue,
  type ContactTextField,
  type Stamp,
  type StructureType,
} from "./schema";

/** An email or phone in a view: its key (normalised value), value and label. */
export interface ValueItem {
  key: string;
  value: string;
  label: string;
}

/** A skill, theme, offer or need in a view. */
export interface LabelItem {
  key: string;
  label: string;
}

/** A link to a structure, resolved to the structure it shows as. */
export interface MembershipItem {
  structureId: ContactId;
  /** The structure's name (`""` while it has not arrived by sync). */
  name: string;
  role: string;
}

/** A contact as shown: merged records folded in, sets as sorted arrays. */
export interface ContactView {
  id: ContactId;
  kind: ContactKind;
  name: string;
  structureType: StructureType;
  role: string;
  memberOf: MembershipItem[];
  emails: ValueItem[];
  phones: ValueItem[];
  address: string;
  commune: string;
  website: string;
  skills: LabelItem[];
  themes: LabelItem[];
  offers: LabelItem[];
  needs: LabelItem[];
  notes: string;
  source: ContactSource;
  consent: ContactConsent;
  /** Both consent answers are recorded. Until then the person is marked as such everywhere. */
  consentRecorded: boolean;
  archived: Stamp | null;
  /** Records folded into this one (sorted ids); `unmergeContact` on one of them undoes it. */
  mergedFrom: ContactId[];
  /** Other values of text fields among the merged records (the shown one is not repeated). */
  alternatives: Partial<Record<ContactTextField, string[]>>;
  /** Folded text of the searchable fields (`searchContacts`). */
  searchText: string;
  createdBy: ProfileId;
  createdAt: number;
}

/** Every contact view of a book, by id, and how any id (merged or not) resolves. */
export interface ContactIndex {
  /** Root contacts (not merged into another), archived ones included. */
  byId: ReadonlyMap<ContactId, ContactView>;
  /** The id a contact shows as (itself unless merged). */
  rootOf: (id: string) => ContactId;
}

export type LabelSets = "skills" | "themes" | "offers" | "needs";

const byKey = <T extends { key: string }>(a: T, b: T) =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

function unionValues(group: readonly Contact[], set: "emails" | "phones"): ValueItem[] {
  const out = new Map<string, ValueItem>();
  for (const c of group) {
    for (const [key, v] of Object.entries(c[set])) {
      if (!out.has(key)) out.set(key, { key, value: v.value, label: v.label });
    }
  }
  return [...out.values()].sort(byKey);
}

function unionLabels(group: readonly Contact[], set: "skills" | "themes" | "offers" | "needs") {
  const out = new Map<string, LabelItem>();
  for (const c of group) {
    for (const [key, v] of Object.entries(c[set]))
      if (!out.has(key)) out.set(key, { key, label: v.label });
  }
  return [...out.values()].sort(byKey);
}

/** {@link unionValues} of one contact (keys of one map are distinct: no dedup needed). */
function valuesOf(map: Readonly<Record<string, ContactValue>>): ValueItem[] {
  const out: ValueItem[] = [];
  for (const key in map) {
    const v = map[key] as ContactValue;
    out.push({ key, value: v.value, label: v.label });
  }
  return out.length > 1 ? out.sort(byKey) : out;
}

/** {@link unionLabels} of one contact. */
function labelsOf(map: Readonly<Record<string, ContactLabel>>): LabelItem[] {
  const out: LabelItem[] = [];
  for (const key in map) out.push({ key, label: (map[key] as ContactLabel).label });
  return out.length > 1 ? out.sort(byKey) : out;
}

/** The most recent consent recording of the group (a person's latest answer), else the root's. */
function latestConsent(group: readonly Contact[]): ContactConsent {
  let best = group[0]?.consent as ContactConsent;
  for (const c of group) {
    if ((c.consent.recordedAt ?? -1) > (best.recordedAt ?? -1)) best = c.consent;
  }
  return best;
}

function foldGroup(
  group: readonly Contact[],
  rootOf: (id: string) => ContactId,
  names: (id: ContactId) => string,
): ContactView {
  const root = group[0] as Contact;
  const alternatives: Partial<Record<ContactTextField, string[]>> = {};
  const texts: Record<ContactTextField, string> = {
    name: root.name,
    role: root.role,
    address: root.address,
    commune: root.commune,
    website: root.website,
    notes: root.notes,
  };
  if (group.length > 1) {
    for (const field of CONTACT_TEXT_FIELDS) {
      const values = [...new Set(group.map((c) => c[field]).filter((t) => t.trim() !== ""))];
      if (root[field].trim() === "") texts[field] = values[0] ?? root[field];
      const others = values.filter((t) => t !== texts[field]);
      if (others.length > 0) alternatives[field] = others;
    }
  }
  const links = new Map<ContactId, MembershipItem>();
  for (const c of group) {
    for (const [id, link] of Object.entries(c.memberOf)) {
      const structureId = rootOf(id);
      if (structureId === root.id || links.has(structureId)) continue;
      links.set(structureId, { structureId, name: names(structureId), role: link.role });
    }
  }
  const consent = latestConsent(group);
  const single = group.length === 1;
  const memberOf =
    links.size === 0
      ? []
      : [...links.values()].sort(
          (a, b) => compareText(a.name, b.name) || compareText(a.structureId, b.structureId),
        );
  const emails = single ? valuesOf(root.emails) : unionValues(group, "emails");
  const skills = single ? labelsOf(root.skills) : unionLabels(group, "skills");
  const themes = single ? labelsOf(root.themes) : unionLabels(group, "themes");
  const offers = single ? labelsOf(root.offers) : unionLabels(group, "offers");
  const needs = single ? labelsOf(root.needs) : unionLabels(group, "needs");
  // An explicit literal, not spreads: V8 builds 5,000 of these far faster (same keys, order).
  return {
    name: texts.name,
    role: texts.role,
    address: texts.address,
    commune: texts.commune,
    website: texts.website,
    notes: texts.notes,
    id: root.id,
    kind: root.kind,
    structureType: root.structureType || (group.find((c) => c.structureType)?.structureType ?? ""),
    memberOf,
    emails,
    phones: single ? valuesOf(root.phones) : unionValues(group, "phones"),
    skills,
    themes,
    offers,
    needs,
    source: root.source,
    consent,
    consentRecorded: consent.shareWithParticipants !== null && consent.publicRestitution !== null,
    archived: root.archived,
    mergedFrom: single ? [] : group.slice(1).map((c) => c.id),
    alternatives,
    createdBy: root.createdBy,
    createdAt: root.createdAt,
    searchText: searchTextOf({ ...texts, memberOf, emails, skills, themes, offers, needs }),
  };
}

const indexCache = new WeakMap<object, ContactIndex>();

/**
 * Views of contacts that stand alone (no merged records), by contact object. The reader reuses
 * the objects of untouched contacts across snapshots, so after an edit only the edited contact
 * is folded again; `deps` (its structures, as resolved and named) must match to reuse a view.
 */
const singleCache = new WeakMap<Contact, { deps: string; view: ContactView }>();

function singleView(
  contact: Contact,
  rootOf: (id: string) => ContactId,
  names: (id: ContactId) => string,
): ContactView {
  const links = Object.keys(contact.memberOf);
  const deps = links.map((id) => `${rootOf(id)}\u0000${names(rootOf(id))}`).join("\u0001");
  const hit = singleCache.get(contact);
  if (hit !== undefined && hit.deps === deps) return hit.view;
  const view = foldGroup([contact], rootOf, names);
  singleCache.set(contact, { deps, view });
  return view;
}

/** How an index was derived from the previous one, when only a few contacts changed. */
export interface IndexDelta {
  previous: ContactIndex;
  /** Ids whose view may differ (same ids in both indexes: none added, removed or merged). */
  changed: readonly ContactId[];
}

/** What the next snapshot's index is compared with (one book at a time is the common case). */
interface Built {
  contacts: Readonly<Record<string, Contact>>;
  count: number;
  index: ContactIndex;
  /** Ids other records point to (links, merges): their name shows elsewhere. */
  referenced: ReadonlySet<string>;
}

let lastBuilt: Built | undefined;
const deltas = new WeakMap<ContactIndex, IndexDelta>();
/** Past this many changed records a full pass is as cheap as patching. */
const MAX_PATCHED = 32;

/** The delta `index` was patched from, if it was (selectors use it to patch their output too). */
export function indexDelta(index: ContactIndex): IndexDelta | undefined {
  return deltas.get(index);
}

const sameKeys = (a: object, b: object) => {
  const x = Object.keys(a);
  const y = Object.keys(b);
  return x.length === y.length && x.every((k, i) => k === y[i]);
};

/**
 * Patches the previous index when the new snapshot differs by a few stand-alone contacts (a
 * keystroke on a contact page): same ids, no merge records involved, no linked name changed.
 * Anything else returns `null` and takes the full pass, which gives the same result.
 */
function patchIndex(prev: Built, contacts: Readonly<Record<string, Contact>>): ContactIndex | null {
  const changed: Contact[] = [];
  let count = 0;
  for (const id in contacts) {
    count++;
    const c = contacts[id] as Contact;
    const old = prev.contacts[id];
    if (c === old) continue;
    if (old === undefined || changed.length >= MAX_PATCHED) return null;
    if (c.mergedInto !== null || old.mergedInto !== null) return null;
    if (prev.referenced.has(id) && c.name !== old.name) return null;
    if (!sameKeys(c.memberOf, old.memberOf)) return null;
    if ((prev.index.byId.get(c.id)?.mergedFrom.length ?? 1) > 0) return null;
    changed.push(c);
  }
  if (count !== prev.count) return null;
  const { rootOf } = prev.index;
  const names = (id: ContactId) => contacts[id]?.name ?? "";
  const byId = new Map(prev.index.byId);
  for (const c of changed) byId.set(c.id, singleView(c, rootOf, names));
  const index: ContactIndex = { byId, rootOf };
  deltas.set(index, { previous: prev.index, changed: changed.map((c) => c.id) });
  return index;
}

function buildIndex(contacts: Readonly<Record<string, Contact>>): ContactIndex {
  const targets = new Map<string, string>();
  for (const id in contacts) {
    const c = contacts[id] as Contact;
    if (c.mergedInto !== null && contacts[c.mergedInto.target] !== undefined) {
      targets.set(c.id, c.mergedInto.target);
    }
  }
  const resolve = makeRootResolver(targets);
  // An id that is no merge source is its own root: most are, and need no memo entry.
  const rootOf = ((id: string) => (targets.has(id) ? resolve(id) : id)) as (
    id: string,
  ) => ContactId;
  const names = (id: ContactId) => contacts[id]?.name ?? "";
  const byId = new Map<ContactId, ContactView>();
  // Merged groups (rare) are gathered first; every other contact is a view of its own.
  const groups = new Map<ContactId, Contact[]>();
  for (const source of targets.keys()) {
    const root = rootOf(source);
    const group = groups.get(root) ?? [contacts[root] as Contact];
    if (source !== root) group.push(contacts[source] as Contact);
    groups.set(root, group);
  }
  for (const id in contacts) {
    const c = contacts[id] as Contact;
    const group = groups.get(c.id);
    if (targets.has(c.id) && rootOf(c.id) !== c.id) continue;
    if (group === undefined || group.length === 1) {
      byId.set(c.id, singleView(c, rootOf, names));
      continue;
    }
    const [first, ...rest] = group as [Contact, ...Contact[]];
    const view = foldGroup([first, ...rest.sort((a, b) => compareText(a.id, b.id))], rootOf, names);
    byId.set(c.id, view);
  }
  return { byId, rootOf };
}

function referencedIds(contacts: Readonly<Record<string, Contact>>): Set<string> {
  const out = new Set<string>();
  for (const c of Object.values(contacts)) {
    for (const id in c.memberOf) out.add(id);
    if (c.mergedInto !== null) out.add(c.mergedInto.target);
  }
  return out;
}

/**
 * Folds every contact of `view` (memoised per view object: selectors share one computation).
 * Merge chains and cycles resolve as in `mergeRecords.ts`. After an edit to a few contacts the
 * previous index is patched (cost proportional to the edit, not to the book).
 */
export function contactIndex(view: Pick<AddressBookView, "contacts">): ContactIndex {
  const cached = indexCache.get(view);
  if (cached !== undefined) return cached;
  const contacts = view.contacts;
  const prev = lastBuilt;
  const patched = prev && prev.contacts !== contacts ? patchIndex(prev, contacts) : null;
  const index = patched ?? buildIndex(contacts);
  lastBuilt = {
    contacts,
    count: patched && prev ? prev.count : Object.keys(contacts).length,
    index,
    referenced: patched && prev ? prev.referenced : referencedIds(contacts),
  };
  indexCache.set(view, index);
  return index;
}
