import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  addIteration,
  addMeeting,
  addMember,
  addNeed,
  addTask,
  archiveIteration,
  archiveMeeting,
  archiveMember,
  archiveSeed,
  archiveTask,
  initSeed,
  moveTask,
  removeNeed,
  renameMember,
  restoreMember,
  restoreSeed,
  restoreTask,
  selectCurrentStatus,
  selectIterations,
  selectMeetings,
  selectMembers,
  selectReferent,
  selectStatusHistory,
  selectTasks,
  setAttendance,
  setMemberRole,
  setProtocolEnabled,
  setProtocolText,
  setReferent,
  setSeedStatus,
  setSeedText,
  setTaskDone,
  updateIteration,
  updateMeeting,
  updateTask,
  SEED_LIMITS,
  SEED_SCHEMA_VERSION,
  type SeedDoc,
} from "../../../../src/domain";
import { expectDomainError } from "../../../helpers/domain";
import { apply, BY, makeSeed, makeSeedWithMembers, T0, viewOf } from "./seedBuilders";

describe("initSeed", () => {
  it("stamps v1 and writes every collection, the first status and the needs' snapshot", () => {
    const doc = makeSeed({
      needs: [{ noteId: "n1", text: "Un lieu pour transformer", categoryTitle: "Besoins" }],
    });
    expect(doc.schema).toEqual({ kind: "seed", version: SEED_SCHEMA_VERSION });
    const view = viewOf(doc);
    expect(view.title).toBe("Légumerie partagée");
    expect(view.workshopTitle).toBe("Alimentation durable en Val de Drôme");
    expect(view.journal).toBe("");
    expect(view.needs.n1).toMatchObject({ text: "Un lieu pour transformer", addedBy: BY });
    expect(selectCurrentStatus(view)).toBe("idee");
    expect(view.protocol.enabled).toBe(false);
    expect(JSON.stringify(doc)).not.toContain("automerge:");
  });

  it("rejects a blank title, a second init and bad needs, writing nothing", () => {
    expectDomainError(() => makeSeed({ title: "  " }), "required");
    expectDomainError(
      () =>
        apply(makeSeed(), (d) => initSeed(d, { title: "x", workshopTitle: "", by: BY, now: T0 })),
      "already-initialised",
    );
    expectDomainError(
      () => makeSeed({ needs: [{ noteId: "bad id", text: "", categoryTitle: "" }] }),
      "invalid-id",
    );
    const fresh = A.init<SeedDoc>();
    expectDomainError(
      () => A.change(fresh, (d) => initSeed(d, { title: "x", workshopTitle: "", by: BY, now: -1 })),
      "invalid-timestamp",
    );
  });
});

describe("seed texts, needs, status and bin", () => {
  it("edits texts by character and rejects unknown fields and overlong text", () => {
    let doc = apply(makeSeed(), (d) =>
      setSeedText(d, { field: "pitch", value: "Transformer ensemble" }),
    );
    expect(viewOf(doc).pitch).toBe("Transformer ensemble");
    expectDomainError(
      () => apply(doc, (d) => setSeedText(d, { field: "journal" as "title", value: "x" })),
      "invalid-field",
    );
    expectDomainError(
      () =>
        apply(doc, (d) =>
          setSeedText(d, { field: "title", value: "x".repeat(SEED_LIMITS.title + 1) }),
        ),
      "too-long",
    );
    doc = apply(doc, (d) => setSeedText(d, { field: "title", value: "Légumerie" }));
    expect(viewOf(doc).title).toBe("Légumerie");
  });

  it("adds a need once (snapshot kept) and removes it", () => {
    let doc = apply(makeSeed(), (d) =>
      addNeed(d, { noteId: "n2", text: "Du foncier", categoryTitle: "Besoins", by: BY, now: T0 }),
    );
    doc = apply(doc, (d) =>
      addNeed(d, { noteId: "n2", text: "changed", categoryTitle: "x", by: BY, now: T0 }),
    );
    expect(viewOf(doc).needs.n2?.text).toBe("Du foncier");
    doc = apply(doc, (d) => removeNeed(d, { noteId: "n2" }));
    expect(viewOf(doc).needs.n2).toBeUndefined();
  });

  it("records each status change with its date; the current status is the last; same status is a no-op", () => {
    let doc = makeSeed();
    doc = apply(doc, (d) =>
      setSeedStatus(d, { id: "s1", status: "en-germination", by: BY, now: T0 + 10 }),
    );
    doc = apply(doc, (d) =>
      setSeedStatus(d, { id: "s2", status: "en-pause", by: BY, now: T0 + 20 }),
    );
    doc = apply(doc, (d) =>
      setSeedStatus(d, { id: "s3", status: "en-pause", by: BY, now: T0 + 30 }),
    );
    // A tablet whose clock is behind still comes after what it saw.
    doc = apply(doc, (d) =>
      setSeedStatus(d, { id: "s4", status: "en-croissance", by: BY, now: T0 + 5 }),
    );
    const view = viewOf(doc);
    expect(selectStatusHistory(view).map((c) => [c.status, c.seq])).toEqual([
      ["idee", 1],
      ["en-germination", 2],
      ["en-pause", 3],
      ["en-croissance", 4],
    ]);
    expect(selectCurrentStatus(view)).toBe("en-croissance");
    expectDomainError(
      () =>
        apply(doc, (d) =>
          setSeedStatus(d, { id: "s5", status: "fanee" as "idee", by: BY, now: T0 }),
        ),
      "invalid-field",
    );
  });

  it("moves the seed to the bin and back", () => {
    let doc = apply(makeSeed(), (d) => archiveSeed(d, { by: BY, now: T0 + 1 }));
    expect(viewOf(doc).archived).toEqual({ by: BY, at: T0 + 1 });
    doc = apply(doc, (d) => restoreSeed(d));
    expect(viewOf(doc).archived).toBeNull();
  });
});

describe("members", () => {
  it("adds carnet contacts and named people, with roles and one référent", () => {
    let doc = makeSeed();
    doc = apply(doc, (d) =>
      addMember(d, {
        id: "m1",
        contactId: "c1",
        displayName: "Zoé",
        roles: ["coordination"],
        by: BY,
        now: T0 + 1,
      }),
    );
    doc = apply(doc, (d) =>
      addMember(d, { id: "m2", contactId: null, displayName: "Élie", by: BY, now: T0 + 2 }),
    );
    doc = apply(doc, (d) => setMemberRole(d, { id: "m2", role: "logistique", on: true }));
    doc = apply(doc, (d) => setMemberRole(d, { id: "m1", role: "coordination", on: false }));
    doc = apply(doc, (d) => setReferent(d, { memberId: "m2" }));
    doc = apply(doc, (d) => renameMember(d, { id: "m1", displayName: "Zoé M." }));
    const view = viewOf(doc);
    expect(
      selectMembers(view).map((m) => [m.displayName, m.contactId, Object.keys(m.roles)]),
    ).toEqual([
      ["Élie", null, ["logistique"]],
      ["Zoé M.", "c1", []],
    ]);
    expect(selectReferent(view)?.id).toBe("m2");
    expect(view.members.m1?.joinedAt).toBe(T0 + 1);
  });

  it("does not add the same contact twice (restores the archived member instead)", () => {
    let doc = apply(makeSeed(), (d) =>
      addMember(d, { id: "m1", contactId: "c1", displayName: "Zoé", by: BY, now: T0 }),
    );
    doc = apply(doc, (d) => archiveMember(d, { id: "m1", by: BY, now: T0 + 1 }));
    doc = apply(doc, (d) =>
      addMember(d, { id: "m9", contactId: "c1", displayName: "Zoé", by: BY, now: T0 + 2 }),
    );
    expect(Object.keys(viewOf(doc).members)).toEqual(["m1"]);
    expect(viewOf(doc).members.m1?.archived).toBeNull();
  });

  it("archiving the référent clears it; an archived member cannot become référent", () => {
    let doc = makeSeedWithMembers(2);
    doc = apply(doc, (d) => setReferent(d, { memberId: "m1" }));
    doc = apply(doc, (d) => archiveMember(d, { id: "m1", by: BY, now: T0 }));
    expect(viewOf(doc).referent).toBeNull();
    expect(selectMembers(viewOf(doc)).map((m) => m.id)).toEqual(["m2"]);
    expectDomainError(() => apply(doc, (d) => setReferent(d, { memberId: "m1" })), "invalid-field");
    doc = apply(doc, (d) => restoreMember(d, { id: "m1" }));
    expect(selectMembers(viewOf(doc))).toHaveLength(2);
    expectDomainError(() => apply(doc, (d) => setReferent(d, { memberId: "nobody" })), "not-found");
    expectDomainError(
      () =>
        apply(doc, (d) =>
          addMember(d, { id: "m3", contactId: null, displayName: " ", by: BY, now: T0 }),
        ),
      "required",
    );
  });
});

describe("tasks", () => {
  it("adds, edits, completes, orders and archives tasks", () => {
    let doc = makeSeedWithMembers(1);
    doc = apply(doc, (d) => addTask(d, { id: "t1", title: "Trouver un local", by: BY, now: T0 }));
    doc = apply(doc, (d) =>
      addTask(d, {
        id: "t2",
        title: "Devis",
        assigneeId: "m1",
        due: "2025-04-01",
        by: BY,
        now: T0,
      }),
    );
    doc = apply(doc, (d) =>
      addTask(d, { id: "t0", title: "Réunion", afterId: null, by: BY, now: T0 }),
    );
    expect(selectTasks(viewOf(doc)).map((t) => t.id)).toEqual(["t0", "t1", "t2"]);
    doc = apply(doc, (d) => moveTask(d, { id: "t0", beforeId: null }));
    expect(selectTasks(viewOf(doc)).map((t) => t.id)).toEqual(["t1", "t2", "t0"]);
    doc = apply(doc, (d) =>
      updateTask(d, {
        id: "t1",
        title: "Trouver un local partagé",
        due: "2025-03-20",
        assigneeId: "m1",
      }),
    );
    doc = apply(doc, (d) => setTaskDone(d, { id: "t2", done: true, by: BY, now: T0 + 9 }));
    const t = viewOf(doc).tasks;
    expect(t.t1).toMatchObject({
      title: "Trouver un local partagé",
      due: "2025-03-20",
      assigneeId: "m1",
    });
    expect(t.t2).toMatchObject({ done: true, doneAt: T0 + 9, doneBy: BY });
    doc = apply(doc, (d) => setTaskDone(d, { id: "t2", done: false, by: BY, now: T0 + 10 }));
    expect(viewOf(doc).tasks.t2).toMatchObject({ done: false, doneAt: null, doneBy: null });
    doc = apply(doc, (d) => archiveTask(d, { id: "t1", by: BY, now: T0 }));
    expect(selectTasks(viewOf(doc)).map((x) => x.id)).toEqual(["t2", "t0"]);
    doc = apply(doc, (d) => restoreTask(d, { id: "t1" }));
    expect(selectTasks(viewOf(doc))).toHaveLength(3);
  });

  it("rejects bad dates, unknown assignees and unknown tasks", () => {
    const doc = makeSeedWithMembers(1);
    expectDomainError(
      () =>
        apply(doc, (d) => addTask(d, { id: "t1", title: "x", due: "2025-02-30", by: BY, now: T0 })),
      "invalid-date",
    );
    expectDomainError(
      () =>
        apply(doc, (d) =>
          addTask(d, { id: "t1", title: "x", assigneeId: "ghost", by: BY, now: T0 }),
        ),
      "not-found",
    );
    expectDomainError(
      () => apply(doc, (d) => setTaskDone(d, { id: "nope", done: true, by: BY, now: T0 })),
      "not-found",
    );
    expectDomainError(
      () => apply(doc, (d) => addTask(d, { id: "t1", title: "", by: BY, now: T0 })),
      "required",
    );
  });
});

describe("meetings", () => {
  it("records date, time, place, attendance and notes", () => {
    let doc = makeSeedWithMembers(2);
    doc = apply(doc, (d) =>
      addMeeting(d, {
        id: "r1",
        date: "2025-03-20",
        time: "18:30",
        place: "Mairie",
        by: BY,
        now: T0,
      }),
    );
    doc = apply(doc, (d) => setAttendance(d, { id: "r1", memberId: "m1", present: true }));
    doc = apply(doc, (d) => setAttendance(d, { id: "r1", memberId: "m2", present: true }));
    doc = apply(doc, (d) => setAttendance(d, { id: "r1", memberId: "m2", present: false }));
    doc = apply(doc, (d) =>
      updateMeeting(d, { id: "r1", notes: "On a visité le local.", time: "19:00" }),
    );
    const [meeting] = selectMeetings(viewOf(doc));
    expect(meeting).toMatchObject({
      place: "Mairie",
      time: "19:00",
      notes: "On a visité le local.",
      attendees: { m1: true },
    });
    expectDomainError(
      () => apply(doc, (d) => updateMeeting(d, { id: "r1", time: "25:00" })),
      "invalid-time",
    );
    expectDomainError(
      () => apply(doc, (d) => setAttendance(d, { id: "r1", memberId: "ghost", present: true })),
      "not-found",
    );
    doc = apply(doc, (d) => archiveMeeting(d, { id: "r1", by: BY, now: T0 }));
    expect(selectMeetings(viewOf(doc))).toEqual([]);
  });
});

describe("protocol", () => {
  it("enables the protocol, edits its texts and iterations", () => {
    let doc = makeSeed();
    doc = apply(doc, (d) => setProtocolEnabled(d, { enabled: true }));
    doc = apply(doc, (d) =>
      setProtocolText(d, { field: "hypotheses", value: "Les cantines achèteront local" }),
    );
    doc = apply(doc, (d) =>
      addIteration(d, { id: "i1", date: "2025-05-01", tried: "Un menu test", by: BY, now: T0 }),
    );
    doc = apply(doc, (d) => addIteration(d, { id: "i2", date: "", by: BY, now: T0 }));
    doc = apply(doc, (d) => updateIteration(d, { id: "i1", learned: "Prix trop élevé" }));
    const view = viewOf(doc);
    expect(view.protocol).toMatchObject({
      enabled: true,
      hypotheses: "Les cantines achèteront local",
    });
    expect(selectIterations(view).map((i) => [i.id, i.tried, i.learned])).toEqual([
      ["i1", "Un menu test", "Prix trop élevé"],
      ["i2", "", ""],
    ]);
    doc = apply(doc, (d) => archiveIteration(d, { id: "i2", by: BY, now: T0 }));
    expect(selectIterations(viewOf(doc)).map((i) => i.id)).toEqual(["i1"]);
    expectDomainError(
      () => apply(doc, (d) => setProtocolText(d, { field: "title" as "trials", value: "" })),
      "invalid-field",
    );
  });
});
