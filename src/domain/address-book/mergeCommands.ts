/**
 * Merging duplicates, as records: `mergeContacts` only writes `mergedInto` on the source; the
 * merged contact is computed when reading (`contactViews`), so nothing is copied, nothing is
 * lost, a concurrent offline edit to either side still shows, and undo is `unmergeContact`.
 */
import { DomainError } from "../errors";
import type { ContactId, ProfileId } from "../ids";
import { isMapLike } from "../tolerant";
import { checkId, checkTimestamp } from "../validate";
import { findContact } from "./access";
import { pairKey } from "./keys";
import { makeRootResolver, mergeTargets } from "./mergeRecords";
import type { AddressBookDoc } from "./schema";

function checkPair(a: unknown, b: unknown, fieldA: string, fieldB: string): [ContactId, ContactId] {
  const x = checkId(a, fieldA) as ContactId;
  const y = checkId(b, fieldB) as ContactId;
  if (x === y) {
    throw new DomainError("same-contact", "the two contacts are the same", { field: fieldB });
  }
  return [x, y];
}

/**
 * Folds `sourceId` into `targetId` (or into the record `targetId` is itself merged into).
 * Throws `already-merged` when the source already shows as part of another contact (undo that
 * merge first) and `same-contact` when both show as the same contact.
 */
export function mergeContacts(
  doc: AddressBookDoc,
  args: { sourceId: ContactId; targetId: ContactId; by: ProfileId; now: number },
): void {
  const [sourceId, targetId] = checkPair(args.sourceId, args.targetId, "sourceId", "targetId");
  const by = checkId(args.by, "by") as ProfileId;
  const at = checkTimestamp(args.now);
  const source = findContact(doc, sourceId, "sourceId");
  findContact(doc, targetId, "targetId");
  const rootOf = makeRootResolver(mergeTargets(doc));
  const target = rootOf(targetId) as ContactId;
  if (isMapLike(source.mergedInto) && source.mergedInto.target === targetId) return;
  if (rootOf(sourceId) !== sourceId) {
    throw new DomainError("already-merged", "the source is already merged", { field: "sourceId" });
  }
  if (target === sourceId) {
    throw new DomainError("same-contact", "the target is merged into the source", {
      field: "targetId",
    });
  }
  source.mergedInto = { target, by, at };
}

/** Undoes a merge: the source shows as its own contact again (no-op when not merged). */
export function unmergeContact(doc: AddressBookDoc, args: { sourceId: ContactId }): void {
  const sourceId = checkId(args.sourceId, "sourceId") as ContactId;
  const source = findContact(doc, sourceId, "sourceId");
  if (source.mergedInto !== null) source.mergedInto = null;
}

function notDuplicatesOf(doc: AddressBookDoc): AddressBookDoc["notDuplicates"] {
  const map: unknown = Reflect.get(doc, "notDuplicates");
  if (!isMapLike(map)) {
    throw new DomainError("not-initialised", "address book has no notDuplicates", {
      field: "notDuplicates",
    });
  }
  return map as AddressBookDoc["notDuplicates"];
}

/**
 * Records that `a` and `b` are different people (homonyms): stored in the document, so the
 * duplicate suggestion does not come back on any device.
 */
export function markNotDuplicates(
  doc: AddressBookDoc,
  args: { a: ContactId; b: ContactId; by: ProfileId; now: number },
): void {
  const [a, b] = checkPair(args.a, args.b, "a", "b");
  const by = checkId(args.by, "by") as ProfileId;
  const at = checkTimestamp(args.now);
  findContact(doc, a, "a");
  findContact(doc, b, "b");
  const map = notDuplicatesOf(doc);
  const key = pairKey(a, b);
  if (!isMapLike(map[key])) map[key] = { by, at };
}

/** Withdraws a "not duplicates" record (the suggestion may come back). */
export function unmarkNotDuplicates(
  doc: AddressBookDoc,
  args: { a: ContactId; b: ContactId },
): void {
  const [a, b] = checkPair(args.a, args.b, "a", "b");
  const map = notDuplicatesOf(doc);
  const key = pairKey(a, b);
  if (Object.prototype.hasOwnProperty.call(map, key)) delete map[key];
}
