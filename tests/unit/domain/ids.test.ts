import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ID_LENGTH,
  isDocUrl,
  isValidId,
  newId,
  readStamp,
  type SessionId,
} from "../../../src/domain";

describe("newId", () => {
  afterEach(() => vi.restoreAllMocks());

  it("makes 16-character base-58 ids that do not repeat", () => {
    const ids = Array.from({ length: 2_000 }, () => newId());
    for (const id of ids) expect(id).toMatch(/^[1-9A-HJ-NP-Za-km-z]{16}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ID_LENGTH).toBe(16);
  });

  it("uses every base-58 character (no bias towards a subset)", () => {
    const seen = new Set(Array.from({ length: 500 }, () => newId()).join(""));
    expect(seen.size).toBe(58);
  });

  it("works without crypto.randomUUID (insecure contexts)", () => {
    vi.spyOn(globalThis.crypto, "randomUUID").mockImplementation(() => {
      throw new Error("randomUUID is not available in insecure contexts");
    });
    const id: SessionId = newId<SessionId>();
    expect(isValidId(id)).toBe(true);
  });
});

describe("isValidId", () => {
  it("accepts map-safe ids and rejects the rest", () => {
    for (const ok of ["a", "s-crest", "A_9", "x".repeat(64), newId()])
      expect(isValidId(ok)).toBe(true);
    for (const bad of [
      "",
      "a b",
      "x".repeat(65),
      "__proto__",
      "constructor",
      "prototype",
      "é",
      3,
      null,
    ]) {
      expect(isValidId(bad)).toBe(false);
    }
  });
});

describe("isDocUrl", () => {
  it("accepts automerge: URLs with a base-58 id only", () => {
    expect(isDocUrl("automerge:4NMNnkMhL8jXrdJ9jamS58PAVdXF")).toBe(true);
    for (const bad of [
      "4NMNnkMhL8jXrdJ9jamS58PAVdXF",
      "automerge:",
      "automerge:0OIl0OIl0OIl",
      "https://x",
      1,
      null,
    ]) {
      expect(isDocUrl(bad)).toBe(false);
    }
  });
});

describe("readStamp", () => {
  it("reads a well-formed stamp", () => {
    expect(readStamp({ schema: { kind: "workshop", version: 1 } })).toEqual({
      kind: "workshop",
      version: 1,
    });
    expect(readStamp({ schema: { kind: "unknown-kind", version: 0 } })).toEqual({
      kind: "unknown-kind",
      version: 0,
    });
  });

  it("returns null for anything else, never throwing", () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("boom");
        },
      },
    );
    for (const doc of [
      null,
      undefined,
      1,
      "s",
      [],
      {},
      { schema: [] },
      { schema: { kind: "w" } },
      { schema: { kind: "w", version: -1 } },
      { schema: { kind: "w", version: "1" } },
      { schema: { kind: "w", version: Number.POSITIVE_INFINITY } },
      hostile,
    ]) {
      expect(readStamp(doc)).toBeNull();
    }
  });
});
