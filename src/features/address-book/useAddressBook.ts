import { useDocCommand } from "../shared/useDocCommand";
import { useCallback, useDeferredValue, useMemo } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import {
  ADDRESS_BOOK_SCHEMA_VERSION,
  addContact,
  addContactValue,
  archiveContact,
  contactBucket,
  importContacts,
  linkToStructure,
  markNotDuplicates,
  mergeContacts,
  newId,
  normalizeAddressBook,
  recordConsent,
  removeContactValue,
  restoreContact,
  setContactKind,
  setContactText,
  unlinkFromStructure,
  unmergeContact,
} from "../../domain";
import type {
  AddressBookDoc,
  ContactDraft,
  ContactId,
  ContactTextField,
  ProfileId,
} from "../../domain";
import { useHandleDoc } from "../shared/useHandleDoc";
import { useCurrentProfile } from "../profile/ProfileContext";
import type { QuickAddPlan } from "./quickAdd";

type Args<F> = F extends (doc: AddressBookDoc, args: infer A) => void ? A : never;
type WithoutAuthor<A> = Omit<A, "by" | "now">;

/**
 * The address book as the carnet screens use it: a tolerant, normalised view plus the domain
 * commands bound to the handle. Each action is one change labelled `address-book/<command>` and
 * attributed to the current profile; bad input comes back as an error code (nothing written).
 */
export function useAddressBook(handle: DocHandle<AddressBookDoc> | undefined, readOnly: boolean) {
  const { profile } = useCurrentProfile();
  const live = useHandleDoc(handle);
  // Reading a 5,000-contact book (normalise, fold merges, sort) takes a few hundred ms: it runs
  // in a deferred render, so a keystroke renders at once and the lists follow.
  const doc = useDeferredValue(live);
  const normalized = useMemo(() => (doc ? normalizeAddressBook(doc) : undefined), [doc]);
  /**
   * A text field as stored on the record right now (not the deferred view): inputs bound to it
   * stay in step with every keystroke, so `setContactText` always diffs against what is shown.
   */
  const liveText = useCallback(
    (id: ContactId, field: ContactTextField): string | undefined => {
      const bucket: unknown = live ? Reflect.get(live.buckets ?? {}, contactBucket(id)) : undefined;
      const record: unknown =
        bucket && typeof bucket === "object" ? Reflect.get(bucket, id) : undefined;
      const value: unknown =
        record && typeof record === "object" ? Reflect.get(record, field) : undefined;
      return typeof value === "string" ? value : undefined;
    },
    [live],
  );
  // A book written by a newer app opens read-only, like any document (DESIGN.md §3).
  const tooNew = (normalized?.value.schema.version ?? 0) > ADDRESS_BOOK_SCHEMA_VERSION;
  const locked = readOnly || tooNew;

  const { run, error, clearError } = useDocCommand(handle, "address-book", locked);

  const by = profile.id as ProfileId;
  const actions = useMemo(
    () => ({
      /** The fast form: the person, and the structure it names when new, in one change. */
      quickAdd: (plan: QuickAddPlan) =>
        run("addContact", (d) => {
          const now = Date.now();
          if (plan.newStructure) {
            addContact(d, { id: plan.newStructure.id, draft: plan.newStructure.draft, by, now });
          }
          addContact(d, { id: plan.id, draft: plan.draft, by, now });
          if (plan.structureId) {
            linkToStructure(d, {
              personId: plan.id,
              structureId: plan.structureId,
              role: plan.draft.role ?? "",
            });
          }
        }),
      addContact: (draft: ContactDraft): ContactId | null => {
        const id = newId<ContactId>();
        return run("addContact", (d) => addContact(d, { id, draft, by, now: Date.now() }))
          ? id
          : null;
      },
      setText: (args: Args<typeof setContactText>) =>
        run("setContactText", (d) => setContactText(d, args)),
      setKind: (args: Args<typeof setContactKind>) =>
        run("setContactKind", (d) => setContactKind(d, args)),
      addValue: (args: Args<typeof addContactValue>) =>
        run("addContactValue", (d) => addContactValue(d, args)),
      removeValue: (args: Args<typeof removeContactValue>) =>
        run("removeContactValue", (d) => removeContactValue(d, args)),
      link: (args: Args<typeof linkToStructure>) =>
        run("linkToStructure", (d) => linkToStructure(d, args)),
      unlink: (args: Args<typeof unlinkFromStructure>) =>
        run("unlinkFromStructure", (d) => unlinkFromStructure(d, args)),
      recordConsent: (args: WithoutAuthor<Args<typeof recordConsent>>) =>
        run("recordConsent", (d) => recordConsent(d, { ...args, by, now: Date.now() })),
      archive: (id: ContactId) =>
        run("archiveContact", (d) => archiveContact(d, { id, by, now: Date.now() })),
      restore: (id: ContactId) => run("restoreContact", (d) => restoreContact(d, { id })),
      merge: (args: WithoutAuthor<Args<typeof mergeContacts>>) =>
        run("mergeContacts", (d) => mergeContacts(d, { ...args, by, now: Date.now() })),
      unmerge: (sourceId: ContactId) =>
        run("unmergeContact", (d) => unmergeContact(d, { sourceId })),
      markNotDuplicates: (a: ContactId, b: ContactId) =>
        run("markNotDuplicates", (d) => markNotDuplicates(d, { a, b, by, now: Date.now() })),
      /** A whole import in ONE change: all of it lands, or (on bad input) none of it. */
      importContacts: (drafts: ContactDraft[]) =>
        run("importContacts", (d) =>
          importContacts(d, {
            drafts: drafts.map((draft) => ({ id: newId<ContactId>(), draft })),
            by,
            now: Date.now(),
          }),
        ),
    }),
    [run, by],
  );

  return useMemo(
    () => ({
      view: normalized?.value,
      problems: normalized?.problems ?? [],
      readOnly: locked,
      error,
      clearError,
      actions,
      liveText,
      profileId: by,
    }),
    [normalized, locked, error, clearError, actions, liveText, by],
  );
}

/** What the carnet screens share (see {@link useAddressBook}). */
export type AddressBookState = ReturnType<typeof useAddressBook>;
/** The bound commands. */
export type AddressBookActions = AddressBookState["actions"];
