import { describe, expect, it } from "vitest";
import {
  readCachedSummary,
  sameSummary,
  SEED_SUMMARY_VERSION,
  toCachedSummary,
} from "../../../../src/features/seed/summaryCache";
import type { SeedSummary } from "../../../../src/features/seed/summaryCache";

const card: SeedSummary = {
  title: "Jardin partagé",
  workshopTitle: "Atelier alimentation",
  status: "en-germination",
  memberCount: 3,
  nextTask: { title: "Trouver un terrain", due: "2026-12-20" },
  archived: false,
};

describe("a seed's cached card", () => {
  it("reads back what was written (through structured clone)", () => {
    expect(readCachedSummary(structuredClone(toCachedSummary(card)))).toEqual(card);
  });

  it("ignores records of another version or that are not summaries", () => {
    expect(readCachedSummary({ ...toCachedSummary(card), version: SEED_SUMMARY_VERSION + 1 })).toBe(
      undefined,
    );
    for (const junk of [null, 3, "x", [], { contacts: [] }]) {
      expect(readCachedSummary(junk)).toBe(undefined);
    }
  });

  it("falls back field by field on damaged data, never throws", () => {
    const back = readCachedSummary({
      version: SEED_SUMMARY_VERSION,
      title: 42,
      workshopTitle: "x".repeat(5000),
      status: "<script>",
      memberCount: -4,
      nextTask: { title: "Appeler la mairie", due: "demain" },
      archived: "yes",
    });
    expect(back).toEqual({
      title: "",
      workshopTitle: "x".repeat(200),
      status: "",
      memberCount: 0,
      nextTask: { title: "Appeler la mairie", due: "" },
      archived: false,
    });
  });

  it("compares cards by what they show", () => {
    expect(sameSummary(card, { ...card, nextTask: { ...card.nextTask! } })).toBe(true);
    expect(sameSummary(card, { ...card, memberCount: 4 })).toBe(false);
    expect(sameSummary(card, { ...card, nextTask: null })).toBe(false);
    expect(sameSummary(card, { ...card, nextTask: { title: "Trouver un terrain", due: "" } })).toBe(
      false,
    );
  });
});
