import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeKey, inRange, prefixRange } from "../../../src/storage/chunkKeys";

const keyPart = fc.string({
  unit: fc.constantFrom("a", "b", "\u0000", "\u0001", "\u0002", "\uffff"),
  maxLength: 4,
});
const storageKey = fc.array(keyPart, { maxLength: 4 });

const startsWith = (key: string[], prefix: string[]) =>
  prefix.length <= key.length && prefix.every((part, i) => key[i] === part);

describe("chunk keys", () => {
  it("encoding is injective, even with separator and escape characters in parts", () => {
    fc.assert(
      fc.property(storageKey, storageKey, (a, b) => {
        expect(encodeKey(a) === encodeKey(b)).toBe(JSON.stringify(a) === JSON.stringify(b));
      }),
    );
  });

  it("a key is in a prefix's range exactly when it starts with the prefix", () => {
    fc.assert(
      fc.property(storageKey, storageKey, (key, prefix) => {
        expect(inRange(encodeKey(key), prefixRange(prefix))).toBe(startsWith(key, prefix));
      }),
      { numRuns: 2000 },
    );
  });

  it("a prefix never matches a longer first part", () => {
    expect(inRange(encodeKey(["AB", "x"]), prefixRange(["A"]))).toBe(false);
    expect(inRange(encodeKey(["A"]), prefixRange(["A"]))).toBe(true);
    expect(inRange(encodeKey([]), prefixRange([]))).toBe(true);
  });
});
