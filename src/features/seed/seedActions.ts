/**
 * The seed's domain commands bound to one document: each call runs ONE labelled change through
 * `run` (see `useDocCommand`) and returns whether it was written. New entities get a random id
 * and the current profile as author here, so the components pass only what the user chose.
 */
import {
  addIteration,
  addMeeting,
  addMember,
  addNeed,
  addTask,
  addressObjection,
  castBallot,
  closeDecision,
  createDecision,
  archiveMeeting,
  archiveMember,
  archiveSeed,
  archiveTask,
  newId,
  removeNeed,
  restoreSeed,
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
} from "../../domain";
import type {
  ConsentChoice,
  DecisionMethod,
  ProfileId,
  ProtocolTextField,
  SeedDoc,
  SeedStatus,
  SeedTextField,
} from "../../domain";

/** `useDocCommand`'s runner for a seed. */
export type SeedRun = (name: string, mutate: (doc: SeedDoc) => void) => boolean;

/** Binds the seed commands to `run`, authored by `by`. */
export function seedActions(run: SeedRun, by: ProfileId) {
  const now = () => Date.now();
  return {
    setText: (field: SeedTextField, value: string) =>
      run("setText", (d) => setSeedText(d, { field, value })),
    setStatus: (status: SeedStatus) =>
      run("setStatus", (d) => setSeedStatus(d, { id: newId(), status, by, now: now() })),
    addNeed: (need: { noteId: string; text: string; categoryTitle: string }) =>
      run("addNeed", (d) => addNeed(d, { ...need, by, now: now() })),
    removeNeed: (noteId: string) => run("removeNeed", (d) => removeNeed(d, { noteId })),
    archive: () => run("archive", (d) => archiveSeed(d, { by, now: now() })),
    restore: () => run("restore", (d) => restoreSeed(d)),

    addMember: (member: { contactId: string | null; displayName: string }) =>
      run("addMember", (d) => addMember(d, { id: newId(), ...member, by, now: now() })),
    setRole: (id: string, role: string, on: boolean) =>
      run("setMemberRole", (d) => setMemberRole(d, { id, role, on })),
    setReferent: (memberId: string | null) =>
      run("setReferent", (d) => setReferent(d, { memberId })),
    removeMember: (id: string) =>
      run("archiveMember", (d) => archiveMember(d, { id, by, now: now() })),

    addTask: (task: { title: string; assigneeId: string | null; due: string }) =>
      run("addTask", (d) => addTask(d, { id: newId(), ...task, by, now: now() })),
    updateTask: (
      id: string,
      change: { title?: string; assigneeId?: string | null; due?: string },
    ) => run("updateTask", (d) => updateTask(d, { id, ...change })),
    setTaskDone: (id: string, done: boolean) =>
      run("setTaskDone", (d) => setTaskDone(d, { id, done, by, now: now() })),
    removeTask: (id: string) => run("archiveTask", (d) => archiveTask(d, { id, by, now: now() })),

    addMeeting: (meeting: { date: string; time: string; place: string }) =>
      run("addMeeting", (d) => addMeeting(d, { id: newId(), ...meeting, by, now: now() })),
    updateMeeting: (
      id: string,
      change: { date?: string; time?: string; place?: string; notes?: string },
    ) => run("updateMeeting", (d) => updateMeeting(d, { id, ...change })),
    setAttendance: (id: string, memberId: string, present: boolean) =>
      run("setAttendance", (d) => setAttendance(d, { id, memberId, present })),
    removeMeeting: (id: string) =>
      run("archiveMeeting", (d) => archiveMeeting(d, { id, by, now: now() })),

    addDecision: (proposal: { question: string; method: DecisionMethod; options: string[] }) =>
      run("createDecision", (d) =>
        createDecision(d, {
          id: newId(),
          question: proposal.question,
          method: proposal.method,
          options: proposal.options.map((label) => ({ id: newId(), label })),
          by,
          now: now(),
        }),
      ),
    castBallot: (
      decisionId: string,
      voterId: string,
      vote: {
        optionId: string | null;
        ranking: string[];
        consent: ConsentChoice | null;
        comment: string;
      },
    ) =>
      run("castBallot", (d) =>
        castBallot(d, {
          decisionId,
          voterId,
          ...(vote.optionId !== null ? { optionId: vote.optionId } : {}),
          ...(vote.ranking.length > 0 ? { ranking: vote.ranking } : {}),
          ...(vote.consent !== null ? { consent: vote.consent } : {}),
          comment: vote.comment,
          by,
          now: now(),
        }),
      ),
    addressObjection: (decisionId: string, voterId: string, note: string) =>
      run("addressObjection", (d) =>
        addressObjection(d, { decisionId, voterId, note, by, now: now() }),
      ),
    closeDecision: (decisionId: string, outcome: string) =>
      run("closeDecision", (d) => closeDecision(d, { decisionId, outcome, by, now: now() })),

    setProtocolEnabled: (enabled: boolean) =>
      run("setProtocolEnabled", (d) => setProtocolEnabled(d, { enabled })),
    setProtocolText: (field: ProtocolTextField, value: string) =>
      run("setProtocolText", (d) => setProtocolText(d, { field, value })),
    addIteration: (iteration: { date: string }) =>
      run("addIteration", (d) =>
        addIteration(d, { id: newId(), date: iteration.date, by, now: now() }),
      ),
    updateIteration: (id: string, change: { date?: string; tried?: string; learned?: string }) =>
      run("updateIteration", (d) => updateIteration(d, { id, ...change })),
  };
}
