import { describe, expect, it } from "vitest";
import { DOC_KINDS, KIND_REGISTRY, type Migration } from "../../../src/domain";

/**
 * Meta-test (DESIGN.md §8.7): every registered kind exports its version and a contiguous list of
 * named migrations `<kind>/<n>-<what>` for n = 2…version.
 */
describe("KIND_REGISTRY", () => {
  const entries = Object.entries(KIND_REGISTRY);

  it("registers the implemented kinds under their own name", () => {
    expect(entries.map(([k]) => k).sort()).toEqual([
      "address-book",
      "diagnostic",
      "seed",
      "workshop",
    ]);
    for (const [key, entry] of entries) {
      expect(entry.kind).toBe(key);
      expect(DOC_KINDS).toContain(entry.kind);
    }
  });

  it.each(entries)(
    "%s has a positive integer version and contiguous named migrations",
    (kind, entry) => {
      expect(Number.isSafeInteger(entry.version)).toBe(true);
      expect(entry.version).toBeGreaterThanOrEqual(1);
      const migrations: readonly Migration[] = entry.migrations;
      expect(migrations.map((m) => m.version)).toEqual(
        Array.from({ length: entry.version - 1 }, (_, i) => i + 2),
      );
      for (const m of migrations) {
        expect(m.name).toMatch(new RegExp(`^${kind}/${m.version}-[a-z0-9]+(-[a-z0-9]+)*$`));
        expect(typeof m.up).toBe("function");
      }
      expect(new Set(migrations.map((m) => m.name)).size).toBe(migrations.length);
    },
  );

  it.each(entries)("%s has a tolerant reader that accepts anything", (_kind, entry) => {
    expect(() => entry.normalize(undefined)).not.toThrow();
    expect(entry.normalize(undefined).problems.length).toBeGreaterThan(0);
  });
});
