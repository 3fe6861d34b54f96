import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  addMember,
  addTask,
  archiveMember,
  archiveSeed,
  initSeed,
  normalizeSeed,
  setSeedStatus,
  setTaskDone,
} from "../../../../src/domain";
import type { ProfileId, SeedDoc } from "../../../../src/domain";
import {
  currentStatusOf,
  openTasksOf,
  summarizeSeed,
} from "../../../../src/features/seed/summarize";
import { activeMembers, alreadyMember } from "../../../../src/features/seed/members";

const by = "profileAlex" as ProfileId;

function seed(build: (d: SeedDoc) => void = () => undefined): A.Doc<SeedDoc> {
  let doc = A.change(A.init<SeedDoc>(), (d) =>
    initSeed(d, { title: "Jardin partagé", workshopTitle: "Atelier alimentation", by, now: 1000 }),
  );
  doc = A.change(doc, build);
  return doc;
}

describe("a seed's card", () => {
  it("shows title, atelier, status, group size and the next dated step", () => {
    const doc = seed((d) => {
      addMember(d, { id: "memberHelene", contactId: null, displayName: "Hélène", by, now: 1 });
      addMember(d, { id: "memberPaul", contactId: null, displayName: "Paul", by, now: 2 });
      addMember(d, { id: "memberZoe", contactId: null, displayName: "Zoé", by, now: 3 });
      archiveMember(d, { id: "memberZoe", by, now: 4 });
      addTask(d, { id: "taskUndated", title: "Sans date", by, now: 5 });
      addTask(d, { id: "taskLater", title: "Plus tard", due: "2026-12-20", by, now: 6 });
      addTask(d, { id: "taskSoon", title: "Bientôt", due: "2026-12-02", by, now: 7 });
      addTask(d, { id: "taskDone", title: "Fait", due: "2026-11-01", by, now: 8 });
      setTaskDone(d, { id: "taskDone", done: true, by, now: 9 });
      setSeedStatus(d, { id: "statusGerm", status: "en-germination", by, now: 10 });
    });
    const view = normalizeSeed(doc).value;
    expect(summarizeSeed(view)).toEqual({
      title: "Jardin partagé",
      workshopTitle: "Atelier alimentation",
      status: "en-germination",
      memberCount: 2,
      nextTask: { title: "Bientôt", due: "2026-12-02" },
      archived: false,
    });
    expect(openTasksOf(view).map((t) => t.id)).toEqual(["taskSoon", "taskLater", "taskUndated"]);
    expect(activeMembers(view).map((m) => m.displayName)).toEqual(["Hélène", "Paul"]);
  });

  it("a new seed is an « idée » with nobody and nothing planned; the bin shows", () => {
    const view = normalizeSeed(seed((d) => archiveSeed(d, { by, now: 2 }))).value;
    expect(summarizeSeed(view)).toMatchObject({
      status: "idee",
      memberCount: 0,
      nextTask: null,
      archived: true,
    });
  });

  it("the current status after two tablets changed it concurrently is the same on both", () => {
    const base = seed();
    const left = A.change(A.clone(base, { actor: "aa".repeat(16) }), (d) =>
      setSeedStatus(d, { id: "statusLeft", status: "en-croissance", by, now: 50 }),
    );
    const right = A.change(A.clone(base, { actor: "bb".repeat(16) }), (d) =>
      setSeedStatus(d, { id: "statusRight", status: "en-pause", by, now: 40 }),
    );
    const one = normalizeSeed(A.merge(A.clone(left), right)).value;
    const two = normalizeSeed(A.merge(A.clone(right), left)).value;
    expect(currentStatusOf(one)).toBe(currentStatusOf(two));
    expect(currentStatusOf(one)).toBe("en-croissance");
  });

  it("knows who is already in the group (carnet contact, or the same name added by name)", () => {
    const view = normalizeSeed(
      seed((d) => {
        addMember(d, {
          id: "memberHelene",
          contactId: "contactHel1",
          displayName: "Hélène M.",
          by,
          now: 1,
        });
        addMember(d, { id: "memberPaul", contactId: null, displayName: "Paul", by, now: 2 });
      }),
    ).value;
    expect(alreadyMember(view, { contactId: "contactHel1", displayName: "Autre" })).toBe(true);
    expect(alreadyMember(view, { contactId: null, displayName: " paul " })).toBe(true);
    expect(alreadyMember(view, { contactId: "contactPau1", displayName: "Paul" })).toBe(false);
  });
});
