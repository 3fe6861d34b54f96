/** Hide-until-reveal, moderation, tour de table and timer. */
import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  addNote,
  markSpoken,
  moderateNote,
  revealNotes,
  selectBoard,
  setSpeakerOrder,
  startTimer,
  stopTimer,
  unmarkSpoken,
  unmoderateNote,
  type BoardItem,
  type BoardViewer,
  type DiagnosticDoc,
} from "../../../../src/domain";
import { actorId, apply, makeProfileId, T0 } from "../../../fixtures/builders";
import { expectDomainError } from "../../../helpers/domain";
import { BY, cat, con, makeBoard, nid, viewOf } from "../../../helpers/diagnostic";

const items = (doc: A.Doc<DiagnosticDoc>, viewer: BoardViewer, categoryId = "envies") =>
  selectBoard(viewOf(doc), { viewer }).find((c) => c.category.id === categoryId)?.notes ?? [];
const summary = (list: BoardItem[]) =>
  list.map((i) =>
    i.hidden ? `${i.id}:masqué` : `${i.id}:${i.text}${i.concealed ? " (caché)" : ""}`,
  );

const FAC: BoardViewer = { facilitator: true };
const ANA: BoardViewer = { facilitator: false, contactId: "ana" };
const BOB: BoardViewer = { facilitator: false, contactId: "bob" };

describe("hide until reveal", () => {
  const board = () =>
    makeBoard([
      ["n1", "envies", "Un jardin partagé", { hidden: true, authorContactId: con("ana") }],
      ["n2", "envies", "Une cantine bio", { hidden: true, authorContactId: con("bob") }],
      ["n3", "envies", "Visible", {}],
    ]);

  it("hidden notes are placeholders (no text) for others, readable by facilitators and authors", () => {
    const doc = board();
    expect(summary(items(doc, BOB))).toEqual([
      "n1:masqué",
      "n2:Une cantine bio (caché)",
      "n3:Visible",
    ]);
    expect(summary(items(doc, ANA))).toEqual([
      "n1:Un jardin partagé (caché)",
      "n2:masqué",
      "n3:Visible",
    ]);
    expect(summary(items(doc, { facilitator: false }))).toEqual([
      "n1:masqué",
      "n2:masqué",
      "n3:Visible",
    ]);
    expect(summary(items(doc, FAC))).toEqual([
      "n1:Un jardin partagé (caché)",
      "n2:Une cantine bio (caché)",
      "n3:Visible",
    ]);
    const placeholder = items(doc, BOB)[0];
    expect(placeholder).toEqual({
      hidden: true,
      id: "n1",
      categoryId: "envies",
      clusterId: "",
      rank: "a0",
    });
    // « masqué, pas confidentiel » : the text IS on every tablet.
    expect(JSON.stringify(doc)).toContain("Un jardin partagé");
  });

  it("reveals listed notes, or every hidden note of a category; a note added later stays hidden", () => {
    let doc = apply(board(), (d) => revealNotes(d, { ids: ["n1"] }));
    expect(summary(items(doc, BOB))).toEqual([
      "n1:Un jardin partagé",
      "n2:Une cantine bio (caché)",
      "n3:Visible",
    ]);
    doc = apply(doc, (d) => revealNotes(d, { categoryId: cat("envies") }));
    expect(summary(items(doc, { facilitator: false }))).toEqual([
      "n1:Un jardin partagé",
      "n2:Une cantine bio",
      "n3:Visible",
    ]);
    doc = apply(doc, (d) =>
      addNote(d, {
        id: nid("n4"),
        categoryId: cat("envies"),
        text: "Tard",
        hidden: true,
        by: BY,
        now: T0,
      }),
    );
    expect(summary(items(doc, BOB)).at(-1)).toBe("n4:masqué");
  });

  it("a reveal and a hidden note added offline on another tablet merge: the new note stays hidden", () => {
    const base = board();
    const fac = apply(A.clone(base, { actor: actorId(0xa1) }), (d) =>
      revealNotes(d, { categoryId: cat("envies") }),
    );
    const tablet = apply(A.clone(base, { actor: actorId(0xb2) }), (d) =>
      addNote(d, {
        id: nid("n5"),
        categoryId: cat("envies"),
        text: "Hors ligne",
        hidden: true,
        by: BY,
        now: T0,
      }),
    );
    const merged = A.merge(A.clone(fac), tablet);
    expect(summary(items(merged, BOB))).toEqual([
      "n1:Un jardin partagé",
      "n2:Une cantine bio",
      "n3:Visible",
      "n5:masqué",
    ]);
  });

  it("rejects bad input", () => {
    const doc = board();
    expectDomainError(() => apply(doc, (d) => revealNotes(d, { ids: ["zz"] })), "not-found");
    expectDomainError(() => apply(doc, (d) => revealNotes(d, { ids: ["a b"] })), "invalid-id");
    expectDomainError(
      () => apply(doc, (d) => revealNotes(d, { ids: "n1" as unknown as string[] })),
      "invalid-field",
    );
    expectDomainError(
      () => apply(doc, (d) => revealNotes(d, { categoryId: cat("nope") })),
      "not-found",
    );
  });
});

describe("moderation", () => {
  it("hides a note from participants, shows it to facilitators with the reason; reversible", () => {
    const doc0 = makeBoard([
      ["n1", "envies", "Propos blessant"],
      ["n2", "envies", "Ok"],
    ]);
    const mod = makeProfileId("malik");
    let doc = apply(doc0, (d) =>
      moderateNote(d, { id: nid("n1"), reason: "Hors sujet", by: mod, now: T0 + 9 }),
    );
    expect(summary(items(doc, BOB))).toEqual(["n2:Ok"]);
    const seen = items(doc, FAC)[0];
    expect(seen).toMatchObject({
      id: "n1",
      text: "Propos blessant",
      moderation: { reason: "Hors sujet", by: mod, at: T0 + 9 },
    });
    doc = apply(doc, (d) => unmoderateNote(d, { id: nid("n1") }));
    expect(summary(items(doc, BOB))).toEqual(["n1:Propos blessant", "n2:Ok"]);
    // Recorded: the history names who moderated and when.
    expect(A.getHistory(doc).some((c) => c.snapshot === undefined)).toBe(false);
  });

  it("rejects bad input", () => {
    const doc = makeBoard([["n1", "envies", "x"]]);
    const moderate = (reason: string) => () =>
      apply(doc, (d) => moderateNote(d, { id: nid("n1"), reason, by: BY, now: T0 }));
    expectDomainError(moderate(" "), "required");
    expectDomainError(moderate("x".repeat(501)), "too-long");
    expectDomainError(
      () => apply(doc, (d) => moderateNote(d, { id: nid("n9"), reason: "r", by: BY, now: T0 })),
      "not-found",
    );
    expectDomainError(() => apply(doc, (d) => unmoderateNote(d, { id: nid("n9") })), "not-found");
  });
});

describe("tour de table and timer", () => {
  it("marks who has spoken, sets the order, starts and stops the timer", () => {
    let doc = makeBoard();
    doc = apply(doc, (d) => {
      setSpeakerOrder(d, { order: [con("cyd"), con("ana"), con("bob")] });
      markSpoken(d, { contactId: con("cyd"), now: T0 + 1 });
      markSpoken(d, { contactId: con("ana"), now: T0 + 2 });
      markSpoken(d, { contactId: con("ana"), now: T0 + 3 }); // already marked: kept
      unmarkSpoken(d, { contactId: con("cyd") });
      startTimer(d, { durationMs: 120_000, label: "Ana", now: T0 + 4 });
    });
    expect(viewOf(doc).facilitation).toEqual({
      revealed: {},
      spoken: { ana: T0 + 2 },
      speakerOrder: ["cyd", "ana", "bob"],
      timer: { startedAt: T0 + 4, durationMs: 120_000, label: "Ana" },
      hideMode: false,
    });
    doc = apply(doc, (d) => stopTimer(d));
    expect(viewOf(doc).facilitation.timer).toEqual({
      startedAt: null,
      durationMs: 120_000,
      label: "Ana",
    });
  });

  it("rejects bad input", () => {
    const doc = makeBoard();
    expectDomainError(
      () => apply(doc, (d) => setSpeakerOrder(d, { order: [con("a"), con("a")] })),
      "invalid-field",
    );
    expectDomainError(
      () => apply(doc, (d) => setSpeakerOrder(d, { order: [con("a b")] })),
      "invalid-id",
    );
    expectDomainError(
      () => apply(doc, (d) => markSpoken(d, { contactId: con("a"), now: -5 })),
      "invalid-timestamp",
    );
    expectDomainError(
      () => apply(doc, (d) => startTimer(d, { durationMs: 0, now: T0 })),
      "invalid-number",
    );
    expectDomainError(
      () => apply(doc, (d) => startTimer(d, { durationMs: 1.5, now: T0 })),
      "invalid-number",
    );
    expectDomainError(
      () => apply(doc, (d) => startTimer(d, { durationMs: 1000, label: "x".repeat(201), now: T0 })),
      "too-long",
    );
  });
});
