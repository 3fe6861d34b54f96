/** Merging a decoded `.recolte` bundle into the Repo, under the documents' own ids. */
import type { AutomergeUrl, DocumentId, Repo } from "@automerge/automerge-repo";
import { encodeHeads, stringifyAutomergeUrl } from "@automerge/automerge-repo";
import * as A from "@automerge/automerge";
import type { DocKind } from "../domain";
import type { BundleScope, DecodedBundle } from "../interop/bundle";
import { heldHandle } from "./bundleHandles";

/** What happened to one document. */
export type ImportedStatus = "added" | "updated" | "unchanged";

/** The summary shown after an import. */
export interface BundleImportResult {
  scope: BundleScope;
  rootId: DocumentId;
  rootUrl: AutomergeUrl;
  title: string;
  documents: { documentId: DocumentId; kind: DocKind; status: ImportedStatus }[];
}

function sameHeads(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((head) => b.includes(head));
}

/**
 * Applies a bundle that `decodeBundle` accepted. Each document is merged into the copy this device
 * holds (`repo.import` with the same id loads the bundle's changes into it: a CRDT merge, so it is
 * idempotent, order-independent, and never drops local edits the bundle lacks), or added under its
 * own id when the device holds none. Everything is written to storage before this resolves.
 */
export async function applyBundle(repo: Repo, bundle: DecodedBundle): Promise<BundleImportResult> {
  const documents: BundleImportResult["documents"] = [];
  for (const document of bundle.documents) {
    const documentId = document.documentId as DocumentId;
    const held = await heldHandle(repo, documentId);
    const before = held ? encodeHeads(A.getHeads(held.doc() as A.Doc<unknown>)) : null;
    const handle = repo.import<unknown>(document.bytes, { docId: documentId });
    const after = handle.heads() ?? [];
    const status: ImportedStatus =
      before === null ? "added" : sameHeads(before, after) ? "unchanged" : "updated";
    documents.push({ documentId, kind: document.kind, status });
  }
  // repo.import attaches its save listener after updating a new handle: save explicitly.
  await repo.flush(documents.map((document) => document.documentId));
  const rootId = bundle.manifest.root as DocumentId;
  return {
    scope: bundle.manifest.scope,
    rootId,
    rootUrl: stringifyAutomergeUrl({ documentId: rootId }),
    title: bundle.title,
    documents,
  };
}
