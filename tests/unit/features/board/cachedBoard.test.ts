/** The board's cached columns: stored plain, read back as untrusted data. */
import { describe, expect, it } from "vitest";
import {
  CACHED_BOARD_VERSION,
  readCachedBoard,
  toCachedBoard,
} from "../../../../src/features/board/cachedBoard";
import type { BoardColumn, BoardNote } from "../../../../src/features/board/boardTypes";

const note = (id: string, extra: Partial<BoardNote> = {}): BoardNote => ({
  id,
  categoryId: "freins",
  clusterId: "",
  text: `texte ${id}`,
  placeholder: false,
  awaitingReveal: false,
  moderation: null,
  linkedContacts: [],
  authorContactId: "",
  merged: [],
  ...extra,
});

const columns: BoardColumn[] = [
  {
    id: "freins",
    title: "Freins",
    clusters: [{ id: "k1", title: "Transport", notes: [note("n2", { clusterId: "k1" })] }],
    notes: [note("n1", { linkedContacts: ["ana"], merged: [{ id: "n3", text: "pareil" }] })],
  },
  { id: "leviers", title: "Leviers", clusters: [], notes: [] },
];

describe("cached board", () => {
  it("round-trips the columns through structured cloning", () => {
    const stored = structuredClone(toCachedBoard(columns));
    expect(stored.version).toBe(CACHED_BOARD_VERSION);
    expect(readCachedBoard(stored)).toEqual(columns);
  });

  it("ignores another version or junk, drops what does not look like a column or a card", () => {
    expect(readCachedBoard({ version: 99, columns: [] })).toBeUndefined();
    expect(readCachedBoard("junk")).toBeUndefined();
    expect(readCachedBoard(null)).toBeUndefined();
    const read = readCachedBoard({
      version: CACHED_BOARD_VERSION,
      columns: [
        7,
        { id: "" },
        {
          id: "freins",
          title: 3,
          clusters: [{ id: 5 }, { id: "k", notes: "x" }],
          notes: [{ id: "n1", text: "a", placeholder: true }, { text: "no id" }, null],
        },
      ],
    });
    expect(read).toEqual([
      {
        id: "freins",
        title: "",
        clusters: [{ id: "k", title: "", notes: [] }],
        // A placeholder never carries text, whatever the record says.
        notes: [note("n1", { text: "", placeholder: true })],
      },
    ]);
  });
});
