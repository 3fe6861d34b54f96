/** Devices for bundle tests: Repos with no network at all, exchanging only `.recolte` files. */
import * as A from "@automerge/automerge";
import { Repo } from "@automerge/automerge-repo";
import type { DocumentId, StorageAdapterInterface } from "@automerge/automerge-repo";
import { decodeBundle } from "../../../src/interop/bundle";
import { exportAtelierBundle } from "../../../src/sync/bundleExport";
import { applyBundle, type BundleImportResult } from "../../../src/sync/bundleImport";

/** A tablet with no network; storage optional (in-memory documents otherwise). */
export function device(storage?: StorageAdapterInterface): Repo {
  return new Repo({ network: [], ...(storage ? { storage } : {}) });
}

/** Writes the atelier's bundle on `repo` (what « Exporter l'atelier » does). */
export async function exportFrom(repo: Repo, workshopId: DocumentId): Promise<Uint8Array> {
  return (await exportAtelierBundle(repo, workshopId, { app: "test", now: 1 })).bytes;
}

/** Reads and applies a bundle on `repo` (what « Importer un fichier » does). */
export function importInto(repo: Repo, bytes: Uint8Array): Promise<BundleImportResult> {
  return applyBundle(repo, decodeBundle(bytes));
}

/** Plain data with object keys sorted: a locally built document keeps insertion order, a loaded one does not. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, canonical(inner)]));
}

/** Every document of the atelier as `[id, sorted heads, canonical JSON]`, for exact comparisons. */
export function snapshot(repo: Repo, ids: readonly DocumentId[]): unknown[] {
  return ids.map((id) => {
    const handle = repo.handles[id];
    if (!handle?.isReady()) return [id, "absent"];
    const doc = handle.doc() as A.Doc<unknown>;
    return [id, [...A.getHeads(doc)].sort(), canonical(JSON.parse(JSON.stringify(doc)))];
  });
}

/** How many document handles a repo has (re-importing must never add one). */
export function handleCount(repo: Repo): number {
  return Object.keys(repo.handles).length;
}
