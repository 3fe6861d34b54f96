import { describe, expect, it } from "vitest";
import {
  appearedIds,
  categoryOf,
  formatChangeMessage,
  isEmptyNews,
  parseChangeMessage,
  summariseWhatsNew,
} from "../../../../src/domain/history";
import type { HistoryChange } from "../../../../src/domain/history";

const bob = { profileId: "p-bob", name: "Bob" };
const alice = { profileId: "p-alice", name: "Alice" };
const msg = (kind: string, command: string, author = bob, time = 100): HistoryChange => ({
  message: formatChangeMessage(kind, command, author),
  time,
});

describe("change messages", () => {
  it("round-trips the command and its author", () => {
    const message = formatChangeMessage("address-book", "addContact", bob);
    expect(message.startsWith("address-book/addContact\n")).toBe(true);
    expect(parseChangeMessage(message)).toEqual({
      kind: "address-book",
      command: "addContact",
      author: bob,
    });
  });

  it("still parses the bare label of older versions, author unknown", () => {
    expect(parseChangeMessage("diagnostic/addNote")).toEqual({
      kind: "diagnostic",
      command: "addNote",
      author: null,
    });
  });

  it("ignores what is not a command label and hostile author lines", () => {
    expect(parseChangeMessage(null)).toBeNull();
    expect(parseChangeMessage("migrate: diagnostic/2-board")).toBeNull();
    expect(parseChangeMessage("x".repeat(2_000))).toBeNull();
    expect(parseChangeMessage("diagnostic/addNote\nnot json")?.author).toBeNull();
    expect(parseChangeMessage('diagnostic/addNote\n{"by":42}')?.author).toBeNull();
    expect(parseChangeMessage('diagnostic/addNote\n["p"]')?.author).toBeNull();
    const long = parseChangeMessage(
      `diagnostic/addNote\n${JSON.stringify({ by: "p", name: `Eve\u0007${"e".repeat(500)}` })}`,
    );
    expect(long?.author?.name).toHaveLength(60);
    expect(long?.author?.name.startsWith("Evee")).toBe(true);
  });
});

describe("summariseWhatsNew", () => {
  it("groups other people's changes by person and kind, leaving out mine and system changes", () => {
    const news = summariseWhatsNew({
      me: alice.profileId,
      changes: [
        { message: "address-book/init", time: 1 },
        msg("address-book", "addContact", bob, 10),
        msg("address-book", "setContactText", bob, 11),
        msg("diagnostic", "addNote", bob, 12),
        msg("diagnostic", "addNote", bob, 13),
        msg("diagnostic", "moveNote", bob, 14),
        msg("diagnostic", "addNote", alice, 15),
        msg("workshop", "linkSeed", bob, 16),
      ],
      added: [
        { type: "contact", id: "c1", label: "Chloé", createdBy: bob.profileId },
        { type: "note", id: "n3", label: "Mine", createdBy: alice.profileId },
      ],
    });
    expect(news).toHaveLength(1);
    expect(news[0]).toMatchObject({
      profileId: "p-bob",
      name: "Bob",
      counts: {
        contactsAdded: 1,
        contactsChanged: 1,
        notesAdded: 2,
        notesMoved: 1,
        seeds: 1,
      },
      lastAt: 16,
    });
    expect(news[0]?.added.map((i) => i.label)).toEqual(["Chloé"]);
  });

  it("keeps legacy changes without an author under an unknown person", () => {
    const news = summariseWhatsNew({
      me: "p-alice",
      changes: [{ message: "diagnostic/addNote", time: 5 }, msg("diagnostic", "addNote", bob, 9)],
      added: [],
    });
    expect(news.map((p) => p.profileId)).toEqual(["p-bob", null]);
    expect(news[1]?.name).toBe("");
  });

  it("counts an import by the contacts that appeared, and uses the newest name", () => {
    const renamed = { profileId: "p-bob", name: "Robert" };
    const news = summariseWhatsNew({
      me: "p-alice",
      changes: [
        msg("address-book", "importContacts", bob, 1),
        msg("diagnostic", "addNote", renamed, 2),
      ],
      added: ["a", "b", "c"].map((id) => ({ type: "contact", id, label: id, createdBy: "p-bob" })),
    });
    expect(news[0]?.counts.contactsAdded).toBe(3);
    expect(news[0]?.name).toBe("Robert");
  });

  it("says when nothing is new", () => {
    expect(isEmptyNews(summariseWhatsNew({ me: "p-alice", changes: [], added: [] }))).toBe(true);
  });
});

describe("helpers", () => {
  it("maps commands to categories", () => {
    expect(categoryOf("diagnostic", "init")).toBeNull();
    expect(categoryOf("seed", "addTask")).toBe("seeds");
    expect(categoryOf("workshop", "setText")).toBe("atelierChanged");
    expect(categoryOf("other", "x")).toBeNull();
  });

  it("finds ids that appeared", () => {
    expect(appearedIds({ a: 1 }, { a: 1, b: 2 })).toEqual(["b"]);
    expect(appearedIds(undefined, { a: 1 })).toEqual(["a"]);
  });
});
