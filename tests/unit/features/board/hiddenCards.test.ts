/** Hide-until-reveal per tablet: the writer reads their own note, facilitators see it sealed. */
import { describe, expect, it } from "vitest";
import { boardColumns } from "../../../../src/features/board/boardModel";
import { withHiddenCards } from "../../../../src/features/board/hiddenCards";
import type { BoardColumn } from "../../../../src/features/board/boardTypes";
import { apply, makeProfileId, T0 } from "../../../fixtures/builders";
import { cat, makeBoard, nid, viewOf } from "../../../helpers/diagnostic";
import { addNote, revealNotes } from "../../../../src/domain";

const BEA = makeProfileId("bea");
const cards = (columns: BoardColumn[], id = "envies") =>
  columns
    .find((c) => c.id === id)
    ?.notes.map((n) => ({
      text: n.text,
      placeholder: n.placeholder,
      sealed: n.sealed === true,
    }));

describe("hidden cards", () => {
  const doc = apply(makeBoard([["n1", "envies", "Visible"]]), (d) =>
    addNote(d, {
      id: nid("n2"),
      categoryId: cat("envies"),
      text: "Un jardin",
      hidden: true,
      by: BEA,
      now: T0,
    }),
  );
  const view = viewOf(doc);

  it("a participant who wrote it reads it; another participant sees « masqué »", () => {
    const forBea = withHiddenCards(boardColumns(view, { facilitator: false }), view, BEA, false);
    expect(cards(forBea)).toEqual([
      { text: "Visible", placeholder: false, sealed: false },
      { text: "Un jardin", placeholder: false, sealed: false },
    ]);
    const other = withHiddenCards(
      boardColumns(view, { facilitator: false }),
      view,
      makeProfileId("zoe"),
      false,
    );
    expect(cards(other)?.[1]).toEqual({ text: "", placeholder: true, sealed: false });
  });

  it("a facilitator holds the text sealed; the one who wrote it does not; revealed = plain", () => {
    const fac = withHiddenCards(
      boardColumns(view, { facilitator: true }),
      view,
      makeProfileId("alex"),
      true,
    );
    expect(cards(fac)?.[1]).toEqual({ text: "Un jardin", placeholder: false, sealed: true });
    const facBea = withHiddenCards(boardColumns(view, { facilitator: true }), view, BEA, true);
    expect(cards(facBea)?.[1]?.sealed).toBe(false);
    const revealed = viewOf(apply(doc, (d) => revealNotes(d, { ids: [nid("n2")] })));
    const after = withHiddenCards(
      boardColumns(revealed, { facilitator: true }),
      revealed,
      makeProfileId("alex"),
      true,
    );
    expect(cards(after)?.[1]).toEqual({ text: "Un jardin", placeholder: false, sealed: false });
  });

  it("keeps the identity of columns with nothing hidden", () => {
    const columns = boardColumns(view, { facilitator: false });
    const out = withHiddenCards(columns, view, BEA, false);
    expect(out.find((c) => c.id === "freins")).toBe(columns.find((c) => c.id === "freins"));
    expect(out.find((c) => c.id === "envies")).not.toBe(columns.find((c) => c.id === "envies"));
  });
});
