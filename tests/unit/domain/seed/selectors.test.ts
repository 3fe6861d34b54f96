import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  addMeeting,
  addMember,
  addTask,
  archiveMember,
  selectCurrentStatus,
  selectDoneTasks,
  selectFormerMembers,
  selectJournalPlainText,
  selectMeetings,
  selectMembers,
  selectNextTask,
  selectOpenTasks,
  selectSeedSummary,
  selectStatusHistory,
  setSeedStatus,
  setTaskDone,
} from "../../../../src/domain";
import { actorId } from "../../../fixtures/builders";
import { apply, BY, makeSeed, T0, viewOf } from "./seedBuilders";

describe("seed selectors", () => {
  it("open tasks by due date (undated last) then rank; next task; done tasks", () => {
    let doc = makeSeed();
    const add = (id: string, due: string) =>
      (doc = apply(doc, (d) => addTask(d, { id, title: id, due, by: BY, now: T0 })));
    add("t1", "");
    add("t2", "2025-05-01");
    add("t3", "2025-04-01");
    add("t4", "");
    add("t5", "2025-04-01");
    doc = apply(doc, (d) => setTaskDone(d, { id: "t3", done: true, by: BY, now: T0 + 1 }));
    const view = viewOf(doc);
    expect(selectOpenTasks(view).map((t) => t.id)).toEqual(["t5", "t2", "t1", "t4"]);
    expect(selectNextTask(view)?.id).toBe("t5");
    expect(selectDoneTasks(view).map((t) => t.id)).toEqual(["t3"]);
    expect(selectNextTask(viewOf(makeSeed()))).toBeNull();
  });

  it("members by name (accent-blind), former members apart; meetings by date and time", () => {
    let doc = makeSeed();
    for (const [id, name] of [
      ["a", "Zoé"],
      ["b", "élodie"],
      ["c", "Emma"],
    ] as const) {
      doc = apply(doc, (d) =>
        addMember(d, { id, contactId: null, displayName: name, by: BY, now: T0 }),
      );
    }
    doc = apply(doc, (d) => archiveMember(d, { id: "a", by: BY, now: T0 }));
    doc = apply(doc, (d) =>
      addMeeting(d, { id: "r1", date: "2025-04-02", time: "18:00", by: BY, now: T0 }),
    );
    doc = apply(doc, (d) => addMeeting(d, { id: "r2", date: "", by: BY, now: T0 }));
    doc = apply(doc, (d) =>
      addMeeting(d, { id: "r3", date: "2025-04-02", time: "09:00", by: BY, now: T0 }),
    );
    const view = viewOf(doc);
    expect(selectMembers(view).map((m) => m.displayName)).toEqual(["élodie", "Emma"]);
    expect(selectFormerMembers(view).map((m) => m.id)).toEqual(["a"]);
    expect(selectMeetings(view).map((m) => m.id)).toEqual(["r3", "r1", "r2"]);
  });

  it("concurrent status changes: same sequence number, ordered by time then id on every replica", () => {
    const base = makeSeed();
    const left = apply(A.clone(base, { actor: actorId(1) }), (d) =>
      setSeedStatus(d, { id: "L", status: "en-pause", by: BY, now: T0 + 50 }),
    );
    const right = apply(A.clone(base, { actor: actorId(2) }), (d) =>
      setSeedStatus(d, { id: "R", status: "en-germination", by: BY, now: T0 + 10 }),
    );
    const a = viewOf(A.merge(A.clone(left), right));
    const b = viewOf(A.merge(A.clone(right), left));
    expect(selectStatusHistory(a).map((c) => c.id)).toEqual(["init", "R", "L"]);
    expect(selectStatusHistory(b)).toEqual(selectStatusHistory(a));
    expect(selectCurrentStatus(a)).toBe("en-pause");
    // The next change, made after seeing both, comes last even with an early clock.
    const next = apply(A.merge(A.clone(left), right), (d) =>
      setSeedStatus(d, { id: "N", status: "en-croissance", by: BY, now: T0 }),
    );
    expect(selectCurrentStatus(viewOf(next))).toBe("en-croissance");
  });

  it("summarises a seed for its card", () => {
    let doc = makeSeed();
    doc = apply(doc, (d) =>
      addMember(d, { id: "m1", contactId: null, displayName: "Zoé", by: BY, now: T0 }),
    );
    doc = apply(doc, (d) =>
      addTask(d, { id: "t1", title: "Devis", due: "2025-04-01", by: BY, now: T0 }),
    );
    doc = apply(doc, (d) =>
      setSeedStatus(d, { id: "s1", status: "en-germination", by: BY, now: T0 }),
    );
    expect(selectSeedSummary(viewOf(doc))).toEqual({
      title: "Légumerie partagée",
      workshopTitle: "Alimentation durable en Val de Drôme",
      status: "en-germination",
      memberCount: 1,
      nextTask: { id: "t1", title: "Devis", due: "2025-04-01" },
      openTaskCount: 1,
      archived: false,
    });
  });
});

describe("selectJournalPlainText", () => {
  it("turns the editor's block markers into line breaks", () => {
    const doc = A.change(makeSeed(), (d) => {
      A.splice(d, ["journal"], 0, 0, "TitreCorps");
      A.splitBlock(d, ["journal"], 0, { type: "heading", parents: [], attrs: { level: 1 } });
      A.splitBlock(d, ["journal"], 6, { type: "paragraph", parents: [], attrs: {} });
      A.mark(d, ["journal"], { start: 7, end: 9, expand: "none" }, "strong", true);
    });
    expect(selectJournalPlainText(viewOf(doc))).toBe("Titre\nCorps");
  });
});
