/** Writing `.recolte` bundles from the documents this device holds (no network involved). */
import type { DocHandle, DocumentId, Repo } from "@automerge/automerge-repo";
import { isValidAutomergeUrl, parseAutomergeUrl } from "@automerge/automerge-repo";
import * as A from "@automerge/automerge";
import { readStamp } from "../domain";
import type { DocKind } from "../domain";
import { encodeBundle, linkedDocuments } from "../interop/bundle";
import type { BundleDocument } from "../interop/bundle";
import { heldHandle } from "./bundleHandles";

/** Why an export could not be written; the UI shows `bundle.exportError.<code>`. */
export type BundleExportErrorCode = "missing" | "incomplete";

/** Thrown by the exporters; `missing`: the root is not on this device; `incomplete`: a linked document is not. */
export class BundleExportError extends Error {
  readonly code: BundleExportErrorCode;
  constructor(code: BundleExportErrorCode, message: string) {
    super(message);
    this.name = "BundleExportError";
    this.code = code;
  }
}

/** A written bundle and what went into it. */
export interface ExportedBundle {
  bytes: Uint8Array;
  title: string;
  documentCount: number;
  /** Seeds linked from the workshop that this device does not hold (left out). */
  missingSeeds: number;
}

interface ExportOptions {
  /** Version of the app writing the file. */
  app: string;
  now?: number;
}

function entryOf(handle: DocHandle<unknown>, kind: DocKind): BundleDocument | null {
  const doc = handle.doc();
  const stamp = readStamp(doc);
  if (stamp?.kind !== kind) return null;
  return {
    documentId: handle.documentId,
    kind,
    schemaVersion: stamp.version,
    bytes: A.save(doc as A.Doc<unknown>),
  };
}

function titleOf(doc: unknown): string {
  const title: unknown = typeof doc === "object" && doc !== null ? Reflect.get(doc, "title") : "";
  return typeof title === "string" ? title : "";
}

/**
 * Writes the whole atelier: its workshop, address book and diagnostic (all required) and every
 * seed the workshop links that this device holds. Throws {@link BundleExportError}.
 */
export async function exportAtelierBundle(
  repo: Repo,
  workshopId: DocumentId,
  options: ExportOptions,
): Promise<ExportedBundle> {
  const workshop = await heldHandle(repo, workshopId);
  const root = workshop && entryOf(workshop, "workshop");
  if (!workshop || !root) throw new BundleExportError("missing", "workshop not on this device");
  const { kinds, required } = linkedDocuments(workshop.doc());
  const documents: BundleDocument[] = [root];
  let missingSeeds = 0;
  for (const [id, kind] of kinds) {
    const documentId = id as DocumentId;
    const handle = await heldHandle(repo, documentId);
    const entry = handle && entryOf(handle, kind);
    if (entry) documents.push(entry);
    else if (required.includes(id)) {
      throw new BundleExportError("incomplete", `${kind} ${id} not on this device`);
    } else missingSeeds++;
  }
  const bytes = encodeBundle({
    scope: "atelier",
    root: workshopId,
    app: options.app,
    exportedAt: options.now ?? Date.now(),
    documents,
  });
  const title = titleOf(workshop.doc());
  return { bytes, title, documentCount: documents.length, missingSeeds };
}

/** Writes one seed alone (never the atelier's address book). Accepts a document id or URL. */
export async function exportSeedBundle(
  repo: Repo,
  seed: string,
  options: ExportOptions,
): Promise<ExportedBundle> {
  const seedId = (
    isValidAutomergeUrl(seed) ? parseAutomergeUrl(seed).documentId : seed
  ) as DocumentId;
  const handle = await heldHandle(repo, seedId);
  const entry = handle && entryOf(handle, "seed");
  if (!handle || !entry) throw new BundleExportError("missing", "seed not on this device");
  const bytes = encodeBundle({
    scope: "seed",
    root: seedId,
    app: options.app,
    exportedAt: options.now ?? Date.now(),
    documents: [entry],
  });
  return { bytes, title: titleOf(handle.doc()), documentCount: 1, missingSeeds: 0 };
}
