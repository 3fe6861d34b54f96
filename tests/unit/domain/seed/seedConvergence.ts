/**
 * Convergence harness for seeds (DESIGN.md §10): N replicas of one seed apply random commands
 * (tasks, status changes, membership, votes) with SKEWED clocks, sync in random pairs between
 * rounds, insert a marker in one task's title concurrently, then merge in random orders. A
 * `SeedModel` adapts a set of commands — the real ones or a naive variant — so the same
 * properties run against both.
 */
import * as A from "@automerge/automerge";
import fc from "fast-check";
import { isDomainError, SEED_STATUSES, type SeedStatus } from "../../../../src/domain";
import { actorId, T0 } from "../../../fixtures/builders";

/** A random command; picks are indexes resolved (mod length) when applied. */
export type SeedCmd =
  | { t: "addTask"; title: string; after: number | null }
  | { t: "moveTask"; pick: number; after: number | null }
  | { t: "doneTask"; pick: number; done: boolean }
  | { t: "editTask"; pick: number; title: string }
  | { t: "status"; status: SeedStatus }
  | { t: "addMember"; name: string; contact: number | null }
  | { t: "archiveMember"; pick: number }
  | { t: "role"; pick: number; role: string; on: boolean }
  | { t: "referent"; pick: number }
  | { t: "vote"; decision: number; voter: number; choice: number; ranking: number[] };

/** What a command sees when it is applied. */
export interface SeedCtx {
  newId: string;
  /** This replica's clock (skewed per replica, always increasing on it). */
  now: number;
  taskIds: string[];
  memberIds: string[];
}

/** A set of seed commands under test. */
export interface SeedModel<D> {
  init(): A.Doc<D>;
  apply(doc: D, cmd: SeedCmd, ctx: SeedCtx): void;
  insertInTaskTitle(doc: D, taskId: string, marker: string, pos: number): void;
  taskTitle(doc: A.Doc<D>, taskId: string): string;
  /** Task ids in display order, duplicates included. */
  taskIds(doc: A.Doc<D>): string[];
  /** Current (non-archived) member ids. */
  memberIds(doc: A.Doc<D>): string[];
  /** Decision id → voter → number of ballots counted for that voter. */
  ballotCounts(doc: A.Doc<D>): Record<string, Record<string, number>>;
  /** Status change ids in history order (the last one is the current status). */
  statusOrder(doc: A.Doc<D>): string[];
}

/** The decisions every scenario starts with (created in `init`). */
export const DECISIONS = ["dMaj", "dRank", "dCons"] as const;
/** The task whose title every replica edits concurrently at the end. */
export const SHARED_TASK = "t0";

const words = fc.stringMatching(/^[a-z ]{1,16}$/);
const pick = fc.nat(20);

/** Random commands. */
export const seedCmdArb: fc.Arbitrary<SeedCmd> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant("addTask" as const),
      title: words,
      after: fc.option(pick, { nil: null }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant("moveTask" as const),
      pick,
      after: fc.option(pick, { nil: null }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ t: fc.constant("doneTask" as const), pick, done: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("editTask" as const), pick, title: words }) },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant("status" as const),
      status: fc.constantFrom(...SEED_STATUSES),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant("addMember" as const),
      name: words,
      contact: fc.option(fc.nat(3), { nil: null }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("archiveMember" as const), pick }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant("role" as const),
      pick,
      role: fc.constantFrom("animation", "logistique"),
      on: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("referent" as const), pick }) },
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant("vote" as const),
      decision: fc.nat(2),
      voter: fc.nat(3),
      choice: fc.nat(2),
      ranking: fc.shuffledSubarray([0, 1, 2], { minLength: 1 }),
    }),
  },
);

/** A scenario: replicas, rounds of per-replica commands and pair syncs, final merge orders. */
export interface SeedScenario {
  replicas: number;
  /** Per replica, the clock offset in ms (tablets' clocks disagree by up to an hour). */
  skews: number[];
  rounds: { cmds: SeedCmd[][]; syncs: [number, number][] }[];
  markerPos: number[];
  mergeKeys: number[][];
}

/** Random scenarios of 2–4 replicas. */
export const seedScenarioArb: fc.Arbitrary<SeedScenario> = fc
  .integer({ min: 2, max: 4 })
  .chain((replicas) => {
    const idx = fc.nat(replicas - 1);
    return fc.record({
      replicas: fc.constant(replicas),
      skews: fc.array(fc.integer({ min: -3_600_000, max: 3_600_000 }), {
        minLength: replicas,
        maxLength: replicas,
      }),
      rounds: fc.array(
        fc.record({
          cmds: fc.array(fc.array(seedCmdArb, { maxLength: 4 }), {
            minLength: replicas,
            maxLength: replicas,
          }),
          syncs: fc.array(fc.tuple(idx, idx), { maxLength: 3 }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      markerPos: fc.array(fc.nat(12), { minLength: replicas, maxLength: replicas }),
      mergeKeys: fc.array(fc.array(fc.nat(100), { minLength: replicas, maxLength: replicas }), {
        minLength: replicas,
        maxLength: replicas,
      }),
    });
  });

/** The end state and the bookkeeping the properties check against. */
export interface SeedOutcome<D> {
  docs: A.Doc<D>[];
  markers: string[];
  /** Every task id ever added (plus the base ones). */
  tasks: Set<string>;
  /** Decision id → voters who cast at least once. */
  voters: Map<string, Set<string>>;
  /** Status change id → the status change ids its writer had seen. */
  seen: Map<string, string[]>;
}

/** Plays a scenario against a model. */
export function playSeed<D>(model: SeedModel<D>, s: SeedScenario): SeedOutcome<D> {
  const base = model.init();
  let docs = Array.from({ length: s.replicas }, (_, i) => A.clone(base, { actor: actorId(i + 1) }));
  const tasks = new Set(model.taskIds(base));
  const voters = new Map<string, Set<string>>(DECISIONS.map((d) => [d, new Set<string>()]));
  const seen = new Map<string, string[]>();
  let step = 0;
  for (const round of s.rounds) {
    docs = docs.map((doc, r) => {
      let d = doc;
      for (const cmd of round.cmds[r] ?? []) {
        step++;
        const ctx: SeedCtx = {
          newId: `r${r}x${step}`,
          now: T0 + (s.skews[r] ?? 0) + step * 1_000,
          taskIds: [...new Set(model.taskIds(d))].sort(),
          memberIds: model.memberIds(d),
        };
        const before = model.statusOrder(d);
        try {
          d = A.change(d, (proxy) => model.apply(proxy, cmd, ctx));
        } catch (error) {
          if (!isDomainError(error)) throw error; // refused: nothing written
          continue;
        }
        if (cmd.t === "addTask") tasks.add(ctx.newId);
        if (cmd.t === "status" && model.statusOrder(d).includes(ctx.newId))
          seen.set(ctx.newId, before);
        if (cmd.t === "vote" && ctx.memberIds.length > 0) {
          const voter = ctx.memberIds[cmd.voter % ctx.memberIds.length] as string;
          voters.get(DECISIONS[cmd.decision % DECISIONS.length] as string)?.add(voter);
        }
      }
      return d;
    });
    for (const [to, from] of round.syncs) {
      if (to !== from) docs[to] = A.merge(docs[to] as A.Doc<D>, docs[from] as A.Doc<D>);
    }
  }
  const markers = docs.map((_, r) => `<${r}>`);
  docs = docs.map((doc, r) =>
    A.change(doc, (d) =>
      model.insertInTaskTitle(d, SHARED_TASK, markers[r] as string, s.markerPos[r] ?? 0),
    ),
  );
  const finals = docs;
  docs = finals.map((doc, r) => {
    const keys = s.mergeKeys[r] ?? [];
    const order = finals.map((_, i) => i).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
    let d = A.clone(doc);
    for (const i of order) if (i !== r) d = A.merge(d, finals[i] as A.Doc<D>);
    return d;
  });
  return { docs, markers, tasks, voters, seen };
}

/** Every added task appears exactly once, in the same total order on every replica. */
export function tasksTotallyOrdered<D>(model: SeedModel<D>, o: SeedOutcome<D>): boolean {
  const orders = o.docs.map((d) => model.taskIds(d));
  const first = JSON.stringify(orders[0]);
  return orders.every(
    (ids) =>
      JSON.stringify(ids) === first &&
      new Set(ids).size === ids.length &&
      ids.length === o.tasks.size &&
      ids.every((id) => o.tasks.has(id)),
  );
}

/** One counted vote per voter per decision, and every voter who cast is counted. */
export function oneVotePerVoter<D>(model: SeedModel<D>, o: SeedOutcome<D>): boolean {
  return o.docs.every((d) => {
    const counts = model.ballotCounts(d);
    return DECISIONS.every((id) => {
      const perVoter = counts[id] ?? {};
      const cast = o.voters.get(id) ?? new Set<string>();
      return (
        Object.values(perVoter).every((n) => n === 1) &&
        Object.keys(perVoter).length === cast.size &&
        [...cast].every((v) => perVoter[v] === 1)
      );
    });
  });
}

/**
 * The status history is ordered: the same order on every replica, and every change comes after
 * the changes its writer had already seen (whatever the tablets' clocks said).
 */
export function statusHistoryOrdered<D>(model: SeedModel<D>, o: SeedOutcome<D>): boolean {
  const orders = o.docs.map((d) => model.statusOrder(d));
  const first = JSON.stringify(orders[0]);
  if (!orders.every((ids) => JSON.stringify(ids) === first)) return false;
  const position = new Map((orders[0] ?? []).map((id, i) => [id, i]));
  for (const [id, before] of o.seen) {
    const at = position.get(id);
    if (at === undefined) return false;
    if (before.some((b) => (position.get(b) ?? Infinity) >= at)) return false;
  }
  return true;
}

/** Every replica's marker survives in the shared task's title. */
export function markersSurvive<D>(model: SeedModel<D>, o: SeedOutcome<D>): boolean {
  return o.docs.every((d) => o.markers.every((m) => model.taskTitle(d, SHARED_TASK).includes(m)));
}
