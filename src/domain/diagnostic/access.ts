/**
 * Guarded access to the entries of a diagnostic change proxy.
 *
 * Only the creator's init writes the containers, except for the v1 → v2 migration, which two
 * tablets may run concurrently offline: each then creates its own `noteBuckets` (and `votes`,
 * `voteSessions`, `facilitation`) map, and Automerge keeps one as the visible value and HIDES the
 * other, with everything added into it before the two met. Readers look at every concurrent value
 * (`allValuesOf`); commands find an entry in the visible map and, when it only exists in a hidden
 * copy (or in the legacy v1 `notes` map), adopt a plain copy of it into the visible map first.
 */
import { allValuesOf } from "../address-book/conflicts";
import { DomainError } from "../errors";
import { isMapLike } from "../tolerant";
import { noteBucket } from "./keys";
import { readCategory, readCluster, readNote, readSession } from "./readers";
import type {
  DiagnosticCategory,
  DiagnosticCluster,
  DiagnosticDoc,
  DiagnosticNote,
  VoteSession,
} from "./schema";

/** The top-level containers of a v2 diagnostic. */
export type Container = "categories" | "noteBuckets" | "clusters" | "votes" | "voteSessions";

/** The document's visible container `name`, or `not-initialised`. */
export function containerOf<K extends Container>(doc: DiagnosticDoc, name: K): DiagnosticDoc[K] {
  const map: unknown = Reflect.get(doc, name);
  if (!isMapLike(map)) {
    throw new DomainError("not-initialised", `diagnostic has no ${name}`, { field: name });
  }
  return map as DiagnosticDoc[K];
}

function own(map: unknown, key: string): unknown {
  return isMapLike(map) && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/**
 * A plain copy of entry `key` of container `name` found in a hidden concurrent copy of the
 * container, read by `read`; `null` when there is none.
 */
export function hiddenEntry<T>(
  doc: DiagnosticDoc,
  name: Container,
  key: string,
  read: (raw: unknown) => T | null,
): T | null {
  const copies = allValuesOf(doc as unknown as Record<string, unknown>, name);
  for (const copy of copies.slice(1)) {
    for (const value of isMapLike(copy) ? allValuesOf(copy, key) : []) {
      const entry = read(value);
      if (entry !== null) return entry;
    }
  }
  return null;
}

/**
 * The proxy of entry `id` of a flat container (categories, clusters, vote sessions), adopted
 * from a hidden copy when needed, or `not-found` (reported on `field`).
 */
export function findEntry<T>(
  doc: DiagnosticDoc,
  name: "categories" | "clusters" | "voteSessions",
  id: string,
  read: (raw: unknown) => T | null,
  field: string,
): T {
  const map = containerOf(doc, name) as Record<string, unknown>;
  const found = own(map, id);
  if (isMapLike(found)) return found as T;
  const copy = hiddenEntry(doc, name, id, read);
  if (copy === null) throw new DomainError("not-found", `no ${name} entry ${id}`, { field });
  map[id] = copy;
  return map[id] as T;
}

/** The visible proxy of note `id`, if any. */
export function visibleNote(doc: DiagnosticDoc, id: string): DiagnosticNote | undefined {
  const found = own(own(containerOf(doc, "noteBuckets"), noteBucket(id)), id);
  return isMapLike(found) ? (found as unknown as DiagnosticNote) : undefined;
}

/** A plain copy of note `id` from a hidden bucket copy or the legacy v1 map, if any. */
function hiddenNote(doc: DiagnosticDoc, id: string): DiagnosticNote | null {
  const ignored: string[] = [];
  const key = noteBucket(id);
  for (const buckets of allValuesOf(doc as unknown as Record<string, unknown>, "noteBuckets")) {
    if (!isMapLike(buckets)) continue;
    for (const bucket of allValuesOf(buckets, key)) {
      const raw = own(bucket, id);
      if (raw === undefined) continue;
      const note = readNote(raw, id, id, ignored);
      if (note !== null) return note;
    }
  }
  const legacy = own(Reflect.get(doc, "notes"), id);
  return legacy === undefined ? null : readNote(legacy, id, id, ignored);
}

/** Whether note `id` exists (visible, hidden by a conflict, or a v1 note). */
export function hasNote(doc: DiagnosticDoc, id: string): boolean {
  return visibleNote(doc, id) !== undefined || hiddenNote(doc, id) !== null;
}

/** Writes a new note into its bucket and returns its proxy. */
export function putNote(doc: DiagnosticDoc, note: DiagnosticNote): DiagnosticNote {
  const buckets = containerOf(doc, "noteBuckets");
  const key = noteBucket(note.id);
  if (!isMapLike(buckets[key])) buckets[key] = {};
  const bucket = buckets[key] as Record<string, DiagnosticNote>;
  bucket[note.id] = note;
  return bucket[note.id] as DiagnosticNote;
}

/** The proxy of note `id` (adopted into its visible bucket if needed), or `not-found`. */
export function findNote(doc: DiagnosticDoc, id: string, field = "id"): DiagnosticNote {
  const found = visibleNote(doc, id);
  if (found !== undefined) return found;
  const copy = hiddenNote(doc, id);
  if (copy === null) throw new DomainError("not-found", `no note ${id}`, { field });
  return putNote(doc, copy);
}

/** Every visible note proxy (a full scan: commands use it only when no cheaper way exists). */
export function visibleNotes(doc: DiagnosticDoc): DiagnosticNote[] {
  const out: DiagnosticNote[] = [];
  for (const bucket of Object.values(containerOf(doc, "noteBuckets"))) {
    if (!isMapLike(bucket)) continue;
    for (const note of Object.values(bucket)) if (isMapLike(note)) out.push(note);
  }
  return out;
}

/** A set map of an entity proxy, created when a malformed entity lacks it. */
export function setOf(entity: object, name: string): Record<string, true> {
  const value: unknown = Reflect.get(entity, name);
  if (isMapLike(value)) return value as Record<string, true>;
  Reflect.set(entity, name, {});
  return Reflect.get(entity, name) as Record<string, true>;
}

/** The proxy of category `id`, or `not-found`. */
export function findCategory(doc: DiagnosticDoc, id: string, field = "id"): DiagnosticCategory {
  return findEntry(doc, "categories", id, (raw) => readCategory(raw, id, id, []), field);
}

/** The proxy of cluster `id`, or `not-found`. */
export function findCluster(doc: DiagnosticDoc, id: string, field = "id"): DiagnosticCluster {
  return findEntry(doc, "clusters", id, (raw) => readCluster(raw, id, id, []), field);
}

/** The proxy of vote session `id`, or `not-found`. */
export function findSession(doc: DiagnosticDoc, id: string, field = "sessionId"): VoteSession {
  return findEntry(doc, "voteSessions", id, (raw) => readSession(raw, id, id, []), field);
}
