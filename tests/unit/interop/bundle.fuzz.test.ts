/**
 * No input crashes the bundle reader: random bytes, random bytes behind the signature, and random
 * damage to a real bundle either decode to exactly the original or throw a `BundleError` with a
 * known code — never anything else.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BUNDLE_ERROR_CODES,
  BUNDLE_MAGIC,
  decodeBundle,
  encodeBundle,
  isBundleError,
  type DecodedBundle,
} from "../../../src/interop/bundle";
import { atelierContents, makeAtelier } from "./bundleFixture";
import { reseal } from "./bundleCraft";

/** Decodes, accepting a typed rejection; anything else thrown fails the property. */
function decodeOrReject(bytes: Uint8Array): DecodedBundle | "rejected" {
  try {
    return decodeBundle(bytes);
  } catch (error) {
    if (isBundleError(error) && (BUNDLE_ERROR_CODES as readonly string[]).includes(error.code)) {
      return "rejected";
    }
    throw error;
  }
}

const valid = encodeBundle(atelierContents(makeAtelier("Fuzz", 1)));

/** One kind of damage applied to a copy of `bytes`. */
const damage = fc.oneof(
  fc.record({
    type: fc.constant("flip" as const),
    at: fc.nat(),
    bit: fc.integer({ min: 0, max: 7 }),
  }),
  fc.record({ type: fc.constant("cut" as const), at: fc.nat() }),
  fc.record({
    type: fc.constant("insert" as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    type: fc.constant("overwrite" as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
  }),
);

function apply(bytes: Uint8Array, d: Damage): Uint8Array {
  const at = d.at % bytes.length;
  switch (d.type) {
    case "flip": {
      const out = Uint8Array.from(bytes);
      out[at]! ^= 1 << d.bit;
      return out;
    }
    case "cut":
      return bytes.slice(0, at);
    case "insert": {
      const out = new Uint8Array(bytes.length + d.bytes.length);
      out.set(bytes.subarray(0, at));
      out.set(d.bytes, at);
      out.set(bytes.subarray(at), at + d.bytes.length);
      return out;
    }
    case "overwrite": {
      const out = Uint8Array.from(bytes);
      out.set(d.bytes.subarray(0, out.length - at), at);
      return out;
    }
  }
}
type Damage =
  | { type: "flip"; at: number; bit: number }
  | { type: "cut"; at: number }
  | { type: "insert"; at: number; bytes: Uint8Array }
  | { type: "overwrite"; at: number; bytes: Uint8Array };

describe("decodeBundle never throws anything but a BundleError", () => {
  it("on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        expect(decodeOrReject(bytes)).toBe("rejected");
      }),
      { numRuns: 500 },
    );
  });

  it("on random bytes behind a valid signature and header", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 4096 }),
        fc.integer({ min: 0, max: 3 }),
        (tail, version) => {
          const bytes = new Uint8Array(16 + tail.length);
          bytes.set(BUNDLE_MAGIC);
          bytes[9] = version;
          new DataView(bytes.buffer).setUint32(12, tail.length >> 1);
          bytes.set(tail, 16);
          expect(decodeOrReject(bytes)).toBe("rejected");
          // Also with a valid trailer: the manifest and document checks are then reached.
          if (bytes.length >= 48) expect(decodeOrReject(reseal(bytes))).toBe("rejected");
        },
      ),
      { numRuns: 500 },
    );
  });

  it("on damaged real bundles (resealed too, so damage reaches the inner checks)", () => {
    fc.assert(
      fc.property(damage, fc.boolean(), (d, resealed) => {
        let bytes = apply(valid, d as Damage);
        if (resealed && bytes.length > 48) bytes = reseal(bytes);
        const result = decodeOrReject(bytes);
        // Changing nothing decodes; any change that survives must leave the same documents.
        if (result !== "rejected") {
          expect(result.documents.length).toBeGreaterThan(0);
        }
        if (!resealed && (bytes.length !== valid.length || bytes.some((b, i) => b !== valid[i]))) {
          expect(result).toBe("rejected");
        }
      }),
      { numRuns: 400 },
    );
  });
});
