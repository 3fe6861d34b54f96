/**
 * Convergence harness for the diagnostic board: 2–4 replicas add, edit, move, cluster, merge,
 * archive and reveal notes and cast dots concurrently, sync in random pairs, insert a marker in
 * a shared note's text, then merge in random orders. A {@link BoardModel} adapts a set of
 * commands (the real ones or a naive variant) to it.
 */
import * as A from "@automerge/automerge";
import fc from "fast-check";
import {
  compareRanked,
  isDomainError,
  normalizeDiagnostic,
  selectBoard,
  selectVoteResults,
  type BoardColumn,
  type BoardItem,
  type BoardNote,
  type DiagnosticDoc,
  type DiagnosticView,
} from "../../src/domain";
import { actorId } from "../fixtures/builders";
import { canonicalJson } from "./domainConvergence";

/** Categories the scenarios use, participants who vote, the session and the shared note. */
export const CATS = ["freins", "leviers", "besoins"] as const;
export const PARTICIPANTS = ["ana", "bob", "cyd"] as const;
export const SESSION = "vote1";
export const SHARED_NOTE = "s0";
export const BUDGET = 3;

/** How a placement is given: both neighbours (fast path), unknown (scan), start or end. */
export type Hint = "neighbours" | "unknown" | "start" | "end";

/** A random command; picks are indexes resolved (mod count) when applied. */
export type BoardCmd =
  | { t: "add"; cat: number; hidden: boolean; hint: Hint; at: number; text: string }
  | { t: "text"; pick: number; value: string }
  | { t: "move"; pick: number; cat: number; cluster: number | null; hint: Hint; at: number }
  | { t: "cluster"; cat: number }
  | { t: "archiveCluster"; pick: number }
  | { t: "archive"; pick: number }
  | { t: "restore"; pick: number }
  | { t: "merge"; pick: number; into: number }
  | { t: "unmerge"; pick: number }
  | { t: "reveal"; pick: number }
  | { t: "revealCat"; cat: number }
  | { t: "vote"; participant: number; dots: [number, number][] };

/** What a command did, for the bookkeeping. */
export interface Track {
  added(id: string): void;
  revealed(ids: readonly string[]): void;
  voted(participant: string): void;
}

/** Where a command runs: the ids it may pick from (sorted), a fresh id, the current view. */
export interface Ctx {
  notes: readonly string[];
  clusters: readonly string[];
  view: DiagnosticView;
  newId: string;
  replica: number;
  track: Track;
}

/** A set of board commands under test (all share the v2 document shape). */
export interface BoardModel {
  init(): A.Doc<DiagnosticDoc>;
  apply(doc: DiagnosticDoc, cmd: BoardCmd, ctx: Ctx): void;
  insertInText(doc: DiagnosticDoc, id: string, marker: string, pos: number): void;
  /** The board as shown (facilitator view); naive selectors may override it. */
  board?(view: DiagnosticView): BoardColumn[];
}

const pick = fc.nat(30);
const cat = fc.nat(CATS.length - 1);
const hint = fc.constantFrom<Hint>("neighbours", "unknown", "start", "end");
const words = fc.stringMatching(/^[a-zé ]{0,12}$/);

/** Random commands, weighted towards adds and moves. */
export const boardCmdArb: fc.Arbitrary<BoardCmd> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant("add" as const),
      cat,
      hidden: fc.boolean(),
      hint,
      at: pick,
      text: words,
    }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant("text" as const), pick, value: words }) },
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant("move" as const),
      pick,
      cat,
      cluster: fc.option(pick, { nil: null }),
      hint,
      at: pick,
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("cluster" as const), cat }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("archiveCluster" as const), pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("archive" as const), pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("restore" as const), pick }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant("merge" as const), pick, into: pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("unmerge" as const), pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("reveal" as const), pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("revealCat" as const), cat }) },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant("vote" as const),
      participant: fc.nat(PARTICIPANTS.length - 1),
      dots: fc.array(fc.tuple(pick, fc.integer({ min: 1, max: BUDGET })), { maxLength: 3 }),
    }),
  },
);

/** One scenario: replicas, rounds of commands and syncs, marker positions, merge orders. */
export interface BoardScenario {
  replicas: number;
  rounds: { cmds: BoardCmd[][]; syncs: [number, number][] }[];
  markerPos: number[];
  mergeKeys: number[][];
}

/** Random scenarios with 2–4 replicas. */
export const boardScenarioArb: fc.Arbitrary<BoardScenario> = fc
  .integer({ min: 2, max: 4 })
  .chain((n) => {
    const idx = fc.nat(n - 1);
    return fc.record({
      replicas: fc.constant(n),
      rounds: fc.array(
        fc.record({
          cmds: fc.array(fc.array(boardCmdArb, { maxLength: 6 }), { minLength: n, maxLength: n }),
          syncs: fc.array(fc.tuple(idx, idx), { maxLength: 3 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      markerPos: fc.array(fc.nat(20), { minLength: n, maxLength: n }),
      mergeKeys: fc.array(fc.array(fc.double({ noNaN: true }), { minLength: n, maxLength: n }), {
        minLength: n,
        maxLength: n,
      }),
    });
  });

/** The outcome of a scenario. */
export interface BoardOutcome {
  docs: A.Doc<DiagnosticDoc>[];
  markers: string[];
  added: Set<string>;
  revealed: Set<string>;
  voters: Set<string>;
}

const viewOf = (doc: unknown) => normalizeDiagnostic(doc).value;

/** Plays a scenario against a model. */
export function playBoard(model: BoardModel, s: BoardScenario): BoardOutcome {
  const base = model.init();
  let docs = Array.from({ length: s.replicas }, (_, i) => A.clone(base, { actor: actorId(i + 1) }));
  const added = new Set<string>(Object.keys(viewOf(base).notes));
  const revealed = new Set<string>();
  const voters = new Set<string>();
  const track: Track = {
    added: (id) => added.add(id),
    revealed: (ids) => ids.forEach((id) => revealed.add(id)),
    voted: (p) => voters.add(p),
  };
  let seq = 0;
  for (const round of s.rounds) {
    docs = docs.map((doc, r) => {
      let d = doc;
      for (const cmd of round.cmds[r] ?? []) {
        const view = viewOf(d);
        const ctx: Ctx = {
          notes: Object.keys(view.notes).sort(),
          clusters: Object.keys(view.clusters).sort(),
          view,
          newId: `r${r}n${seq++}`,
          replica: r,
          track,
        };
        try {
          d = A.change(d, (proxy) => model.apply(proxy, cmd, ctx));
        } catch (error) {
          if (!isDomainError(error)) throw error; // refused (e.g. a merge cycle): nothing written
        }
      }
      return d;
    });
    for (const [to, from] of round.syncs) {
      if (to !== from)
        docs[to] = A.merge(docs[to] as A.Doc<DiagnosticDoc>, docs[from] as A.Doc<DiagnosticDoc>);
    }
  }
  const markers = docs.map((_, r) => `<${r}>`);
  docs = docs.map((doc, r) =>
    A.change(doc, (d) =>
      model.insertInText(d, SHARED_NOTE, markers[r] as string, s.markerPos[r] ?? 0),
    ),
  );
  const finals = docs;
  docs = finals.map((doc, r) => {
    const keys = s.mergeKeys[r] ?? [];
    const order = finals.map((_, i) => i).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
    let d = A.clone(doc);
    for (const i of order) if (i !== r) d = A.merge(d, finals[i] as A.Doc<DiagnosticDoc>);
    return d;
  });
  return { docs, markers, added, revealed, voters };
}

function boardOf(model: BoardModel, view: DiagnosticView): BoardColumn[] {
  return model.board?.(view) ?? selectBoard(view, { viewer: { facilitator: true } });
}

function itemsOf(column: BoardColumn): BoardItem[][] {
  return [column.notes, ...column.clusters.map((c) => c.notes)];
}

/** Every replica shows the same board to a facilitator and to a participant. */
export function boardsAgree(model: BoardModel, o: BoardOutcome): boolean {
  const shown = o.docs.map((doc) => {
    const view = viewOf(doc);
    return canonicalJson([
      boardOf(model, view),
      selectBoard(view, { viewer: { facilitator: false } }),
    ]);
  });
  return shown.every((b) => b === shown[0]);
}

/**
 * Every live note (not in the bin, category not in the bin) shows exactly once — on its own or
 * folded into another — and no added note is lost from the document.
 */
export function everyLiveNoteOnce(model: BoardModel, o: BoardOutcome): boolean {
  return o.docs.every((doc) => {
    const view = viewOf(doc);
    if (![...o.added].every((id) => view.notes[id] !== undefined)) return false;
    const live = Object.values(view.notes)
      .filter((n) => n.archived === null && view.categories[n.categoryId]?.archived === null)
      .map((n) => n.id)
      .sort();
    const shown = boardOf(model, view)
      .flatMap(itemsOf)
      .flat()
      .flatMap((item) => [item.id, ...(item as BoardNote).merged.map((m) => m.id)])
      .sort();
    return JSON.stringify(shown) === JSON.stringify(live);
  });
}

/** Within every category and cluster, items are strictly ordered by (rank, id). */
export function ranksTotallyOrdered(model: BoardModel, o: BoardOutcome): boolean {
  return o.docs.every((doc) =>
    boardOf(model, viewOf(doc))
      .flatMap(itemsOf)
      .every((list) =>
        list.every((item, i) => i === 0 || compareRanked(list[i - 1] as BoardItem, item) < 0),
      ),
  );
}

/**
 * Vote budgets hold after merge: each participant is counted once, within the budget, and a
 * participant whose united dots exceed it is reported as a conflict.
 */
export function budgetsHold(o: BoardOutcome): boolean {
  return o.docs.every((doc) => {
    const view = viewOf(doc);
    const results = selectVoteResults(view, SESSION);
    if (results.participants > o.voters.size) return false;
    const reported = new Set(results.conflicts.map((c) => c.participant));
    for (const record of Object.values(view.votes)) {
      const cast = Object.values(record.dots).reduce((a, b) => a + b, 0);
      if (cast > BUDGET && !reported.has(record.participant)) return false;
    }
    const counted = results.rows.reduce((sum, row) => sum + row.dots, 0);
    return counted <= o.voters.size * BUDGET;
  });
}

/** Every reveal made anywhere survives the merge. */
export function revealsSurvive(o: BoardOutcome): boolean {
  return o.docs.every((doc) => {
    const revealed: Readonly<Record<string, true>> = viewOf(doc).facilitation.revealed;
    return [...o.revealed].every((id) => revealed[id] === true);
  });
}

/** Every replica's marker shows in the shared note's text. */
export function allMarkersSurvive(o: BoardOutcome): boolean {
  return o.docs.every((doc) => {
    const text = viewOf(doc).notes[SHARED_NOTE]?.text ?? "";
    return o.markers.every((m) => text.includes(m));
  });
}
