/** Category management: add, rename (character merge), keyboard steps, bin and restore. */
import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  addCategory,
  archiveCategory,
  renameCategory,
  restoreCategory,
  selectBinCategories,
  selectBoard,
  selectCategories,
  stepCategory,
  type CategoryStep,
  type DiagnosticDoc,
} from "../../../../src/domain";
import { actorId, apply, T0 } from "../../../fixtures/builders";
import { expectDomainError } from "../../../helpers/domain";
import { BY, cat, makeBoard, viewOf } from "../../../helpers/diagnostic";

const order = (doc: A.Doc<DiagnosticDoc>) => selectCategories(viewOf(doc)).map((c) => c.id);
const step = (doc: A.Doc<DiagnosticDoc>, id: string, direction: CategoryStep) =>
  apply(doc, (d) => stepCategory(d, { id: cat(id), direction }));

describe("category management", () => {
  it("adds a category after another one, renames it by character, archives and restores it", () => {
    let doc = makeBoard();
    doc = apply(doc, (d) =>
      addCategory(d, { id: cat("idees"), title: "Idées", afterId: "freins", by: BY, now: T0 }),
    );
    expect(order(doc).slice(2, 6)).toEqual(["points-de-vue", "freins", "idees", "leviers"]);
    const a = A.clone(doc, { actor: actorId(2) });
    const b = A.clone(doc, { actor: actorId(3) });
    const a2 = apply(a, (d) => renameCategory(d, { id: cat("idees"), title: "Idées neuves" }));
    const b2 = apply(b, (d) => renameCategory(d, { id: cat("idees"), title: "Bonnes Idées" }));
    const merged = A.merge(A.clone(a2), b2);
    expect(viewOf(merged).categories["idees"]?.title).toBe("Bonnes Idées neuves");
    expectDomainError(
      () => apply(doc, (d) => renameCategory(d, { id: cat("idees"), title: "  " })),
      "required",
    );

    doc = apply(doc, (d) => archiveCategory(d, { id: cat("idees"), by: BY, now: T0 + 5 }));
    expect(order(doc)).not.toContain("idees");
    expect(selectBinCategories(viewOf(doc)).map((b) => b.category.id)).toEqual(["idees"]);
    doc = apply(doc, (d) => restoreCategory(d, { id: cat("idees") }));
    expect(order(doc).slice(3, 5)).toEqual(["freins", "idees"]);
    expect(selectBinCategories(viewOf(doc))).toEqual([]);
  });

  it("steps a category up and down among the live ones, skipping archived ones; no-op at the ends", () => {
    let doc = makeBoard();
    const start = order(doc);
    doc = step(doc, "travaux", "up");
    expect(order(doc)).toEqual(start);
    doc = step(doc, "travaux", "down");
    expect(order(doc).slice(0, 3)).toEqual(["ressources", "travaux", "points-de-vue"]);
    doc = step(doc, "initiatives", "down");
    expect(order(doc).at(-1)).toBe("initiatives");
    doc = step(doc, "initiatives", "up");
    expect(order(doc).slice(-2)).toEqual(["initiatives", "envies"]);
    // An archived neighbour does not count as a place: one step passes it.
    doc = apply(doc, (d) => archiveCategory(d, { id: cat("freins"), by: BY, now: T0 }));
    doc = step(doc, "leviers", "up");
    expect(order(doc).slice(2, 4)).toEqual(["leviers", "points-de-vue"]);
    doc = apply(doc, (d) => restoreCategory(d, { id: cat("freins") }));
    expect(new Set(order(doc))).toEqual(new Set(start));
  });

  it("rejects a step of an archived category, a bad direction and an unknown id", () => {
    let doc = makeBoard();
    doc = apply(doc, (d) => archiveCategory(d, { id: cat("freins"), by: BY, now: T0 }));
    expectDomainError(() => step(doc, "freins", "up"), "invalid-field");
    expectDomainError(() => step(doc, "leviers", "sideways" as CategoryStep), "invalid-field");
    expectDomainError(() => step(doc, "nope", "up"), "not-found");
  });

  it("keeps the notes of an archived category: listed in the bin under it, back on restore", () => {
    let doc = makeBoard([
      ["n1", "freins", "Pas de local"],
      ["n2", "freins", "Transport rare"],
      ["n3", "leviers", "Associations"],
    ]);
    doc = apply(doc, (d) => archiveCategory(d, { id: cat("freins"), by: BY, now: T0 + 1 }));
    const view = viewOf(doc);
    const onBoard = selectBoard(view, { viewer: { facilitator: true } }).flatMap((c) =>
      c.notes.map((n) => n.id),
    );
    expect(onBoard).toEqual(["n3"]);
    const bin = selectBinCategories(view);
    expect(bin.map((b) => [b.category.id, b.notes.map((n) => n.text)])).toEqual([
      ["freins", ["Pas de local", "Transport rare"]],
    ]);
    doc = apply(doc, (d) => restoreCategory(d, { id: cat("freins") }));
    const freins = selectBoard(viewOf(doc), { viewer: { facilitator: true } }).find(
      (c) => c.category.id === "freins",
    );
    expect(freins?.notes.map((n) => n.id)).toEqual(["n1", "n2"]);
  });
});
