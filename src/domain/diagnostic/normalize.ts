/**
 * Tolerant reader of diagnostic documents (never throws; junk dropped and reported). It
 * flattens the note buckets into one `notes` map, looks at values hidden by concurrent container
 * creation (`access.ts`), unites one participant's vote records written on several tablets, and
 * still reads v1 notes from the legacy `notes` map (a v1 app may add one offline while another
 * device migrates).
 */
import * as A from "@automerge/automerge";
import * as v from "valibot";
import { allValuesOf } from "../address-book/conflicts";
import { isValidId, type NoteId, type ProfileId } from "../ids";
import {
  idOrEmpty,
  isMapLike,
  neverThrow,
  readViewStamp,
  timestamp,
  type Normalized,
} from "../tolerant";
import { noteBucket, parseVoteKey } from "./keys";
import { readFacilitation } from "./readFacilitation";
import { readCategory, readCluster, readNote, readSession, readVote } from "./readers";
import {
  DIAGNOSTIC_SCHEMA_VERSION,
  type DiagnosticNote,
  type DiagnosticView,
  type VoteRecord,
} from "./schema";
import { emptyFacilitation } from "./commands";

/** The view of an empty diagnostic (no categories: what a document with nothing readable is). */
export function emptyDiagnosticView(): DiagnosticView {
  return {
    schema: { kind: "diagnostic", version: DIAGNOSTIC_SCHEMA_VERSION },
    categories: {},
    notes: {},
    clusters: {},
    votes: {},
    voteSessions: {},
    facilitation: emptyFacilitation(),
    createdBy: "" as ProfileId,
    createdAt: 0,
  };
}

/**
 * Readings of note objects materialised by Automerge, by identity. A snapshot reuses the objects
 * of every note an edit did not touch, so after an edit the reader re-reads one note, not
 * 10,000. Change proxies and plain objects are never cached; only problem-free readings are.
 */
const noteCache = new WeakMap<object, DiagnosticNote>();
const IS_PROXY = Symbol.for("_am_isProxy");

function isSnapshotObject(raw: unknown): raw is object {
  if (typeof raw !== "object" || raw === null || Reflect.get(raw, IS_PROXY) === true) return false;
  try {
    return A.getObjectId(raw) !== null;
  } catch {
    return false;
  }
}

function readCachedNote(raw: unknown, id: string, path: string, problems: string[]) {
  const cacheable = isSnapshotObject(raw);
  const hit = cacheable ? noteCache.get(raw) : undefined;
  if (hit !== undefined && hit.id === id) return hit;
  const before = problems.length;
  const note = readNote(raw, id, path, problems);
  if (cacheable && note !== null && problems.length === before) noteCache.set(raw, note);
  return note;
}

type Reader<T> = (raw: unknown, id: string, path: string, problems: string[]) => T | null;

/**
 * Readings of whole sections by the identity of the snapshot object they were read from. An
 * Automerge snapshot keeps the objects of every map a change did not touch, so after one edit
 * the reader re-reads the one bucket that changed, not 100 buckets of 100 notes, and returns
 * the SAME objects for unchanged sections (the board's selection relies on that identity to
 * update only what changed). Only problem-free readings of a single visible copy are cached.
 */
const sectionCaches = new Map<string, WeakMap<object, unknown>>();

function cachedSection<T>(
  key: string,
  copies: readonly unknown[],
  problems: string[],
  read: (into: string[]) => T,
): T {
  const only = copies.length === 1 ? copies[0] : undefined;
  const cacheable = only !== undefined && isSnapshotObject(only);
  let cache = sectionCaches.get(key);
  if (cacheable && cache !== undefined) {
    const hit = cache.get(only);
    if (hit !== undefined) return hit as T;
  }
  const own: string[] = [];
  const value = read(own);
  problems.push(...own);
  if (cacheable && own.length === 0) {
    if (cache === undefined) sectionCaches.set(key, (cache = new WeakMap()));
    cache.set(only, value);
  }
  return value;
}

/** Every copy of `raw[name]` (conflicts included) read as a map: the first copy of an id wins. */
function readUnion<T>(
  raw: Record<string, unknown>,
  name: string,
  read: Reader<T>,
  problems: string[],
): Record<string, T> {
  const copies = allValuesOf(raw, name);
  return cachedSection(name, copies, problems, (into) => unionOf(copies, name, read, into));
}

function unionOf<T>(
  copies: readonly unknown[],
  name: string,
  read: Reader<T>,
  problems: string[],
): Record<string, T> {
  const out: Record<string, T> = {};
  if (copies.length === 0) problems.push(`${name}: missing`);
  for (const copy of copies) {
    if (!isMapLike(copy)) {
      problems.push(`${name}: not a map`);
      continue;
    }
    for (const id of Object.keys(copy)) {
      if (!isValidId(id)) {
        problems.push(
          `${name}: dropped entry with invalid key ${JSON.stringify(String(id).slice(0, 80))}`,
        );
        continue;
      }
      if (out[id] !== undefined) continue;
      const entry = read(copy[id], id, `${name}.${id}`, problems);
      if (entry !== null) out[id] = entry;
    }
  }
  return out;
}

/** One bucket's notes (read once per bucket object: see {@link cachedSection}). */
function bucketNotes(bucket: Record<string, unknown>, key: string, problems: string[]) {
  const notes: DiagnosticNote[] = [];
  for (const id of Object.keys(bucket)) {
    const path = `noteBuckets.${key}.${id.slice(0, 80)}`;
    if (!isValidId(id) || noteBucket(id) !== key) {
      problems.push(`${path}: dropped (invalid key or wrong bucket)`);
      continue;
    }
    const note = readCachedNote(bucket[id], id, path, problems);
    if (note !== null) notes.push(note);
  }
  return notes;
}

function bucketedNotes(all: readonly unknown[], problems: string[]) {
  const out: Record<string, DiagnosticNote> = {};
  if (all.length > 0 && !all.some(isMapLike)) problems.push("noteBuckets: not a map");
  for (const buckets of all.filter(isMapLike)) {
    for (const key of Object.keys(buckets)) {
      const copies = allValuesOf(buckets, key);
      for (const bucket of copies) {
        if (!isMapLike(bucket)) {
          problems.push(`noteBuckets.${JSON.stringify(key.slice(0, 80))}: not a map`);
          continue;
        }
        const notes = cachedSection(
          "noteBucket",
          copies.length === 1 ? [bucket] : [],
          problems,
          (into) => bucketNotes(bucket, key, into),
        );
        for (const note of notes) {
          if (out[note.id] === undefined) out[note.id] = note; // the visible copy came first
        }
      }
    }
  }
  return out;
}

/**
 * The notes of one visible, conflict-free copy of the buckets: one array per bucket (each read
 * once per bucket object), and the flat map built only when something asks for it — building a
 * 10,000-key map costs more than everything else one edit does, and the board does not need it
 * (`boardDelta.ts` compares buckets). Both are shared by every view of the same buckets object.
 */
interface BucketedNotes {
  parts: readonly (readonly DiagnosticNote[])[];
  flat?: Record<string, DiagnosticNote>;
}

const bucketedOfView = new WeakMap<object, BucketedNotes>();

/** A view's notes bucket by bucket (the same array for an unchanged bucket), when known. */
export function noteBucketsOf(view: DiagnosticView): BucketedNotes["parts"] | undefined {
  return bucketedOfView.get(view)?.parts;
}

function readBucketed(raw: Record<string, unknown>, problems: string[]) {
  if (raw.notes !== undefined) return undefined;
  const all = allValuesOf(raw, "noteBuckets");
  const only = all.length === 1 ? all[0] : undefined;
  if (!isMapLike(only) || !isSnapshotObject(only)) return undefined;
  const hit = sectionCaches.get("bucketedNotes")?.get(only);
  if (hit !== undefined) return hit as BucketedNotes;
  const parts: (readonly DiagnosticNote[])[] = [];
  const own: string[] = [];
  for (const key of Object.keys(only)) {
    const copies = allValuesOf(only, key);
    const bucket = copies[0];
    if (copies.length !== 1 || !isMapLike(bucket)) return undefined; // the general reader says why
    parts.push(cachedSection("noteBucket", copies, own, (into) => bucketNotes(bucket, key, into)));
  }
  problems.push(...own);
  return cachedSection("bucketedNotes", own.length === 0 ? [only] : [], [], () => ({ parts }));
}

function flatNotes(bucketed: BucketedNotes): Record<string, DiagnosticNote> {
  if (bucketed.flat !== undefined) return bucketed.flat;
  const out: Record<string, DiagnosticNote> = {};
  for (const part of bucketed.parts) for (const note of part) out[note.id] = note;
  bucketed.flat = out;
  return out;
}

function readNotes(
  raw: Record<string, unknown>,
  problems: string[],
): Record<string, DiagnosticNote> {
  const all = allValuesOf(raw, "noteBuckets");
  if (raw.notes === undefined) {
    return cachedSection("noteBuckets", all, problems, (into) => bucketedNotes(all, into));
  }
  const out = bucketedNotes(all, problems);
  const legacy = raw.notes;
  if (legacy === undefined) return out;
  if (!isMapLike(legacy)) {
    problems.push("notes: not a map");
    return out;
  }
  for (const id of Object.keys(legacy)) {
    if (!isValidId(id)) {
      problems.push(
        `notes: dropped entry with invalid key ${JSON.stringify(String(id).slice(0, 80))}`,
      );
      continue;
    }
    const note = out[id] === undefined ? readNote(legacy[id], id, `notes.${id}`, problems) : null;
    if (note !== null) out[id] = note;
  }
  return out;
}

/**
 * One record per participant and session. Copies of a record created concurrently on two
 * tablets (a conflict) are united: per note, the highest count — the budget check happens on
 * the united dots (`selectVoteResults`).
 */
function readVotes(raw: Record<string, unknown>, problems: string[]): Record<string, VoteRecord> {
  const out: Record<string, VoteRecord> = {};
  const copies = allValuesOf(raw, "votes");
  if (copies.length === 0) problems.push("votes: missing");
  for (const copy of copies) {
    if (!isMapLike(copy)) {
      problems.push("votes: not a map");
      continue;
    }
    for (const key of Object.keys(copy)) {
      const parsed = parseVoteKey(key);
      if (parsed === null) {
        problems.push(`votes: dropped entry with invalid key ${JSON.stringify(key.slice(0, 80))}`);
        continue;
      }
      for (const value of allValuesOf(copy, key)) {
        const vote = readVote(value, parsed, `votes.${key}`, problems);
        if (vote === null) continue;
        const seen = out[key];
        if (seen === undefined) {
          out[key] = vote;
          continue;
        }
        const dots: Record<NoteId, number> = { ...seen.dots };
        for (const [noteId, n] of Object.entries(vote.dots) as [NoteId, number][]) {
          dots[noteId] = Math.max(n, dots[noteId] ?? 0);
        }
        out[key] = { ...seen, dots };
      }
    }
  }
  return out;
}

function read(raw: unknown): Normalized<DiagnosticView> {
  if (!isMapLike(raw)) {
    return { value: emptyDiagnosticView(), problems: ["document: not an object"] };
  }
  const problems: string[] = [];
  const schema = readViewStamp(raw, "diagnostic", problems);
  const v2 = schema.version >= 2;
  if (raw.noteBuckets === undefined && v2) problems.push("noteBuckets: missing");
  const bucketed = readBucketed(raw, problems);
  const notes = bucketed === undefined ? readNotes(raw, problems) : undefined;
  // A v1 document has no votes, sessions or facilitation yet: not a problem, just defaults.
  const quiet: string[] = [];
  const meta = v.parse(v.object({ createdBy: idOrEmpty, createdAt: timestamp }), raw);
  const value: DiagnosticView = {
    schema,
    categories: readUnion(raw, "categories", readCategory, problems),
    get notes() {
      return notes ?? flatNotes(bucketed as BucketedNotes);
    },
    clusters: readUnion(raw, "clusters", readCluster, problems),
    votes: cachedSection("votes", allValuesOf(raw, "votes"), v2 ? problems : quiet, (into) =>
      readVotes(raw, into),
    ),
    voteSessions: readUnion(raw, "voteSessions", readSession, v2 ? problems : quiet),
    facilitation: cachedSection(
      "facilitation",
      allValuesOf(raw, "facilitation"),
      v2 ? problems : quiet,
      (into) => readFacilitation(raw, into),
    ),
    createdBy: meta.createdBy as ProfileId,
    createdAt: meta.createdAt,
  };
  if (bucketed !== undefined) bucketedOfView.set(value, bucketed);
  return { value, problems };
}

/** Reads any value as a diagnostic: defaults filled, junk dropped and reported. */
export function normalizeDiagnostic(raw: unknown): Normalized<DiagnosticView> {
  return neverThrow(() => read(raw), emptyDiagnosticView);
}
