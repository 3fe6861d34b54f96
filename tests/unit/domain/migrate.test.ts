import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  applyMigrations,
  assessDocument,
  migrationMessage,
  pendingMigrations,
  readStamp,
  runMigrationsInChange,
  type Migration,
} from "../../../src/domain";

type Demo = {
  schema: { kind: "workshop"; version: number };
  log: string[];
  flags: Record<string, true>;
};

/** A migration that records its run in `log` unless its flag says it already ran. */
function step(version: number): Migration<Demo> {
  const name = `workshop/${version}-step`;
  return {
    name,
    version,
    up(doc) {
      if (doc.flags[name]) return; // content guard: idempotent
      doc.flags[name] = true;
      doc.log.push(name);
    },
  };
}

const STEPS = [step(2), step(3), step(4)];
const demo = (version: number) =>
  A.from<Demo>({ schema: { kind: "workshop", version }, log: [], flags: {} });

describe("assessDocument", () => {
  it("says current, needs-migration (in order), newer or foreign", () => {
    expect(assessDocument(demo(4), "workshop", 4, STEPS)).toEqual({ status: "current" });
    const verdict = assessDocument(demo(2), "workshop", 4, [
      STEPS[2],
      STEPS[0],
      STEPS[1],
    ] as Migration[]);
    expect(verdict.status).toBe("needs-migration");
    if (verdict.status === "needs-migration") {
      expect(verdict.pending.map((m) => m.name)).toEqual(["workshop/3-step", "workshop/4-step"]);
    }
    expect(assessDocument(demo(7), "workshop", 4, STEPS)).toEqual({ status: "newer", version: 7 });
    expect(assessDocument(demo(2), "diagnostic", 4, STEPS)).toMatchObject({ status: "foreign" });
    expect(assessDocument(demo(0), "workshop", 4, STEPS)).toMatchObject({ status: "foreign" });
  });

  it("calls anything without a readable stamp foreign", () => {
    for (const doc of [
      null,
      3,
      "x",
      [],
      {},
      { schema: "workshop" },
      { schema: { kind: 1, version: 1 } },
      { schema: { kind: "workshop", version: 1.5 } },
    ]) {
      expect(assessDocument(doc, "workshop", 1, [])).toMatchObject({ status: "foreign" });
    }
  });

  it("throws on a migration list with a gap (a programming error)", () => {
    expect(() =>
      assessDocument(demo(1), "workshop", 4, [STEPS[1], STEPS[2]] as Migration[]),
    ).toThrow(/gap/);
    expect(() => pendingMigrations(1, [step(2)], 3)).toThrow(/no migration reaches v3/);
  });
});

describe("applyMigrations", () => {
  it("runs pending migrations in order, in ONE labelled change", () => {
    const before = demo(1);
    const historyBefore = A.getHistory(before).length;
    const after = applyMigrations(before, STEPS, 4);
    expect(after.log).toEqual(["workshop/2-step", "workshop/3-step", "workshop/4-step"]);
    expect(after.schema.version).toBe(4);
    const changes = A.getHistory(after).slice(historyBefore);
    expect(changes.map((c) => c.change.message)).toEqual([
      "migrate: workshop/2-step, workshop/3-step, workshop/4-step",
    ]);
  });

  it("only runs what is pending and returns the same document when current", () => {
    expect(applyMigrations(demo(3), STEPS, 4).log).toEqual(["workshop/4-step"]);
    const current = demo(4);
    expect(applyMigrations(current, STEPS, 4)).toBe(current);
  });

  it("refuses newer and unstamped documents", () => {
    expect(() => applyMigrations(demo(5), STEPS, 4)).toThrow(/newer/);
    expect(() => applyMigrations(A.from<Demo>({} as Demo), STEPS, 4)).toThrow(/stamp/);
  });

  it("is idempotent: running the steps again on their own output changes nothing", () => {
    const once = applyMigrations(demo(1), STEPS, 4);
    const twice = A.change(once, (d) => runMigrationsInChange(d, STEPS, 4));
    expect(A.getHeads(twice)).toEqual(A.getHeads(once));
  });

  it("merges two peers' concurrent version bumps to the same version", () => {
    const base = demo(1);
    const a = applyMigrations(A.clone(base), STEPS, 4);
    const b = applyMigrations(A.clone(base), STEPS, 4);
    const merged = A.merge(a, b);
    expect(merged.schema.version).toBe(4);
    expect(readStamp(merged)).toEqual({ kind: "workshop", version: 4 });
  });

  it("never lowers a version a concurrent peer already raised", () => {
    const base = demo(1);
    const newer = A.change(A.clone(base), (d) => {
      d.schema.version = 9;
    });
    const migrated = A.change(newer, (d) => runMigrationsInChange(d, [], 4));
    expect(migrated.schema.version).toBe(9);
  });

  it("names the change after the migrations", () => {
    expect(migrationMessage(STEPS)).toBe(
      "migrate: workshop/2-step, workshop/3-step, workshop/4-step",
    );
  });
});
