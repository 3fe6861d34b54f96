import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareRanked, planRank, sortRanked, type Ranked } from "../../../src/domain";

/** Applies a plan: the new entity takes `rank`, re-ranked ones take theirs. */
function insert(sorted: Ranked[], index: number, id: string): Ranked[] {
  const plan = planRank(sorted, index);
  const updated = sorted.map((r) => {
    const re = plan.reRank.find(([rid]) => rid === r.id);
    return re ? { id: r.id, rank: re[1] } : r;
  });
  return sortRanked([...updated, { id, rank: plan.rank }]);
}

describe("planRank", () => {
  it("puts the entity exactly at the requested index, whatever the starting ranks", () => {
    const rank = fc.oneof(
      fc.constantFrom("a0", "a1", "a0V", "Zz", "b00", "a:", "b0:"),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z]{1,4}$/), rank }), {
          selector: (r) => r.id,
          maxLength: 8,
        }),
        fc.nat(10),
        (items, index) => {
          const sorted = sortRanked(items);
          const at = Math.min(index, sorted.length);
          const after = insert(sorted, at, "NEW");
          const expected = [...sorted.map((r) => r.id)];
          expected.splice(at, 0, "NEW");
          expect(after.map((r) => r.id)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("re-ranks around a malformed key that fractional-indexing does not reject", () => {
    // generateKeyBetween("a:", null) returns a key that sorts before "a:".
    expect(insert([{ id: "a", rank: "a:" }], 1, "NEW").map((r) => r.id)).toEqual(["a", "NEW"]);
  });

  it("touches no neighbour when there is room", () => {
    expect(
      planRank(
        [
          { id: "a", rank: "a0" },
          { id: "b", rank: "a1" },
        ],
        1,
      ).reRank,
    ).toEqual([]);
  });

  it("spreads a tie instead of failing", () => {
    const tied = sortRanked([
      { id: "p", rank: "a1" },
      { id: "q", rank: "a1" },
      { id: "r", rank: "a1" },
      { id: "z", rank: "a2" },
    ]);
    const plan = planRank(tied, 1);
    expect(plan.reRank.map(([id]) => id)).toEqual(["q", "r"]);
    expect(insert(tied, 1, "NEW").map((r) => r.id)).toEqual(["p", "NEW", "q", "r", "z"]);
  });

  it("compares by code unit, then id", () => {
    expect(compareRanked({ id: "b", rank: "a0" }, { id: "a", rank: "a0" })).toBeGreaterThan(0);
    expect(compareRanked({ id: "a", rank: "Zz" }, { id: "b", rank: "a0" })).toBeLessThan(0);
  });
});
