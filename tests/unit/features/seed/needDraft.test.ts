import { describe, expect, it } from "vitest";
import { readNeedDraft, titleFromNeed } from "../../../../src/features/seed/needDraft";

describe("the need carried to « Nouvelle graine »", () => {
  it("reads a well-formed need from the navigation state", () => {
    const need = {
      noteId: "note_abc123",
      text: "Un local partagé",
      categoryTitle: "Besoins / manques",
    };
    expect(readNeedDraft({ need })).toEqual(need);
  });

  it("ignores a missing or malformed need", () => {
    for (const state of [null, undefined, "x", {}, { need: null }, { need: { text: "x" } }]) {
      expect(readNeedDraft(state)).toBe(null);
    }
    expect(readNeedDraft({ need: { noteId: "../../x", text: "t" } })).toBe(null);
    expect(readNeedDraft({ need: { noteId: "n1234567", text: 3 } })).toBe(null);
  });

  it("caps the snapshot's length and defaults a missing category", () => {
    const back = readNeedDraft({ need: { noteId: "n1234567", text: "a".repeat(3000) } });
    expect(back?.text).toHaveLength(2000);
    expect(back?.categoryTitle).toBe("");
  });

  it("suggests the need's first line as the title, at most 200 characters", () => {
    expect(titleFromNeed("  Un   local\npour stocker ")).toBe("Un local");
    const long = titleFromNeed(`${"mot ".repeat(80)}`);
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.endsWith("…")).toBe(true);
    expect(titleFromNeed("x".repeat(300))).toHaveLength(200);
  });
});
