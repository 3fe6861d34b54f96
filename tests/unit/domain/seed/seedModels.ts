/**
 * The seed commands under the convergence harness, and deliberately naive variants that the same
 * properties must catch: ballots pushed into an array per vote, status history ordered by the
 * wall clock, tasks kept in an array moved by splicing, titles assigned as whole strings.
 */
import * as A from "@automerge/automerge";
import {
  addMember,
  addTask,
  archiveMember,
  castBallot,
  createDecision,
  moveTask,
  normalizeSeed,
  selectMembers,
  selectStatusHistory,
  selectTasks,
  setMemberRole,
  setReferent,
  setSeedStatus,
  setTaskDone,
  updateTask,
  type SeedDoc,
} from "../../../../src/domain";
import {
  DECISIONS,
  SHARED_TASK,
  type SeedCmd,
  type SeedCtx,
  type SeedModel,
} from "./seedConvergence";
import { BY, makeSeedWithMembers } from "./seedBuilders";
import { T0 } from "../../../fixtures/builders";

const OPTIONS = ["a", "b", "c"];

function baseDoc(): A.Doc<SeedDoc> {
  return A.change(makeSeedWithMembers(4), { message: "setup", time: 0 }, (d) => {
    const options = OPTIONS.map((id) => ({ id, label: id.toUpperCase() }));
    createDecision(d, {
      id: "dMaj",
      question: "Lieu ?",
      method: "majority",
      options,
      by: BY,
      now: T0,
    });
    createDecision(d, {
      id: "dRank",
      question: "Nom ?",
      method: "ranked",
      options,
      by: BY,
      now: T0,
    });
    createDecision(d, { id: "dCons", question: "On y va ?", method: "consent", by: BY, now: T0 });
    addTask(d, { id: SHARED_TASK, title: "Premier pas", by: BY, now: T0 });
  });
}

const at = <T>(list: readonly T[], i: number): T | undefined =>
  list.length === 0 ? undefined : list[i % list.length];

/** The real commands. */
export const properSeedModel: SeedModel<SeedDoc> = {
  init: baseDoc,
  apply(doc, cmd, ctx) {
    applyProper(doc, cmd, ctx);
  },
  insertInTaskTitle(doc, taskId, marker, pos) {
    const title = doc.tasks[taskId]?.title ?? "";
    A.splice(doc, ["tasks", taskId, "title"], Math.min(pos, title.length), 0, marker);
  },
  taskTitle: (doc, id) => normalizeSeed(doc).value.tasks[id]?.title ?? "",
  taskIds: (doc) => selectTasks(normalizeSeed(doc).value).map((t) => t.id),
  memberIds: (doc) => selectMembers(normalizeSeed(doc).value).map((m) => m.id),
  ballotCounts(doc) {
    const { decisions } = normalizeSeed(doc).value;
    return Object.fromEntries(
      DECISIONS.map((id) => [
        id,
        Object.fromEntries(Object.keys(decisions[id]?.ballots ?? {}).map((v) => [v, 1])),
      ]),
    );
  },
  statusOrder: (doc) => selectStatusHistory(normalizeSeed(doc).value).map((c) => c.id),
};

function applyProper(doc: SeedDoc, cmd: SeedCmd, ctx: SeedCtx): void {
  const task = at(ctx.taskIds, "pick" in cmd ? cmd.pick : 0);
  const member = at(ctx.memberIds, "pick" in cmd ? cmd.pick : 0);
  switch (cmd.t) {
    case "addTask": {
      const afterId = cmd.after === null ? null : at(ctx.taskIds, cmd.after);
      addTask(doc, { id: ctx.newId, title: cmd.title, afterId, by: BY, now: ctx.now });
      return;
    }
    case "moveTask":
      if (task !== undefined) {
        const others = ctx.taskIds.filter((id) => id !== task);
        const afterId = cmd.after === null ? null : (at(others, cmd.after) ?? null);
        moveTask(doc, { id: task, afterId });
      }
      return;
    case "doneTask":
      if (task !== undefined) setTaskDone(doc, { id: task, done: cmd.done, by: BY, now: ctx.now });
      return;
    case "editTask":
      if (task !== undefined) updateTask(doc, { id: task, title: cmd.title });
      return;
    case "status":
      setSeedStatus(doc, { id: ctx.newId, status: cmd.status, by: BY, now: ctx.now });
      return;
    case "addMember": {
      const contactId = cmd.contact === null ? null : `c${cmd.contact}`;
      addMember(doc, { id: ctx.newId, contactId, displayName: cmd.name, by: BY, now: ctx.now });
      return;
    }
    case "archiveMember":
      if (member !== undefined) archiveMember(doc, { id: member, by: BY, now: ctx.now });
      return;
    case "role":
      if (member !== undefined) setMemberRole(doc, { id: member, role: cmd.role, on: cmd.on });
      return;
    case "referent":
      if (member !== undefined) setReferent(doc, { memberId: member });
      return;
    case "vote": {
      const voterId = at(ctx.memberIds, cmd.voter);
      const decisionId = DECISIONS[cmd.decision % DECISIONS.length] as string;
      if (voterId === undefined) return;
      const common = { decisionId, voterId, by: BY, now: ctx.now };
      if (decisionId === "dMaj") castBallot(doc, { ...common, optionId: OPTIONS[cmd.choice % 3] });
      else if (decisionId === "dRank") {
        castBallot(doc, { ...common, ranking: cmd.ranking.map((i) => OPTIONS[i] as string) });
      } else {
        const consent = (["pour", "reserve", "objection"] as const)[cmd.choice % 3];
        castBallot(doc, { ...common, consent });
      }
    }
  }
}

type Loose = Record<string, unknown>;

/** Naive: each vote pushed into a per-decision array, replacing the voter's entry if SEEN. */
export const naiveBallotModel: SeedModel<SeedDoc> = {
  ...properSeedModel,
  init: () =>
    A.change(baseDoc(), (d) => {
      (d as unknown as Loose).naiveBallots = Object.fromEntries(DECISIONS.map((id) => [id, []]));
    }),
  apply(doc, cmd, ctx) {
    if (cmd.t !== "vote") return applyProper(doc, cmd, ctx);
    const voter = at(ctx.memberIds, cmd.voter);
    if (voter === undefined) return;
    const decisionId = DECISIONS[cmd.decision % DECISIONS.length] as string;
    const lists = (doc as unknown as Loose).naiveBallots as Record<
      string,
      { voter: string; choice: number }[]
    >;
    const list = lists[decisionId] as { voter: string; choice: number }[];
    const i = list.findIndex((b) => b.voter === voter);
    if (i >= 0) list.splice(i, 1);
    list.push({ voter, choice: cmd.choice });
  },
  ballotCounts(doc) {
    const lists = (doc as unknown as Loose).naiveBallots as Record<string, { voter: string }[]>;
    return Object.fromEntries(
      DECISIONS.map((id) => {
        const counts: Record<string, number> = {};
        for (const b of lists[id] ?? []) counts[b.voter] = (counts[b.voter] ?? 0) + 1;
        return [id, counts];
      }),
    );
  },
};

/** Naive: status changes without a sequence number, the history ordered by wall clock. */
export const naiveStatusModel: SeedModel<SeedDoc> = {
  ...properSeedModel,
  apply(doc, cmd, ctx) {
    if (cmd.t !== "status") return applyProper(doc, cmd, ctx);
    const order = naiveStatusOrder(doc);
    const current =
      order.length === 0 ? null : doc.statusChanges[order[order.length - 1] as string]?.status;
    if (current === cmd.status) return;
    doc.statusChanges[ctx.newId] = {
      id: ctx.newId as never,
      status: cmd.status,
      seq: 0,
      at: ctx.now,
      by: BY,
    };
  },
  statusOrder: (doc) => naiveStatusOrder(doc),
};

function naiveStatusOrder(doc: SeedDoc): string[] {
  return Object.values(doc.statusChanges)
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) => c.id);
}

interface NaiveTask {
  id: string;
  title: string;
}
const naiveTasks = (doc: SeedDoc) => (doc as unknown as Loose).naiveTasks as NaiveTask[];

/** Naive: tasks in an array; a move splices the task out and back in. */
export const naiveTaskOrderModel: SeedModel<SeedDoc> = {
  ...properSeedModel,
  init: () =>
    A.change(baseDoc(), (d) => {
      (d as unknown as Loose).naiveTasks = [{ id: SHARED_TASK, title: "Premier pas" }];
    }),
  apply(doc, cmd, ctx) {
    const list = naiveTasks(doc);
    if (cmd.t === "addTask") {
      const index = cmd.after === null ? 0 : list.length === 0 ? 0 : (cmd.after % list.length) + 1;
      list.splice(index, 0, { id: ctx.newId, title: cmd.title });
    } else if (cmd.t === "moveTask") {
      if (list.length === 0) return;
      const from = cmd.pick % list.length;
      const item = { ...(list[from] as NaiveTask) };
      list.splice(from, 1);
      list.splice(
        cmd.after === null ? 0 : Math.min(list.length, cmd.after % (list.length + 1)),
        0,
        item,
      );
    } else if (cmd.t !== "doneTask" && cmd.t !== "editTask") applyProper(doc, cmd, ctx);
  },
  insertInTaskTitle(doc, taskId, marker, pos) {
    const list = naiveTasks(doc);
    const i = list.findIndex((t) => t.id === taskId);
    if (i < 0) return;
    const title = list[i]?.title ?? "";
    A.splice(doc, ["naiveTasks", i, "title"], Math.min(pos, title.length), 0, marker);
  },
  taskTitle: (doc, id) => naiveTasks(doc).find((t) => t.id === id)?.title ?? "",
  taskIds: (doc) => naiveTasks(doc).map((t) => t.id),
};

/** Naive: the shared title is assigned as a whole string (one replica's edit wins). */
export const naiveTitleModel: SeedModel<SeedDoc> = {
  ...properSeedModel,
  insertInTaskTitle(doc, taskId, marker, pos) {
    const task = doc.tasks[taskId];
    if (task === undefined) return;
    const title = task.title;
    const p = Math.min(pos, title.length);
    task.title = new A.ImmutableString(
      title.slice(0, p) + marker + title.slice(p),
    ) as unknown as string;
  },
};
