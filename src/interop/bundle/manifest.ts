/** The manifest's CBOR form and its validation: every field checked, nothing trusted. */
import { Decoder, Encoder } from "cbor-x";
import { isValidDocumentId } from "@automerge/automerge-repo";
import { isDocKind } from "../../domain";
import { BundleError } from "./errors";
import { BUNDLE_SCOPES } from "./format";
import type { BundleEntry, BundleLimits, BundleManifest, BundleScope } from "./format";

// Plain RFC 8949 CBOR: no cbor-x record extension, byte strings untagged, so any CBOR tool reads it.
const encoder = new Encoder({ useRecords: false, tagUint8Array: false, mapsAsObjects: true });
const decoder = new Decoder({ useRecords: false, mapsAsObjects: true });

/** CBOR bytes of a manifest (keys in a fixed order, so equal manifests give equal bytes). */
export function writeManifest(manifest: BundleManifest): Uint8Array {
  const { format, app, exportedAt, scope, root, documents } = manifest;
  return encoder.encode({
    format,
    app,
    exportedAt,
    scope,
    root,
    documents: documents.map(({ documentId, kind, schemaVersion, byteLength, sha256 }) => ({
      documentId,
      kind,
      schemaVersion,
      byteLength,
      sha256,
    })),
  });
}

/** Decodes CBOR, turning whatever the decoder throws into `undefined` (the caller decides why). */
export function parseCbor(bytes: Uint8Array): unknown {
  try {
    return decoder.decode(bytes) as unknown;
  } catch {
    return undefined;
  }
}

function fail(message: string): never {
  throw new BundleError("manifest", message);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Uint8Array);
}

function isCount(x: unknown): x is number {
  return typeof x === "number" && Number.isSafeInteger(x) && x >= 0;
}

function readEntry(raw: unknown, limits: BundleLimits): BundleEntry {
  if (!isRecord(raw)) fail("document entry is not a map");
  const { documentId, kind, schemaVersion, byteLength, sha256 } = raw;
  if (typeof documentId !== "string" || !isValidDocumentId(documentId)) {
    throw new BundleError("bad-document-id", `malformed document id ${String(documentId)}`);
  }
  if (!isDocKind(kind)) fail(`unknown kind ${String(kind)}`);
  if (!isCount(schemaVersion) || schemaVersion < 1) fail("bad schema version");
  if (!isCount(byteLength)) fail("bad byte length");
  if (byteLength > limits.maxDocumentBytes) {
    throw new BundleError("too-large", `document ${documentId} is ${byteLength} bytes`);
  }
  if (!(sha256 instanceof Uint8Array) || sha256.length !== 32) fail("bad document checksum");
  return { documentId, kind, schemaVersion, byteLength, sha256: Uint8Array.from(sha256) };
}

/**
 * Validates a decoded manifest. Throws `BundleError` (`manifest`, `too-large`,
 * `bad-document-id`); returns a fresh, plain copy.
 */
export function readManifest(raw: unknown, format: number, limits: BundleLimits): BundleManifest {
  if (!isRecord(raw)) fail("manifest is not a map");
  const { app, exportedAt, scope, root, documents } = raw;
  if (raw.format !== format) fail("manifest and header disagree on the format version");
  if (typeof app !== "string" || app.length > 100) fail("bad app version");
  if (typeof exportedAt !== "number" || !Number.isFinite(exportedAt)) fail("bad export time");
  if (!(BUNDLE_SCOPES as readonly unknown[]).includes(scope)) fail("bad scope");
  if (typeof root !== "string") fail("bad root");
  if (!Array.isArray(documents) || documents.length === 0) fail("no documents");
  if (documents.length > limits.maxDocuments) {
    throw new BundleError("too-large", `${documents.length} documents`);
  }
  const entries = documents.map((entry: unknown) => readEntry(entry, limits));
  const total = entries.reduce((sum, entry) => sum + entry.byteLength, 0);
  if (total > limits.maxBundleBytes) throw new BundleError("too-large", `${total} bytes declared`);
  return { format, app, exportedAt, scope: scope as BundleScope, root, documents: entries };
}
