/**
 * The `.recolte` bundle: every document of an atelier (or one seed) in one file, for carrying work
 * between devices with no network (share sheet, file picker, USB key).
 *
 * Layout (all integers big-endian):
 *
 * | offset        | size | content                                                      |
 * |---------------|------|--------------------------------------------------------------|
 * | 0             | 8    | magic `89 52 43 4C 54 0D 0A 1A` (« \x89RCLT\r\n\x1a »)        |
 * | 8             | 2    | format version (currently 1)                                 |
 * | 10            | 2    | reserved, 0                                                  |
 * | 12            | 4    | manifest length M                                            |
 * | 16            | M    | manifest, CBOR (RFC 8949) map — see {@link BundleManifest}    |
 * | 16+M          | ΣLᵢ  | each document's `Automerge.save()` bytes, in manifest order   |
 * | end − 32      | 32   | SHA-256 of every byte before it                              |
 *
 * The magic follows PNG's idea: a non-ASCII first byte and CR LF / ^Z catch files mangled by a
 * text-mode transfer, and no text format (vCard, CSV, JSON) or PDF starts this way. Each document
 * also carries its own SHA-256 and length in the manifest, so a reader can point at the damaged one.
 * A reader refuses a newer format version instead of guessing.
 */
import type { DocKind } from "../../domain";

/** First eight bytes of every bundle. */
export const BUNDLE_MAGIC = Uint8Array.of(0x89, 0x52, 0x43, 0x4c, 0x54, 0x0d, 0x0a, 0x1a);
/** Format version written by this app; readers accept 1…this. */
export const BUNDLE_FORMAT_VERSION = 1;
/** Bytes before the manifest: magic, version, reserved, manifest length. */
export const BUNDLE_HEADER_BYTES = 16;
/** Bytes of the whole-file SHA-256 trailer. */
export const BUNDLE_TRAILER_BYTES = 32;
/** Conventional file extension (with the dot) and media type. */
export const BUNDLE_EXTENSION = ".recolte";
export const BUNDLE_MEDIA_TYPE = "application/vnd.recolte.bundle";

/** Size caps, checked before anything is parsed or allocated. */
export interface BundleLimits {
  /** Largest whole file. */
  maxBundleBytes: number;
  /** Largest single document. */
  maxDocumentBytes: number;
  /** Largest manifest (a table of contents is small; a huge one is hostile). */
  maxManifestBytes: number;
  /** Most documents in one bundle. */
  maxDocuments: number;
}

const MiB = 1024 * 1024;
/** Default caps: far above a real atelier (1,000 notes + 500 contacts is ≈ 1 MiB), below a tablet's memory. */
export const DEFAULT_BUNDLE_LIMITS: BundleLimits = {
  maxBundleBytes: 128 * MiB,
  maxDocumentBytes: 64 * MiB,
  maxManifestBytes: 1 * MiB,
  maxDocuments: 1_000,
};

/** What a bundle holds: a whole atelier, or one seed (never the atelier's address book). */
export const BUNDLE_SCOPES = ["atelier", "seed"] as const;
/** One of {@link BUNDLE_SCOPES}. */
export type BundleScope = (typeof BUNDLE_SCOPES)[number];

/** One document's entry in the manifest. */
export interface BundleEntry {
  documentId: string;
  kind: DocKind;
  /** The document's `schema.version` when it was written. */
  schemaVersion: number;
  /** Length of its bytes in the payload. */
  byteLength: number;
  /** SHA-256 of its bytes. */
  sha256: Uint8Array;
}

/** The manifest (CBOR map with exactly these keys). */
export interface BundleManifest {
  format: number;
  /** Version of the app that wrote the file (information only). */
  app: string;
  /** Milliseconds since the epoch, by the writer's clock (information only). */
  exportedAt: number;
  scope: BundleScope;
  /** The workshop (scope `atelier`) or the seed (scope `seed`). */
  root: string;
  documents: BundleEntry[];
}

/** A document as it goes into, or comes out of, a bundle. */
export interface BundleDocument {
  documentId: string;
  kind: DocKind;
  schemaVersion: number;
  /** `Automerge.save()` output. */
  bytes: Uint8Array;
}
