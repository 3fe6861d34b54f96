/**
 * Commands on a contact's multi-valued fields (sets keyed by the normalised value, so two
 * tablets adding the same email offline end with one entry) and on its structure links.
 */
import { DomainError } from "../errors";
import type { ContactId } from "../ids";
import { editText } from "../text";
import { isMapLike } from "../tolerant";
import { checkId, checkText } from "../validate";
import { findContact, setOf } from "./access";
import { checkSet, checkSetValue } from "./draft";
import { groupOf, makeRootResolver, mergeTargets } from "./mergeRecords";
import { ADDRESS_BOOK_LIMITS, type AddressBookDoc, type ContactSet } from "./schema";

/**
 * Adds a value to a set of a contact. An email or phone already there (same normalised key)
 * only gets its label updated when one is given; a label already there is left as typed first.
 */
export function addContactValue(
  doc: AddressBookDoc,
  args: { id: ContactId; set: ContactSet; value: string; label?: string },
): void {
  const id = checkId(args.id, "id") as ContactId;
  const set = checkSet(args.set);
  const { key, entry } = checkSetValue(set, args.value, args.label ?? "");
  const contact = findContact(doc, id);
  const values = setOf<object>(contact, set);
  if (!isMapLike(values[key])) {
    values[key] = entry;
    return;
  }
  if ((set === "emails" || set === "phones") && args.label !== undefined) {
    editText(values[key], ["label"], Reflect.get(entry, "label") as string);
  }
}

/**
 * Removes the value `key` from a set of a contact AND of every record merged into it: the merged
 * view shows their union, so the value must go from all of them to disappear.
 */
export function removeContactValue(
  doc: AddressBookDoc,
  args: { id: ContactId; set: ContactSet; key: string },
): void {
  const id = checkId(args.id, "id") as ContactId;
  const set = checkSet(args.set);
  const key = checkText(args.key, "key", 400);
  findContact(doc, id);
  const targets = mergeTargets(doc);
  const rootOf = makeRootResolver(targets);
  for (const member of groupOf(rootOf(id), targets, rootOf)) {
    const values = setOf<object>(findContact(doc, member as ContactId), set);
    if (Object.prototype.hasOwnProperty.call(values, key)) delete values[key];
  }
}

/** Links a person to a structure with a role (an existing link gets its role edited). */
export function linkToStructure(
  doc: AddressBookDoc,
  args: { personId: ContactId; structureId: ContactId; role: string },
): void {
  const personId = checkId(args.personId, "personId") as ContactId;
  const structureId = checkId(args.structureId, "structureId") as ContactId;
  const role = checkText(args.role ?? "", "role", ADDRESS_BOOK_LIMITS.role);
  if (personId === structureId) {
    throw new DomainError("same-contact", "a contact cannot belong to itself", {
      field: "structureId",
    });
  }
  const structure = findContact(doc, structureId, "structureId");
  if (structure.kind !== "structure") {
    throw new DomainError("invalid-link", "the target is not a structure", {
      field: "structureId",
    });
  }
  const memberOf = setOf<{ role: string }>(findContact(doc, personId, "personId"), "memberOf");
  const link = memberOf[structureId];
  if (isMapLike(link)) editText(link, ["role"], role);
  else memberOf[structureId] = { role };
}

/**
 * Unlinks a person from a structure, on every record merged into the person and for every
 * record merged into the structure (the view shows those links as one).
 */
export function unlinkFromStructure(
  doc: AddressBookDoc,
  args: { personId: ContactId; structureId: ContactId },
): void {
  const personId = checkId(args.personId, "personId") as ContactId;
  const structureId = checkId(args.structureId, "structureId") as ContactId;
  findContact(doc, personId, "personId");
  const targets = mergeTargets(doc);
  const rootOf = makeRootResolver(targets);
  const structureRoot = rootOf(structureId);
  for (const member of groupOf(rootOf(personId), targets, rootOf)) {
    const memberOf = setOf<{ role: string }>(findContact(doc, member as ContactId), "memberOf");
    for (const key of Object.keys(memberOf)) {
      if (key === structureId || rootOf(key) === structureRoot) delete memberOf[key];
    }
  }
}
