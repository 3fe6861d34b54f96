/**
 * The convergence harness: N replicas of one shared document each apply random commands, sync
 * in random pairs between rounds, insert a marker in the title concurrently, then all merge in
 * random orders. A `Model` adapts a set of commands (the real ones or a deliberately naive
 * variant) to this harness, so the same properties run against both.
 */
import * as A from "@automerge/automerge";
import fc from "fast-check";
import { actorId } from "../fixtures/builders";

/** A random command; entity picks are indexes resolved (mod length) at application time. */
export type Cmd =
  | { t: "text"; field: "theme" | "territory" | "description"; value: string }
  | { t: "title"; value: string }
  | { t: "add"; after: number | null; title: string; start: string }
  | { t: "move"; pick: number; after: number | null }
  | { t: "moveBy"; pick: number; delta: -1 | 1 }
  | { t: "update"; pick: number; title?: string; start?: string; notes?: string }
  | { t: "remove"; pick: number }
  | { t: "addSession"; date: string; place: string }
  | { t: "updateSession"; pick: number; place: string }
  | { t: "removeSession"; pick: number };

/** What one command did to the agenda, for the "nothing lost" bookkeeping. */
export interface Effect {
  added?: string;
  removed?: string;
}

/** A set of commands under test. */
export interface Model<D> {
  /** The shared document every replica starts from (created once, by one device). */
  init(): A.Doc<D>;
  /** Applies `cmd` on a change proxy; `newId` gives a globally unique id for additions. */
  apply(doc: D, cmd: Cmd, newId: string): Effect;
  /** Inserts `marker` in the title at `pos` (clamped). */
  insertInTitle(doc: D, marker: string, pos: number): void;
  title(doc: D): string;
  /** Agenda ids in display order, duplicates included. */
  agendaIds(doc: D): string[];
}

const words = fc.stringMatching(/^[a-z ]{0,24}$/);
const time = fc.constantFrom("", "08:30", "09:00", "10:45", "14:15");
const pick = fc.nat(20);

/** Random commands, weighted towards the agenda. */
export const cmdArb: fc.Arbitrary<Cmd> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant("text" as const),
      field: fc.constantFrom("theme" as const, "territory" as const, "description" as const),
      value: words,
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("title" as const), value: words }) },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant("add" as const),
      after: fc.option(pick, { nil: null }),
      title: words,
      start: time,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant("move" as const),
      pick,
      after: fc.option(pick, { nil: null }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant("moveBy" as const),
      pick,
      delta: fc.constantFrom(-1 as const, 1 as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        t: fc.constant("update" as const),
        pick,
        title: fc.option(words, { nil: undefined }),
        start: fc.option(time, { nil: undefined }),
        notes: fc.option(words, { nil: undefined }),
      },
      { requiredKeys: ["t", "pick"] },
    ),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant("remove" as const), pick }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant("addSession" as const),
      date: fc.constantFrom("", "2025-05-02", "2025-06-13"),
      place: words,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ t: fc.constant("updateSession" as const), pick, place: words }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("removeSession" as const), pick }) },
);

/** One scenario: replica count, rounds of commands and syncs, marker places, merge orders. */
export interface Scenario {
  replicas: number;
  rounds: { cmds: Cmd[][]; syncs: [number, number][] }[];
  markerPos: number[];
  /** Per replica, a random key per other replica: merge order is by key. */
  mergeKeys: number[][];
}

/** Random scenarios with 2–4 replicas. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc.integer({ min: 2, max: 4 }).chain((n) => {
  const idx = fc.nat(n - 1);
  return fc.record({
    replicas: fc.constant(n),
    rounds: fc.array(
      fc.record({
        cmds: fc.array(fc.array(cmdArb, { maxLength: 5 }), { minLength: n, maxLength: n }),
        syncs: fc.array(fc.tuple(idx, idx), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    markerPos: fc.array(fc.nat(40), { minLength: n, maxLength: n }),
    mergeKeys: fc.array(fc.array(fc.double({ noNaN: true }), { minLength: n, maxLength: n }), {
      minLength: n,
      maxLength: n,
    }),
  });
});

/** The outcome of a scenario: every replica after the final merges, plus the bookkeeping. */
export interface Outcome<D> {
  docs: A.Doc<D>[];
  markers: string[];
  /** Ids present initially or added, minus those removed anywhere. */
  expectedIds: Set<string>;
}

/** Plays a scenario against a model. */
export function play<D>(model: Model<D>, s: Scenario): Outcome<D> {
  const base = model.init();
  let docs = Array.from({ length: s.replicas }, (_, i) => A.clone(base, { actor: actorId(i + 1) }));
  const ids = new Set(model.agendaIds(base));
  const removed = new Set<string>();
  let seq = 0;
  for (const round of s.rounds) {
    docs = docs.map((doc, r) => {
      let d = doc;
      for (const cmd of round.cmds[r] ?? []) {
        const id = `r${r}n${seq++}`;
        d = A.change(d, (proxy) => {
          const effect = model.apply(proxy, cmd, id);
          if (effect.added) ids.add(effect.added);
          if (effect.removed) removed.add(effect.removed);
        });
      }
      return d;
    });
    for (const [to, from] of round.syncs) {
      if (to !== from) docs[to] = A.merge(docs[to] as A.Doc<D>, docs[from] as A.Doc<D>);
    }
  }
  const markers = docs.map((_, r) => `<${r}>`);
  docs = docs.map((doc, r) =>
    A.change(doc, (d) => model.insertInTitle(d, markers[r] as string, s.markerPos[r] ?? 0)),
  );
  const finals = docs;
  docs = finals.map((doc, r) => {
    const keys = s.mergeKeys[r] ?? [];
    const order = finals.map((_, i) => i).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
    // Clone first: merging mutates the local document, and `finals` must stay snapshots.
    let d = A.clone(doc);
    for (const i of order) if (i !== r) d = A.merge(d, finals[i] as A.Doc<D>);
    return d;
  });
  for (const id of removed) ids.delete(id);
  return { docs, markers, expectedIds: ids };
}

/**
 * JSON with object keys sorted. Needed because the key order of a materialised Automerge map
 * depends on the order in which changes arrived (two replicas with identical heads can list
 * `Object.keys(doc.agenda)` differently), so plain `JSON.stringify` would report false
 * divergence — and any UI relying on key order would differ between devices.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "object" && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Whether every replica has the same heads and the same (canonical) JSON. */
export function converged<D>(docs: A.Doc<D>[]): boolean {
  const heads = docs.map((d) => JSON.stringify([...A.getHeads(d)].sort()));
  const json = docs.map((d) => canonicalJson(d));
  return heads.every((h) => h === heads[0]) && json.every((j) => j === json[0]);
}

/** Whether every replica's title contains every replica's marker. */
export function allMarkersSurvive<D>(model: Model<D>, o: Outcome<D>): boolean {
  return o.docs.every((d) => o.markers.every((m) => model.title(d).includes(m)));
}

/** Whether every expected agenda item is there exactly once, and nothing else. */
export function noItemLostOrDuplicated<D>(model: Model<D>, o: Outcome<D>): boolean {
  return o.docs.every((d) => {
    const ids = model.agendaIds(d);
    return (
      new Set(ids).size === ids.length &&
      ids.length === o.expectedIds.size &&
      ids.every((id) => o.expectedIds.has(id))
    );
  });
}
