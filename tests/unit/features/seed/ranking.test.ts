import { describe, expect, it } from "vitest";
import { rankingFrom } from "../../../../src/features/seed/ranking";
import { splitOptions } from "../../../../src/features/seed/sections/DecisionsSection";

const options = [{ id: "a" }, { id: "b" }, { id: "c" }];

describe("a ranked ballot from the ranks picked", () => {
  it("orders options by rank, leaves unranked ones off", () => {
    expect(rankingFrom({ a: "2", b: "", c: "1" }, options)).toEqual(["c", "a"]);
    expect(rankingFrom({}, options)).toEqual([]);
  });

  it("keeps display order between equal ranks and ignores junk", () => {
    expect(rankingFrom({ a: "1", b: "1", c: "zéro" }, options)).toEqual(["a", "b"]);
    expect(rankingFrom({ a: "-1", b: "0", c: "3" }, options)).toEqual(["c"]);
  });
});

describe("options typed one per line", () => {
  it("trims, drops empty lines and duplicates (case-insensitive)", () => {
    expect(splitOptions(" Samedi \n\nDimanche\nsamedi\n  Lundi  matin ")).toEqual([
      "Samedi",
      "Dimanche",
      "Lundi matin",
    ]);
  });
});
