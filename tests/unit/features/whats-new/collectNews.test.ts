import { describe, expect, it } from "vitest";
import * as A from "@automerge/automerge";
import {
  addContact,
  addNote,
  initAddressBook,
  initDiagnostic,
  type AddressBookDoc,
  type DiagnosticDoc,
  type ProfileId,
} from "../../../../src/domain";
import { formatChangeMessage } from "../../../../src/domain/history";
import { collectNews, headsOf } from "../../../../src/sync/whatsNew";

const alice = { profileId: "p-alice", name: "Alice" };
const bob = { profileId: "p-bob", name: "Bob" };

type Who = typeof alice;
const T = 1_700_000_000_000;
const change = <D>(doc: A.Doc<D>, kind: string, command: string, who: Who, fn: (d: D) => void) =>
  A.change(doc, { message: formatChangeMessage(kind, command, who), time: 100 }, fn);
const by = (who: Who) => who.profileId as ProfileId;

function atelier() {
  let book = A.change(A.init<AddressBookDoc>(), { message: "address-book/init" }, (d) =>
    initAddressBook(d, { by: by(alice), now: T }),
  );
  const board = A.change(A.init<DiagnosticDoc>(), { message: "diagnostic/init" }, (d) =>
    initDiagnostic(d, { by: by(alice), now: T }),
  );
  book = change(book, "address-book", "addContact", alice, (d) =>
    addContact(d, {
      id: "c-a" as never,
      draft: { name: "Contact d'Alice" },
      by: by(alice),
      now: T,
    }),
  );
  return { book, board };
}

describe("collectNews", () => {
  it("lists what others added since the heads this device last saw, under their name", () => {
    const { book: book0, board: board0 } = atelier();
    const seen = { book: headsOf(book0), board: headsOf(board0) };
    let book = change(book0, "address-book", "addContact", bob, (d) =>
      addContact(d, { id: "c-b" as never, draft: { name: "Chloé Martin" }, by: by(bob), now: T }),
    );
    let board = change(board0, "diagnostic", "addNote", bob, (d) =>
      addNote(d, {
        id: "n-1" as never,
        categoryId: "freins" as never,
        text: "Pas de local",
        by: by(bob),
        now: T,
      }),
    );
    board = change(board, "diagnostic", "addNote", bob, (d) =>
      addNote(d, {
        id: "n-2" as never,
        categoryId: "freins" as never,
        text: "secret",
        hidden: true,
        by: by(bob),
        now: T,
      }),
    );
    book = change(book, "address-book", "addContact", alice, (d) =>
      addContact(d, { id: "c-a2" as never, draft: { name: "Mine" }, by: by(alice), now: T }),
    );
    const news = collectNews(
      [
        { kind: "address-book", doc: book, seenHeads: seen.book },
        { kind: "diagnostic", doc: board, seenHeads: seen.board },
      ],
      alice.profileId,
    );
    expect(news).toHaveLength(1);
    expect(news[0]).toMatchObject({ profileId: "p-bob", name: "Bob" });
    expect(news[0]?.counts).toEqual({ contactsAdded: 1, notesAdded: 2 });
    // The hidden note is counted but its text is not shown.
    expect(news[0]?.added.map((i) => i.label).sort()).toEqual(["", "Chloé Martin", "Pas de local"]);

    const after = collectNews(
      [
        { kind: "address-book", doc: book, seenHeads: headsOf(book) },
        { kind: "diagnostic", doc: board, seenHeads: headsOf(board) },
      ],
      alice.profileId,
    );
    expect(after).toEqual([]);
  });

  it("from the start when this device never looked: the creator's own work is not news", () => {
    const { book, board } = atelier();
    const sources = [
      { kind: "address-book", doc: book, seenHeads: undefined },
      { kind: "diagnostic", doc: board, seenHeads: undefined },
    ];
    expect(collectNews(sources, alice.profileId)).toEqual([]);
    const forBob = collectNews(sources, bob.profileId);
    expect(forBob.map((p) => p.name)).toEqual(["Alice"]);
    expect(forBob[0]?.added.map((i) => i.label)).toEqual(["Contact d'Alice"]);
  });
});
