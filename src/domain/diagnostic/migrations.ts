/** The diagnostic's schema history (DESIGN.md §3: named, content-guarded, deterministic). */
import type { ProfileId } from "../ids";
import type { Migration } from "../migrate";
import { isValidId } from "../ids";
import { isMapLike } from "../tolerant";
import { defaultCategories, emptyFacilitation } from "./commands";
import { NOTE_BUCKET_KEYS, noteBucket } from "./keys";
import { readNote } from "./readers";
import type { DiagnosticDoc } from "./schema";

function ensureMap(parent: Record<string, unknown>, key: string): Record<string, unknown> {
  if (!isMapLike(parent[key])) parent[key] = {};
  return parent[key] as Record<string, unknown>;
}

/**
 * v2, the board: default categories under FIXED ids (stamped with the document's creator and
 * creation time, so every peer writes the same values), the note buckets, votes, vote sessions
 * and facilitation state; v1 notes move into their buckets (same id, same values) and v1
 * categories and clusters get their `archived: null`. Content-guarded (only what is missing is
 * written), so two peers running it concurrently merge to what one alone produces. Concurrent
 * runs still each create the new container maps: readers and commands look at both copies
 * (`access.ts`).
 */
export const diagnosticBoard: Migration<DiagnosticDoc> = {
  name: "diagnostic/2-board",
  version: 2,
  up(doc) {
    const root = doc as unknown as Record<string, unknown>;
    const by = (isValidId(root.createdBy) ? root.createdBy : "") as ProfileId;
    const at = typeof root.createdAt === "number" ? root.createdAt : 0;
    const categories = ensureMap(root, "categories");
    for (const [id, category] of Object.entries(defaultCategories(by, at))) {
      if (!isMapLike(categories[id])) categories[id] = category;
    }
    for (const name of ["categories", "clusters"]) {
      for (const entry of Object.values(ensureMap(root, name))) {
        if (isMapLike(entry) && entry.archived === undefined) entry.archived = null;
      }
    }
    const buckets = ensureMap(root, "noteBuckets");
    for (const key of NOTE_BUCKET_KEYS) ensureMap(buckets, key);
    ensureMap(root, "votes");
    ensureMap(root, "voteSessions");
    if (!isMapLike(root.facilitation)) root.facilitation = emptyFacilitation();
    const legacy = root.notes;
    if (!isMapLike(legacy)) return;
    for (const id of Object.keys(legacy)) {
      if (!isValidId(id)) continue; // junk stays where it is, still ignored by the reader
      const bucket = buckets[noteBucket(id)] as Record<string, unknown>;
      if (!isMapLike(bucket[id])) {
        const note = readNote(legacy[id], id, id, []);
        if (note === null) continue;
        bucket[id] = note;
      }
      delete legacy[id];
    }
  },
};

/** Migrations to versions 2…DIAGNOSTIC_SCHEMA_VERSION, contiguous and in order. */
export const DIAGNOSTIC_MIGRATIONS: readonly Migration<DiagnosticDoc>[] = [diagnosticBoard];
