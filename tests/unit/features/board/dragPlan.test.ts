import { describe, expect, it } from "vitest";
import {
  applyPreview,
  containerKey,
  isSamePlace,
  movePlan,
  parseContainerKey,
  previewFor,
  stepPlan,
} from "../../../../src/features/board/dragPlan";

const freins = containerKey({ categoryId: "freins", clusterId: "" });
const leviers = containerKey({ categoryId: "leviers", clusterId: "" });
const group = containerKey({ categoryId: "leviers", clusterId: "g1" });

function lists() {
  return new Map<string, string[]>([
    [freins, ["a", "b", "c"]],
    [leviers, ["d"]],
    [group, []],
  ]);
}

describe("drag planning", () => {
  it("round-trips container keys and rejects note ids", () => {
    expect(parseContainerKey(group)).toEqual({ categoryId: "leviers", clusterId: "g1" });
    expect(parseContainerKey("a")).toBeNull();
  });

  it("the note goes before the hovered note, or after it past its middle", () => {
    expect(applyPreview(lists(), previewFor(lists(), "a", "c")).get(freins)).toEqual([
      "b",
      "a",
      "c",
    ]);
    const after = applyPreview(lists(), previewFor(lists(), "a", "c", true));
    expect(after.get(freins)).toEqual(["b", "c", "a"]);
    expect(movePlan(after, "a")).toEqual({
      id: "a",
      categoryId: "freins",
      clusterId: "",
      afterId: "c",
      beforeId: null,
    });
    // The same pointer position gives the same place, whatever the current preview.
    expect(previewFor(after, "a", "c", true)).toEqual(previewFor(lists(), "a", "c", true));
  });

  it("across lists, with both neighbours", () => {
    const base = new Map(lists()).set(leviers, ["d", "e"]);
    const after = applyPreview(base, previewFor(base, "b", "d", true));
    expect(after.get(freins)).toEqual(["a", "c"]);
    expect(after.get(leviers)).toEqual(["d", "b", "e"]);
    expect(movePlan(after, "b")).toEqual({
      id: "b",
      categoryId: "leviers",
      clusterId: "",
      afterId: "d",
      beforeId: "e",
    });
  });

  it("a note dropped on an empty group goes in it", () => {
    const after = applyPreview(lists(), previewFor(lists(), "b", group));
    expect(movePlan(after, "b")).toEqual({
      id: "b",
      categoryId: "leviers",
      clusterId: "g1",
      afterId: null,
      beforeId: null,
    });
  });

  it("a drop in the same place is no change", () => {
    const same = applyPreview(lists(), { noteId: "b", to: freins, index: 1 });
    expect(isSamePlace(lists(), same, "b")).toBe(true);
    expect(
      isSamePlace(lists(), applyPreview(lists(), previewFor(lists(), "b", "c", true)), "b"),
    ).toBe(false);
    expect(previewFor(lists(), "b", "b")).toBeNull();
  });

  it("keyboard steps move one place and stop at the ends", () => {
    expect(stepPlan(lists(), "b", -1)).toEqual({
      id: "b",
      categoryId: "freins",
      clusterId: "",
      afterId: null,
      beforeId: "a",
    });
    expect(stepPlan(lists(), "b", 1)).toEqual({
      id: "b",
      categoryId: "freins",
      clusterId: "",
      afterId: "c",
      beforeId: null,
    });
    expect(stepPlan(lists(), "a", -1)).toBeNull();
    expect(stepPlan(lists(), "c", 1)).toBeNull();
  });
});
