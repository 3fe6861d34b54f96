/**
 * Workshop bundles (`.recolte`): one file carrying every document of an atelier, or one seed, as
 * Automerge binaries with a manifest. Pure: no React, no storage, no Repo (applying a bundle to
 * the Repo is `src/sync/bundleImport.ts`).
 */
export * from "./errors";
export * from "./format";
export { encodeBundle, type BundleContents } from "./encode";
export { decodeBundle, type DecodedBundle } from "./decode";
export { linkedDocuments } from "./structure";
export { bundleFilename } from "./filename";
export { sha256, toHex } from "./sha256";
