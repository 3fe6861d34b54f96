/** Assembles bundles by hand (valid checksums, hostile content) to reach each check of the decoder. */
import { writeManifest } from "../../../src/interop/bundle/manifest";
import { sha256 } from "../../../src/interop/bundle/sha256";
import { BUNDLE_MAGIC } from "../../../src/interop/bundle";

/** Header + manifest bytes + payload + a correct whole-file SHA-256. */
export function assemble(manifest: Uint8Array, payload: Uint8Array, format = 1): Uint8Array {
  const body = new Uint8Array(16 + manifest.length + payload.length);
  body.set(BUNDLE_MAGIC, 0);
  const view = new DataView(body.buffer);
  view.setUint16(8, format);
  view.setUint32(12, manifest.length);
  body.set(manifest, 16);
  body.set(payload, 16 + manifest.length);
  const out = new Uint8Array(body.length + 32);
  out.set(body);
  out.set(sha256(body), body.length);
  return out;
}

/** Re-seals `bytes` (a bundle whose body was edited) with a fresh trailer. */
export function reseal(bytes: Uint8Array): Uint8Array {
  const out = Uint8Array.from(bytes);
  out.set(sha256(out.subarray(0, out.length - 32)), out.length - 32);
  return out;
}

export { writeManifest, sha256 };
