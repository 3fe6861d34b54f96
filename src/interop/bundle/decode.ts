/** Reading a `.recolte` bundle: everything is validated before the caller may write anything. */
import * as A from "@automerge/automerge";
import { readStamp } from "../../domain";
import { BundleError, isBundleError } from "./errors";
import { parseCbor, readManifest } from "./manifest";
import { sameBytes, sha256 } from "./sha256";
import { checkStructure } from "./structure";
import {
  BUNDLE_FORMAT_VERSION,
  BUNDLE_HEADER_BYTES,
  BUNDLE_MAGIC,
  BUNDLE_TRAILER_BYTES,
  DEFAULT_BUNDLE_LIMITS,
} from "./format";
import type { BundleDocument, BundleLimits, BundleManifest } from "./format";

/** A bundle that passed every check. */
export interface DecodedBundle {
  manifest: BundleManifest;
  /** In manifest order (the root first when written by this app). */
  documents: BundleDocument[];
  /** The root document's title, read from the document itself (for the summary). */
  title: string;
}

interface Header {
  format: number;
  manifestBytes: Uint8Array;
  payloadStart: number;
}

function readHeader(bytes: Uint8Array, limits: BundleLimits): Header {
  if (bytes.length === 0) throw new BundleError("empty", "The file is empty");
  const magic = bytes.subarray(0, BUNDLE_MAGIC.length);
  if (!sameBytes(magic, BUNDLE_MAGIC)) {
    // A prefix of the magic is a bundle cut short, not a foreign file.
    if (
      bytes.length < BUNDLE_MAGIC.length &&
      sameBytes(magic, BUNDLE_MAGIC.subarray(0, bytes.length))
    )
      throw new BundleError("truncated", "Shorter than the signature");
    throw new BundleError("not-a-bundle", "No Récolte signature");
  }
  if (bytes.length > limits.maxBundleBytes) {
    throw new BundleError("too-large", `File is ${bytes.length} bytes`);
  }
  if (bytes.length < BUNDLE_HEADER_BYTES + BUNDLE_TRAILER_BYTES) {
    throw new BundleError("truncated", "Shorter than the header");
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const format = view.getUint16(8);
  if (format > BUNDLE_FORMAT_VERSION) {
    throw new BundleError("unsupported-version", `Format ${format} is newer than this app`);
  }
  if (format < 1) throw new BundleError("manifest", `Format ${format} does not exist`);
  const manifestLength = view.getUint32(12);
  if (manifestLength > limits.maxManifestBytes) {
    throw new BundleError("too-large", `Manifest is ${manifestLength} bytes`);
  }
  const payloadStart = BUNDLE_HEADER_BYTES + manifestLength;
  if (payloadStart + BUNDLE_TRAILER_BYTES > bytes.length) {
    throw new BundleError("truncated", "Shorter than its manifest");
  }
  return { format, manifestBytes: bytes.subarray(BUNDLE_HEADER_BYTES, payloadStart), payloadStart };
}

/**
 * Reads the manifest and the whole-file checksum. A damaged manifest is reported as the damage
 * (`checksum`) it most likely is; a manifest that reads well but promises more bytes than the
 * file holds means the file was cut (`truncated`).
 */
function readVerified(bytes: Uint8Array, header: Header, limits: BundleLimits): BundleManifest {
  const body = bytes.subarray(0, bytes.length - BUNDLE_TRAILER_BYTES);
  const intact = () => sameBytes(sha256(body), bytes.subarray(body.length));
  let manifest: BundleManifest;
  try {
    manifest = readManifest(parseCbor(header.manifestBytes), header.format, limits);
  } catch (error) {
    if (!intact()) throw new BundleError("checksum", "The file was altered or damaged");
    throw error;
  }
  const declared = manifest.documents.reduce((sum, entry) => sum + entry.byteLength, 0);
  const expected = header.payloadStart + declared + BUNDLE_TRAILER_BYTES;
  if (bytes.length < expected) throw new BundleError("truncated", "Shorter than its manifest");
  if (!intact() || bytes.length !== expected) {
    throw new BundleError("checksum", "The file was altered or damaged");
  }
  return manifest;
}

function loadDocument(entry: BundleManifest["documents"][number], bytes: Uint8Array): unknown {
  if (!sameBytes(sha256(bytes), entry.sha256)) {
    throw new BundleError("document-checksum", `Document ${entry.documentId} was altered`);
  }
  let doc: A.Doc<unknown>;
  try {
    doc = A.load<unknown>(bytes);
  } catch (error) {
    throw new BundleError("document-unreadable", `Document ${entry.documentId}: ${String(error)}`);
  }
  const stamp = readStamp(doc);
  if (stamp?.kind !== entry.kind) {
    throw new BundleError("wrong-kind", `Document ${entry.documentId} is not a ${entry.kind}`);
  }
  if (stamp.version !== entry.schemaVersion) {
    throw new BundleError("manifest", `Document ${entry.documentId} has version ${stamp.version}`);
  }
  return doc;
}

function titleOf(doc: unknown): string {
  const title: unknown = typeof doc === "object" && doc !== null ? Reflect.get(doc, "title") : "";
  return typeof title === "string" ? title.slice(0, 200) : "";
}

function decodeUnsafe(bytes: Uint8Array, limits: BundleLimits): DecodedBundle {
  const header = readHeader(bytes, limits);
  const manifest = readVerified(bytes, header, limits);
  const documents: BundleDocument[] = [];
  let rootDoc: unknown;
  let offset = header.payloadStart;
  for (const entry of manifest.documents) {
    // A copy: the caller may keep these bytes after the file's buffer is dropped.
    const slice = bytes.slice(offset, offset + entry.byteLength);
    offset += entry.byteLength;
    const doc = loadDocument(entry, slice);
    if (entry.documentId === manifest.root) rootDoc = doc;
    else A.free(doc as A.Doc<unknown>);
    const { documentId, kind, schemaVersion } = entry;
    documents.push({ documentId, kind, schemaVersion, bytes: slice });
  }
  checkStructure(manifest, rootDoc);
  const title = titleOf(rootDoc);
  if (rootDoc) A.free(rootDoc as A.Doc<unknown>);
  return { manifest, documents, title };
}

/**
 * Decodes and validates a bundle: signature and format version, sizes (before allocating), the
 * whole-file and per-document SHA-256, each document loading with Automerge and carrying the
 * declared kind's stamp, well-formed ids, and the atelier/seed structure.
 *
 * Throws only {@link BundleError}: anything unexpected from a parser is reported as
 * `document-unreadable` or `manifest`, never as another exception.
 */
export function decodeBundle(
  bytes: Uint8Array,
  limits: BundleLimits = DEFAULT_BUNDLE_LIMITS,
): DecodedBundle {
  try {
    return decodeUnsafe(bytes, limits);
  } catch (error) {
    if (isBundleError(error)) throw error;
    throw new BundleError("manifest", error instanceof Error ? error.message : "unreadable file");
  }
}
