/** Writing a `.recolte` bundle (layout in `format.ts`). */
import { sha256 } from "./sha256";
import { writeManifest } from "./manifest";
import {
  BUNDLE_FORMAT_VERSION,
  BUNDLE_HEADER_BYTES,
  BUNDLE_MAGIC,
  BUNDLE_TRAILER_BYTES,
} from "./format";
import type { BundleDocument, BundleScope } from "./format";

/** What goes into a bundle. */
export interface BundleContents {
  scope: BundleScope;
  /** The workshop's id (scope `atelier`) or the seed's (scope `seed`). */
  root: string;
  /** Version of the app writing the file. */
  app: string;
  exportedAt: number;
  /** The root first, then the documents it links. */
  documents: BundleDocument[];
}

/** Builds the bundle's bytes. Pure and deterministic for equal contents. */
export function encodeBundle(contents: BundleContents): Uint8Array {
  const manifest = writeManifest({
    format: BUNDLE_FORMAT_VERSION,
    app: contents.app,
    exportedAt: contents.exportedAt,
    scope: contents.scope,
    root: contents.root,
    documents: contents.documents.map((document) => ({
      documentId: document.documentId,
      kind: document.kind,
      schemaVersion: document.schemaVersion,
      byteLength: document.bytes.length,
      sha256: sha256(document.bytes),
    })),
  });
  const payload = contents.documents.reduce((sum, document) => sum + document.bytes.length, 0);
  const out = new Uint8Array(
    BUNDLE_HEADER_BYTES + manifest.length + payload + BUNDLE_TRAILER_BYTES,
  );
  const view = new DataView(out.buffer);
  out.set(BUNDLE_MAGIC, 0);
  view.setUint16(8, BUNDLE_FORMAT_VERSION);
  view.setUint16(10, 0);
  view.setUint32(12, manifest.length);
  out.set(manifest, BUNDLE_HEADER_BYTES);
  let offset = BUNDLE_HEADER_BYTES + manifest.length;
  for (const document of contents.documents) {
    out.set(document.bytes, offset);
    offset += document.bytes.length;
  }
  out.set(sha256(out.subarray(0, offset)), offset);
  return out;
}
