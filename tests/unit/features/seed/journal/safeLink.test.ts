import { describe, expect, it } from "vitest";
import { safeHref } from "../../../../../src/features/seed/journal/safeLink";

describe("safeHref", () => {
  it.each([
    ["https://exemple.fr/graine", "https://exemple.fr/graine"],
    ["  https://exemple.fr  ", "https://exemple.fr/"],
    ["HTTPS://Exemple.fr/a?b=c#d", "https://exemple.fr/a?b=c#d"],
    ["mailto:groupe@exemple.fr", "mailto:groupe@exemple.fr"],
  ])("accepts %s", (raw, expected) => {
    expect(safeHref(raw)).toBe(expected);
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "java\nscript:alert(1)",
    "java\tscript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "http://exemple.fr",
    "ftp://exemple.fr",
    "//exemple.fr",
    "/relative",
    "exemple.fr",
    "https:",
    "",
    `https://exemple.fr/${"a".repeat(3000)}`,
  ])("refuses %j", (raw) => {
    expect(safeHref(raw)).toBeNull();
  });

  it("refuses anything that is not a string", () => {
    for (const raw of [null, undefined, 42, {}, ["https://exemple.fr"]]) {
      expect(safeHref(raw)).toBeNull();
    }
  });
});
