import { useDocCommand } from "../shared/useDocCommand";
import { useMemo } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import {
  DIAGNOSTIC_SCHEMA_VERSION,
  addCluster,
  addNote,
  archiveCluster,
  archiveNote,
  castDots,
  closeVoteSession,
  editNoteText,
  linkNoteContact,
  markSpoken,
  mergeNotes,
  moderateNote,
  moveNote,
  newId,
  normalizeDiagnostic,
  openVoteSession,
  renameCluster,
  restoreNote,
  revealNotes,
  setSpeakerOrder,
  startTimer,
  stopTimer,
  unlinkNoteContact,
  unmarkSpoken,
  unmergeNote,
  unmoderateNote,
} from "../../domain";
import type {
  CategoryId,
  ClusterId,
  ContactId,
  DiagnosticDoc,
  NoteId,
  ProfileId,
  VoteSessionId,
} from "../../domain";
import { useHandleDoc } from "../shared/useHandleDoc";
import { useCurrentProfile } from "../profile/ProfileContext";
import type { MovePlan } from "./dragPlan";

/** What a new note needs besides its text (the category, and where). */
export interface NewNote {
  categoryId: string;
  text: string;
  clusterId?: string;
  authorContactId?: string;
  /** Added in hide-until-reveal mode. */
  hidden?: boolean;
}

/**
 * The diagnostic as the board screens use it: a tolerant, normalised view plus the domain
 * commands bound to the handle. Each action is ONE change labelled `diagnostic/<command>` and
 * attributed to the current profile; bad input comes back as an error code (nothing written).
 */
export function useDiagnostic(handle: DocHandle<DiagnosticDoc> | undefined, readOnly: boolean) {
  const { profile } = useCurrentProfile();
  const doc = useHandleDoc(handle);
  const normalized = useMemo(() => (doc ? normalizeDiagnostic(doc) : undefined), [doc]);
  // A diagnostic written by a newer app opens read-only, like any document (DESIGN.md §3).
  const tooNew = (normalized?.value.schema.version ?? 0) > DIAGNOSTIC_SCHEMA_VERSION;
  const locked = readOnly || tooNew;

  const { run, error, clearError } = useDocCommand(handle, "diagnostic", locked);

  const by = profile.id as ProfileId;
  const actions = useMemo(() => {
    const note = (id: string) => id as NoteId;
    return {
      /** Adds a note; returns its id, or `null` when nothing was written. */
      addNote: (args: NewNote): string | null => {
        const id = newId<NoteId>();
        const ok = run("addNote", (d) =>
          addNote(d, {
            id,
            categoryId: args.categoryId as CategoryId,
            text: args.text,
            clusterId: (args.clusterId ?? "") as ClusterId | "",
            authorContactId: (args.authorContactId ?? "") as ContactId | "",
            hidden: args.hidden ?? false,
            by,
            now: Date.now(),
          }),
        );
        return ok ? id : null;
      },
      editNote: (id: string, text: string) =>
        run("editNoteText", (d) => editNoteText(d, { id: note(id), text })),
      /** A drop or a keyboard move: ONE change. */
      moveNote: (plan: MovePlan) =>
        run("moveNote", (d) =>
          moveNote(d, {
            id: note(plan.id),
            categoryId: plan.categoryId as CategoryId,
            clusterId: plan.clusterId as ClusterId | "",
            afterId: plan.afterId,
            beforeId: plan.beforeId,
          }),
        ),
      archiveNote: (id: string) =>
        run("archiveNote", (d) => archiveNote(d, { id: note(id), by, now: Date.now() })),
      restoreNote: (id: string) => run("restoreNote", (d) => restoreNote(d, { id: note(id) })),
      mergeNotes: (sourceId: string, targetId: string) =>
        run("mergeNotes", (d) =>
          mergeNotes(d, { sourceId: note(sourceId), targetId: note(targetId) }),
        ),
      unmergeNote: (sourceId: string) =>
        run("unmergeNote", (d) => unmergeNote(d, { sourceId: note(sourceId) })),
      linkContact: (id: string, contactId: string) =>
        run("linkNoteContact", (d) =>
          linkNoteContact(d, { id: note(id), contactId: contactId as ContactId }),
        ),
      unlinkContact: (id: string, contactId: string) =>
        run("unlinkNoteContact", (d) =>
          unlinkNoteContact(d, { id: note(id), contactId: contactId as ContactId }),
        ),
      addCluster: (categoryId: string, title: string): string | null => {
        const id = newId<ClusterId>();
        const ok = run("addCluster", (d) =>
          addCluster(d, {
            id,
            categoryId: categoryId as CategoryId,
            title,
            by,
            now: Date.now(),
          }),
        );
        return ok ? id : null;
      },
      renameCluster: (id: string, title: string) =>
        run("renameCluster", (d) => renameCluster(d, { id: id as ClusterId, title })),
      archiveCluster: (id: string) =>
        run("archiveCluster", (d) =>
          archiveCluster(d, { id: id as ClusterId, by, now: Date.now() }),
        ),
      revealNotes: (target: { ids: string[] } | { categoryId: string }) =>
        run("revealNotes", (d) =>
          revealNotes(
            d,
            "ids" in target
              ? { ids: target.ids.map(note) }
              : { categoryId: target.categoryId as CategoryId },
          ),
        ),
      moderateNote: (id: string, reason: string) =>
        run("moderateNote", (d) => moderateNote(d, { id: note(id), reason, by, now: Date.now() })),
      unmoderateNote: (id: string) =>
        run("unmoderateNote", (d) => unmoderateNote(d, { id: note(id) })),
      openVote: (title: string, budget: number): string | null => {
        const id = newId<VoteSessionId>();
        const ok = run("openVoteSession", (d) =>
          openVoteSession(d, { id, title, budget, by, now: Date.now() }),
        );
        return ok ? id : null;
      },
      castDots: (sessionId: string, participant: string, dots: Record<string, number>) =>
        run("castDots", (d) =>
          castDots(d, {
            sessionId: sessionId as VoteSessionId,
            participant: participant as ContactId,
            dots: dots as Record<NoteId, number>,
            by,
            now: Date.now(),
          }),
        ),
      closeVote: (sessionId: string) =>
        run("closeVoteSession", (d) =>
          closeVoteSession(d, { id: sessionId as VoteSessionId, now: Date.now() }),
        ),
      markSpoken: (contactId: string) =>
        run("markSpoken", (d) =>
          markSpoken(d, { contactId: contactId as ContactId, now: Date.now() }),
        ),
      unmarkSpoken: (contactId: string) =>
        run("unmarkSpoken", (d) => unmarkSpoken(d, { contactId: contactId as ContactId })),
      setSpeakerOrder: (order: string[]) =>
        run("setSpeakerOrder", (d) => setSpeakerOrder(d, { order: order as ContactId[] })),
      startTimer: (durationMs: number, label: string) =>
        run("startTimer", (d) => startTimer(d, { durationMs, label, now: Date.now() })),
      stopTimer: () => run("stopTimer", (d) => stopTimer(d)),
    };
  }, [run, by]);

  return useMemo(
    () => ({
      view: normalized?.value,
      problems: normalized?.problems ?? [],
      readOnly: locked,
      error,
      clearError,
      actions,
      profileId: by,
    }),
    [normalized, locked, error, clearError, actions, by],
  );
}

/** What {@link useDiagnostic} returns. */
export type DiagnosticState = ReturnType<typeof useDiagnostic>;
/** The bound board commands. */
export type BoardActions = DiagnosticState["actions"];
