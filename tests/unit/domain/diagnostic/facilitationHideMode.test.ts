/** The shared « notes masquées » mode: in the document, read tolerantly, last switch wins. */
import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import { normalizeDiagnostic, setHideMode, type DiagnosticDoc } from "../../../../src/domain";
import { actorId, apply } from "../../../fixtures/builders";
import { expectDomainError } from "../../../helpers/domain";
import { makeBoard, viewOf } from "../../../helpers/diagnostic";

describe("« notes masquées » mode", () => {
  it("is off on a new board, switched on and off for every replica", () => {
    let doc = makeBoard();
    expect(viewOf(doc).facilitation.hideMode).toBe(false);
    doc = apply(doc, (d) => setHideMode(d, { on: true }));
    expect(viewOf(doc).facilitation.hideMode).toBe(true);
    const other = A.merge(A.clone(makeBoard(), { actor: actorId(4) }), doc);
    expect(viewOf(other).facilitation.hideMode).toBe(true);
    const heads = A.getHeads(doc);
    doc = apply(doc, (d) => setHideMode(d, { on: true }));
    expect(A.getHeads(doc)).toEqual(heads); // already on: nothing written
    doc = apply(doc, (d) => setHideMode(d, { on: false }));
    expect(viewOf(doc).facilitation.hideMode).toBe(false);
  });

  it("concurrent switches converge on one value", () => {
    const base = makeBoard();
    const a = apply(A.clone(base, { actor: actorId(2) }), (d) => setHideMode(d, { on: true }));
    const b = apply(A.clone(base, { actor: actorId(3) }), (d) => setHideMode(d, { on: false }));
    const b2 = apply(b, (d) => setHideMode(d, { on: true }));
    const c = apply(b2, (d) => setHideMode(d, { on: false }));
    const ab = A.merge(A.clone(a), c);
    const ba = A.merge(A.clone(c), a);
    expect(viewOf(ab).facilitation.hideMode).toBe(viewOf(ba).facilitation.hideMode);
  });

  it("reads an older board without the field as off, and junk as off with no crash", () => {
    const doc = apply(makeBoard(), (d) => {
      Reflect.deleteProperty(d.facilitation, "hideMode");
    });
    expect(viewOf(doc).facilitation.hideMode).toBe(false);
    const junk = apply(makeBoard(), (d) => {
      Reflect.set(d.facilitation, "hideMode", "yes");
    });
    expect(normalizeDiagnostic(junk).value.facilitation.hideMode).toBe(false);
    expectDomainError(
      () =>
        apply(makeBoard(), (d: DiagnosticDoc) =>
          setHideMode(d, { on: "on" as unknown as boolean }),
        ),
      "invalid-field",
    );
  });
});
