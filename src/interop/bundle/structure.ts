/**
 * Checks that a bundle's documents form what its manifest says: one seed alone, or one atelier's
 * workshop and only documents that workshop links. A crafted file cannot slip an unrelated
 * document (or another atelier's address book) into an import.
 */
import { isValidAutomergeUrl, parseAutomergeUrl } from "@automerge/automerge-repo";
import { normalizeWorkshop } from "../../domain";
import type { DocKind } from "../../domain";
import { BundleError } from "./errors";
import type { BundleManifest } from "./format";

function fail(message: string): never {
  throw new BundleError("structure", message);
}

function idOf(url: string | null): string | null {
  return url && isValidAutomergeUrl(url) ? parseAutomergeUrl(url).documentId : null;
}

/** Document ids a workshop links, each with the kind it must be; and which ones are required. */
export function linkedDocuments(workshop: unknown): {
  kinds: Map<string, DocKind>;
  required: string[];
} {
  const { value } = normalizeWorkshop(workshop);
  const kinds = new Map<string, DocKind>();
  const required: string[] = [];
  const addressBook = idOf(value.links.addressBook);
  const diagnostic = idOf(value.links.diagnostic);
  if (addressBook) {
    kinds.set(addressBook, "address-book");
    required.push(addressBook);
  }
  if (diagnostic) {
    kinds.set(diagnostic, "diagnostic");
    required.push(diagnostic);
  }
  // Seeds are optional in a bundle: a seed this device never received cannot be carried.
  for (const seed of Object.values(value.seeds)) {
    const id = idOf(seed.url);
    if (id && !kinds.has(id)) kinds.set(id, "seed");
  }
  return { kinds, required };
}

/**
 * Throws `BundleError("structure")` unless the manifest describes one seed alone, or one workshop
 * (the root) plus its address book and diagnostic and any of its seeds. `rootDoc` is the root's
 * loaded content (already checked to carry the declared kind).
 */
export function checkStructure(manifest: BundleManifest, rootDoc: unknown): void {
  const ids = new Set<string>();
  for (const entry of manifest.documents) {
    if (ids.has(entry.documentId)) fail(`document ${entry.documentId} appears twice`);
    ids.add(entry.documentId);
  }
  const root = manifest.documents.find((entry) => entry.documentId === manifest.root);
  if (!root) fail("the root document is missing");
  if (manifest.scope === "seed") {
    if (root.kind !== "seed") fail("a seed bundle's root must be a seed");
    if (manifest.documents.length !== 1) fail("a seed bundle holds that seed only");
    return;
  }
  if (root.kind !== "workshop") fail("an atelier bundle's root must be a workshop");
  const { kinds, required } = linkedDocuments(rootDoc);
  for (const entry of manifest.documents) {
    if (entry === root) continue;
    const expected = kinds.get(entry.documentId);
    if (!expected) fail(`document ${entry.documentId} is not linked from the workshop`);
    if (expected !== entry.kind) fail(`document ${entry.documentId} is linked as ${expected}`);
  }
  for (const id of required) if (!ids.has(id)) fail(`linked document ${id} is missing`);
}
