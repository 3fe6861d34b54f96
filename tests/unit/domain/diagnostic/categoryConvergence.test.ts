/**
 * Property-based convergence of category management (DESIGN.md §10): 2–4 replicas add, rename,
 * step, archive and restore categories while adding and moving notes, sync in random pairs,
 * then merge in random orders. Invariants: identical boards; every live note reachable exactly
 * once (on the board, or in the bin under its archived category); concurrent renames keep every
 * replica's words. Naive variants (an archive that moves the notes out and shows the board
 * only; whole-string renames) must FAIL the same properties.
 */
import * as A from "@automerge/automerge";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCategory,
  addNote,
  archiveCategory,
  isDomainError,
  moveNote,
  renameCategory,
  restoreCategory,
  selectBinCategories,
  selectBoard,
  selectCategories,
  stepCategory,
  type DiagnosticDoc,
  type DiagnosticView,
} from "../../../../src/domain";
import { actorId, T0 } from "../../../fixtures/builders";
import { BY, cat, makeBoard, nid, viewOf } from "../../../helpers/diagnostic";
import { canonicalJson, converged } from "../../../helpers/domainConvergence";

type Op =
  | { type: "addCategory"; after: number }
  | { type: "rename"; cat: number }
  | { type: "step"; cat: number; up: boolean }
  | { type: "archive"; cat: number }
  | { type: "restore"; cat: number }
  | { type: "addNote"; cat: number }
  | { type: "moveNote"; note: number; cat: number };

const pick = fc.nat({ max: 40 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ type: fc.constant("addCategory" as const), after: pick }),
  fc.record({ type: fc.constant("rename" as const), cat: pick }),
  fc.record({ type: fc.constant("step" as const), cat: pick, up: fc.boolean() }),
  fc.record({ type: fc.constant("archive" as const), cat: pick }),
  fc.record({ type: fc.constant("restore" as const), cat: pick }),
  fc.record({ type: fc.constant("addNote" as const), cat: pick }),
  fc.record({ type: fc.constant("moveNote" as const), note: pick, cat: pick }),
);

interface Scenario {
  replicas: number;
  rounds: { ops: Op[][]; syncs: [number, number][] }[];
  mergeKeys: number[][];
}

const scenarioArb: fc.Arbitrary<Scenario> = fc.integer({ min: 2, max: 4 }).chain((n) =>
  fc.record({
    replicas: fc.constant(n),
    rounds: fc.array(
      fc.record({
        ops: fc.array(fc.array(opArb, { maxLength: 4 }), { minLength: n, maxLength: n }),
        syncs: fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })), {
          maxLength: 2,
        }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    mergeKeys: fc.array(fc.array(fc.nat(), { minLength: n, maxLength: n }), {
      minLength: n,
      maxLength: n,
    }),
  }),
);

/** How a model archives a category, renames one, and which notes it lets a person reach. */
interface CategoryModel {
  archive: (d: DiagnosticDoc, id: string, now: number) => void;
  rename: (d: DiagnosticDoc, id: string, title: string) => void;
  reachable: (view: DiagnosticView) => string[];
}

const onBoard = (view: DiagnosticView) =>
  selectBoard(view, { viewer: { facilitator: true } }).flatMap((c) => [
    ...c.notes.map((n) => n.id),
    ...c.clusters.flatMap((k) => k.notes.map((n) => n.id)),
  ]);

const proper: CategoryModel = {
  archive: (d, id, now) => archiveCategory(d, { id: cat(id), by: BY, now }),
  rename: (d, id, title) => renameCategory(d, { id: cat(id), title }),
  reachable: (view) => [
    ...onBoard(view),
    ...selectBinCategories(view).flatMap((b) => b.notes.map((n) => n.id)),
  ],
};

/** Moves the notes out to the first other live category, then shows the board only. */
const naiveArchive: CategoryModel = {
  ...proper,
  archive: (d, id, now) => {
    const view = viewOf(d);
    const to = selectCategories(view).find((c) => c.id !== id);
    if (to)
      for (const n of Object.values(view.notes))
        if (n.categoryId === id) moveNote(d, { id: n.id, categoryId: to.id });
    archiveCategory(d, { id: cat(id), by: BY, now });
  },
  reachable: onBoard,
};

/** Assigns the whole title: concurrent renames keep one side only. */
const naiveRename: CategoryModel = {
  ...proper,
  rename: (d, id, title) => {
    const c = d.categories[id];
    if (c) c.title = title;
  },
};

interface Outcome {
  docs: A.Doc<DiagnosticDoc>[];
  /** Words each replica appended to a category title: category id → words. */
  words: Map<string, string[]>;
}

function run(model: CategoryModel, s: Scenario): Outcome {
  const base = makeBoard([
    ["n0", "freins", "Pas de local"],
    ["n1", "leviers", "Associations"],
  ]);
  let docs = Array.from({ length: s.replicas }, (_, i) => A.clone(base, { actor: actorId(i + 1) }));
  const words = new Map<string, string[]>();
  let seq = 0;
  const play = (d: DiagnosticDoc, op: Op, r: number) => {
    const view = viewOf(d);
    const all = Object.keys(view.categories).sort();
    const live = selectCategories(view).map((c) => c.id);
    const notes = Object.keys(view.notes).sort();
    const any = (i: number) => all[i % all.length] as string;
    const oneLive = (i: number) => live[i % Math.max(1, live.length)];
    const id = `r${r}x${seq++}`;
    switch (op.type) {
      case "addCategory":
        return addCategory(d, {
          id: cat(id),
          title: `Catégorie ${id}`,
          afterId: oneLive(op.after) ?? null,
          by: BY,
          now: T0 + seq,
        });
      case "rename": {
        const c = any(op.cat);
        const word = ` w${id}`;
        words.set(c, [...(words.get(c) ?? []), word]);
        return model.rename(d, c, `${view.categories[c]?.title ?? ""}${word}`);
      }
      case "step":
        return stepCategory(d, {
          id: cat(oneLive(op.cat) ?? ""),
          direction: op.up ? "up" : "down",
        });
      case "archive":
        return model.archive(d, any(op.cat), T0 + seq);
      case "restore":
        return restoreCategory(d, { id: cat(any(op.cat)) });
      case "addNote": {
        const c = oneLive(op.cat);
        if (c === undefined) return;
        return addNote(d, { id: nid(id), categoryId: cat(c), text: id, by: BY, now: T0 });
      }
      case "moveNote": {
        const c = oneLive(op.cat);
        const n = notes[op.note % notes.length];
        if (c === undefined || n === undefined) return;
        return moveNote(d, { id: nid(n), categoryId: cat(c) });
      }
    }
  };
  for (const round of s.rounds) {
    docs = docs.map((doc, r) => {
      let d = doc;
      for (const op of round.ops[r] ?? []) {
        try {
          d = A.change(d, (proxy) => play(proxy, op, r));
        } catch (e) {
          if (!isDomainError(e)) throw e; // e.g. stepping a category archived meanwhile
        }
      }
      return d;
    });
    for (const [to, from] of round.syncs) {
      if (to !== from)
        docs[to] = A.merge(docs[to] as A.Doc<DiagnosticDoc>, docs[from] as A.Doc<DiagnosticDoc>);
    }
  }
  const finals = docs;
  docs = finals.map((doc, r) => {
    const keys = s.mergeKeys[r] ?? [];
    const order = finals.map((_, i) => i).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
    let d = A.clone(doc);
    for (const i of order) if (i !== r) d = A.merge(d, finals[i] as A.Doc<DiagnosticDoc>);
    return d;
  });
  return { docs, words };
}

const viewsAgree = (o: Outcome) => {
  const json = o.docs.map((d) => canonicalJson(viewOf(d)));
  return json.every((j) => j === json[0]);
};

/** Every live note is reachable exactly once. */
const everyNoteReachableOnce = (model: CategoryModel) => (o: Outcome) =>
  o.docs.every((d) => {
    const view = viewOf(d);
    const reached = model.reachable(view);
    const live = Object.values(view.notes)
      .filter((n) => n.archived === null)
      .map((n) => n.id)
      .sort();
    return new Set(reached).size === reached.length && [...reached].sort().join() === live.join();
  });

const wordsSurvive = (o: Outcome) =>
  o.docs.every((d) => {
    const view = viewOf(d);
    return [...o.words].every(([c, ws]) => ws.every((w) => view.categories[c]?.title.includes(w)));
  });

const NUM_RUNS = 80;
const TIMEOUT_MS = 180_000;

const fails = (model: CategoryModel, check: (o: Outcome) => boolean) =>
  fc.check(
    fc.property(scenarioArb, (s) => check(run(model, s))),
    { numRuns: NUM_RUNS * 2, endOnFailure: true },
  ).failed;

describe("category management converges", () => {
  it(
    "replicas end identical; every live note reachable once; concurrent renames keep every word",
    () => {
      fc.assert(
        fc.property(scenarioArb, (s) => {
          const o = run(proper, s);
          expect(converged(o.docs)).toBe(true);
          expect(viewsAgree(o)).toBe(true);
          expect(everyNoteReachableOnce(proper)(o)).toBe(true);
          expect(wordsSurvive(o)).toBe(true);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "an archive that moves the notes out loses a note added there concurrently",
    () => {
      expect(fails(naiveArchive, everyNoteReachableOnce(naiveArchive))).toBe(true);
    },
    TIMEOUT_MS,
  );

  it(
    "a whole-string rename loses a concurrent rename",
    () => {
      expect(fails(naiveRename, wordsSurvive)).toBe(true);
    },
    TIMEOUT_MS,
  );
});
