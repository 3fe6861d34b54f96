import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import { initSeed, isDomainError, normalizeSeed, tallyDecision } from "../../../../src/domain";
import type { ProfileId, SeedDoc, SeedView } from "../../../../src/domain";
import { seedActions } from "../../../../src/features/seed/seedActions";
import { activeMembers } from "../../../../src/features/seed/members";
import { openTasksOf } from "../../../../src/features/seed/summarize";

const by = "profileAlex" as ProfileId;

/** The bound actions on a plain Automerge document, as useDocCommand runs them. */
function bound() {
  let doc = A.change(A.init<SeedDoc>(), (d) =>
    initSeed(d, { title: "Fête de quartier", workshopTitle: "Atelier", by, now: 1 }),
  );
  const messages: string[] = [];
  const errors: string[] = [];
  const run = (name: string, mutate: (d: SeedDoc) => void): boolean => {
    try {
      doc = A.change(doc, { message: `seed/${name}` }, mutate);
      messages.push(name);
      return true;
    } catch (e) {
      errors.push(isDomainError(e) ? e.code : String(e));
      return false;
    }
  };
  return {
    actions: seedActions(run, by),
    view: (): SeedView => normalizeSeed(doc).value,
    messages,
    errors,
  };
}

describe("the seed page's bound commands", () => {
  it("a consent decision: an objection blocks until addressed, then adopted and closed", () => {
    const s = bound();
    for (const name of ["Hélène", "Paul", "Zoé"]) {
      expect(s.actions.addMember({ contactId: null, displayName: name })).toBe(true);
    }
    const [helene, paul, zoe] = activeMembers(s.view()).map((m) => m.id);
    expect(
      s.actions.addDecision({ question: "Licence libre ?", method: "consent", options: [] }),
    ).toBe(true);
    const id = Object.keys(s.view().decisions)[0]!;
    const none = { optionId: null, ranking: [] };
    s.actions.castBallot(id, helene!, { ...none, consent: "pour", comment: "" });
    s.actions.castBallot(id, paul!, { ...none, consent: "reserve", comment: "Relire" });
    s.actions.castBallot(id, zoe!, { ...none, consent: "objection", comment: "Mairie" });
    const blocked = tallyDecision(s.view().decisions[id]!);
    expect(blocked.method === "consent" && blocked.blocking.length).toBe(1);
    expect(blocked.result.kind).toBe("blocked");

    expect(s.actions.addressObjection(id, zoe!, "Accord écrit")).toBe(true);
    const adopted = tallyDecision(s.view().decisions[id]!);
    expect(adopted.method === "consent" && adopted.adopted).toBe(true);

    expect(s.actions.closeDecision(id, "CC BY-SA")).toBe(true);
    expect(s.view().decisions[id]!.closed).toMatchObject({ outcome: "CC BY-SA", by });
    // Closed is read-only: a new vote is refused, nothing written.
    expect(s.actions.castBallot(id, helene!, { ...none, consent: "objection", comment: "" })).toBe(
      false,
    );
    expect(s.errors).toHaveLength(1);
    expect(s.messages).toContain("closeDecision");
  });

  it("majority and ranked ballots carry only their method's choice; one vote per voter", () => {
    const s = bound();
    s.actions.addMember({ contactId: null, displayName: "Hélène" });
    s.actions.addMember({ contactId: null, displayName: "Paul" });
    const [helene, paul] = activeMembers(s.view()).map((m) => m.id);
    s.actions.addDecision({
      question: "Quel jour ?",
      method: "majority",
      options: ["Samedi", "Dimanche"],
    });
    s.actions.addDecision({
      question: "Quel lieu ?",
      method: "ranked",
      options: ["Parc", "Salle", "Rue"],
    });
    const decisions = Object.values(s.view().decisions);
    const day = decisions.find((d) => d.method === "majority")!;
    const place = decisions.find((d) => d.method === "ranked")!;
    const opt = (d: typeof day, label: string) =>
      Object.values(d.options).find((o) => o.label === label)!.id;
    const vote = { ranking: [], consent: null, comment: "" };
    s.actions.castBallot(day.id, helene!, { ...vote, optionId: opt(day, "Samedi") });
    s.actions.castBallot(day.id, helene!, { ...vote, optionId: opt(day, "Dimanche") });
    s.actions.castBallot(day.id, paul!, { ...vote, optionId: opt(day, "Dimanche") });
    const tally = tallyDecision(s.view().decisions[day.id]!);
    expect(tally.votes).toBe(2);
    expect(tally.result).toEqual({ kind: "adopted", winnerId: opt(day, "Dimanche") });

    s.actions.castBallot(place.id, helene!, {
      optionId: null,
      ranking: [opt(place, "Salle"), opt(place, "Parc")],
      consent: null,
      comment: "",
    });
    const ranked = tallyDecision(s.view().decisions[place.id]!);
    expect(ranked.result).toEqual({ kind: "adopted", winnerId: opt(place, "Salle") });
    expect(s.errors).toEqual([]);
  });

  it("tasks: add, assign, date, done; bad input comes back as an error, nothing written", () => {
    const s = bound();
    s.actions.addMember({ contactId: null, displayName: "Paul" });
    const [paul] = activeMembers(s.view()).map((m) => m.id);
    expect(s.actions.addTask({ title: "Réserver la salle", assigneeId: null, due: "" })).toBe(true);
    expect(s.actions.addTask({ title: "Tables", assigneeId: paul!, due: "2026-12-10" })).toBe(true);
    const [first] = openTasksOf(s.view());
    expect(first).toMatchObject({ title: "Tables", assigneeId: paul, due: "2026-12-10" });
    expect(s.actions.setTaskDone(first!.id, true)).toBe(true);
    expect(openTasksOf(s.view()).map((t) => t.title)).toEqual(["Réserver la salle"]);
    const before = s.messages.length;
    expect(s.actions.addTask({ title: "x", assigneeId: null, due: "31/12/2026" })).toBe(false);
    expect(s.messages.length).toBe(before);
    expect(s.errors.length).toBe(1);
  });

  it("meetings and the experimentation protocol", () => {
    const s = bound();
    s.actions.addMember({ contactId: null, displayName: "Hélène" });
    const [helene] = activeMembers(s.view()).map((m) => m.id);
    expect(
      s.actions.addMeeting({ date: "2026-12-04", time: "18:30", place: "Salle des fêtes" }),
    ).toBe(true);
    const meeting = Object.values(s.view().meetings)[0]!;
    expect(s.actions.setAttendance(meeting.id, helene!, true)).toBe(true);
    expect(s.actions.updateMeeting(meeting.id, { notes: "On a choisi la date." })).toBe(true);
    expect(s.view().meetings[meeting.id]).toMatchObject({
      place: "Salle des fêtes",
      notes: "On a choisi la date.",
      attendees: { [helene!]: true },
    });

    expect(s.actions.setProtocolEnabled(true)).toBe(true);
    expect(s.actions.setProtocolText("hypotheses", "Un lieu fixe attire plus")).toBe(true);
    expect(s.actions.addIteration({ date: "2026-12-10" })).toBe(true);
    const iteration = Object.values(s.view().protocol.iterations)[0]!;
    expect(s.actions.updateIteration(iteration.id, { learned: "Le samedi matin marche" })).toBe(
      true,
    );
    expect(s.view().protocol).toMatchObject({
      enabled: true,
      hypotheses: "Un lieu fixe attire plus",
    });
    expect(s.view().protocol.iterations[iteration.id]?.learned).toBe("Le samedi matin marche");
    expect(s.errors).toEqual([]);
  });
});
