import { describe, expect, it } from "vitest";
import * as A from "@automerge/automerge";
import { countPending } from "../../../src/sync/syncStatus";

describe("countPending", () => {
  it("counts the changes not contained in the acknowledged heads", () => {
    let doc = A.from<{ n: number }>({ n: 0 });
    const acked = A.getHeads(doc);
    doc = A.change(doc, (d) => void (d.n = 1));
    doc = A.change(doc, (d) => void (d.n = 2));
    expect(countPending(doc, acked)).toBe(2);
    expect(countPending(doc, A.getHeads(doc))).toBe(0);
  });

  it("counts everything when nothing was acknowledged", () => {
    const doc = A.change(A.from({ n: 0 }), (d) => void (d.n = 1));
    expect(countPending(doc, [])).toBe(2);
  });

  it("ignores heads this device does not know (someone else's newer changes on the relay)", () => {
    const base = A.from({ n: 0 });
    const other = A.change(A.clone(base), (d) => void (d.n = 5));
    const mine = A.change(A.clone(base), (d) => void (d.n = 1));
    const relayHeads = [...A.getHeads(base), ...A.getHeads(other)];
    expect(countPending(mine, relayHeads)).toBe(1);
  });
});
