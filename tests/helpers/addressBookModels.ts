/**
 * Models for the address-book convergence harness: the real commands, and two deliberately
 * naive variants kept to prove the properties can fail (DESIGN.md §10):
 * - `naiveTextBookModel`: text edited by whole-string assignment;
 * - `naiveMergeBookModel`: merge copies the source's values into the target and deletes the
 *   source (an eager merge), so an edit made to the source offline is lost.
 */
import {
  addContact,
  addContactValue,
  archiveContact,
  contactBucket,
  mergeContacts,
  normalizeAddressBook,
  normalizeLabel,
  recordConsent,
  removeContactValue,
  restoreContact,
  selectContact,
  setContactText,
  unmergeContact,
  type AddressBookDoc,
  type Contact,
  type ContactId,
} from "../../src/domain";
import { T0 } from "../fixtures/builders";
import { BY, makeContactBook } from "./addressBook";
import type { BookCmd, BookModel, Tracker } from "./addressBookConvergence";

const cid = (id: string) => id as ContactId;
const pickOf = (ids: readonly string[], n: number) =>
  ids.length === 0 ? undefined : (ids[n % ids.length] as string);
const raw = (doc: AddressBookDoc, id: string): Contact | undefined =>
  doc.buckets[contactBucket(id)]?.[id];

/** The real commands. */
export const properBookModel: BookModel = {
  init: () =>
    makeContactBook([
      ["a0", { name: "Marie-Hélène Dupont", skills: ["Compost"] }],
      ["b0", { name: "dupont marie helene", offers: ["Salle"] }],
      ["c0", { name: "Jean Martin", kind: "structure" }],
      ["a1", { name: "Omar", needs: ["Four"] }],
    ]),
  apply(doc, cmd: BookCmd, ids, newId, track: Tracker) {
    const id = "pick" in cmd ? pickOf(ids, cmd.pick) : undefined;
    switch (cmd.t) {
      case "add": {
        const name = cmd.name.trim() === "" ? "Sans nom" : cmd.name;
        addContact(doc, { id: cid(newId), draft: { name, skills: [cmd.skill] }, by: BY, now: T0 });
        track.added(newId, "skills", normalizeLabel(cmd.skill));
        return;
      }
      case "text":
        if (id) setContactText(doc, { id: cid(id), field: cmd.field, value: cmd.value });
        return;
      case "addValue": {
        if (!id) return;
        const key = normalizeLabel(cmd.value);
        const present = raw(doc, id)?.[cmd.set][key] !== undefined;
        addContactValue(doc, { id: cid(id), set: cmd.set, value: cmd.value });
        if (!present) track.added(id, cmd.set, key);
        return;
      }
      case "removeValue": {
        if (!id) return;
        const view = selectContact(normalizeAddressBook(doc).value, id);
        const key = normalizeLabel(cmd.value);
        removeContactValue(doc, { id: cid(id), set: cmd.set, key });
        if (view) track.removed([view.id, ...view.mergedFrom], cmd.set, key);
        return;
      }
      case "merge": {
        const target = pickOf(ids, cmd.into);
        if (id && target && id !== target) {
          mergeContacts(doc, { sourceId: cid(id), targetId: cid(target), by: BY, now: T0 });
        }
        return;
      }
      case "unmerge":
        if (id) unmergeContact(doc, { sourceId: cid(id) });
        return;
      case "archive":
        if (id) archiveContact(doc, { id: cid(id), by: BY, now: T0 });
        return;
      case "restore":
        if (id) restoreContact(doc, { id: cid(id) });
        return;
      case "consent":
        if (id) {
          recordConsent(doc, {
            id: cid(id),
            shareWithParticipants: cmd.share,
            publicRestitution: cmd.pub,
            by: BY,
            now: T0,
          });
        }
        return;
    }
  },
  insertInName(doc, id, marker, pos) {
    const contact = raw(doc, id);
    if (!contact) return; // deleted by a naive merge
    const name = contact.name;
    const p = Math.min(pos, name.length);
    setContactText(doc, {
      id: cid(id),
      field: "name",
      value: name.slice(0, p) + marker + name.slice(p),
    });
  },
};

/** NAIVE: the real commands, except that text is replaced by whole-string assignment. */
export const naiveTextBookModel: BookModel = {
  ...properBookModel,
  apply(doc, cmd, ids, newId, track) {
    const id = "pick" in cmd ? pickOf(ids, cmd.pick) : undefined;
    const contact = id === undefined ? undefined : raw(doc, id);
    if (cmd.t === "text" && contact) {
      if (cmd.field !== "name" || cmd.value.trim() !== "") contact[cmd.field] = cmd.value;
      return;
    }
    properBookModel.apply(doc, cmd, ids, newId, track);
  },
  insertInName(doc, id, marker, pos) {
    const contact = raw(doc, id);
    if (!contact) return;
    const p = Math.min(pos, contact.name.length);
    contact.name = contact.name.slice(0, p) + marker + contact.name.slice(p);
  },
};

/** NAIVE: an eager merge that copies the source's values into the target and deletes it. */
export const naiveMergeBookModel: BookModel = {
  ...properBookModel,
  apply(doc, cmd, ids, newId, track) {
    if (cmd.t !== "merge") {
      properBookModel.apply(doc, cmd, ids, newId, track);
      return;
    }
    const sourceId = pickOf(ids, cmd.pick);
    const targetId = pickOf(ids, cmd.into);
    if (!sourceId || !targetId || sourceId === targetId) return;
    const source = raw(doc, sourceId);
    const target = raw(doc, targetId);
    if (!source || !target) return;
    for (const set of ["skills", "offers", "needs"] as const) {
      for (const [key, value] of Object.entries(source[set])) {
        target[set][key] ??= { label: value.label };
      }
    }
    const bucket = doc.buckets[contactBucket(sourceId)];
    if (bucket) delete bucket[sourceId];
  },
};
