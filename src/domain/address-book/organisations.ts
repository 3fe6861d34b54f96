/**
 * Resolving structure names from a form or an import (`draft.organisations`, a vCard's ORG) to
 * structures: an existing structure with the same folded name, else one created once per name.
 */
import type { ContactId, ProfileId } from "../ids";
import { isMapLike } from "../tolerant";
import { bucketsOf, findContact, hasContact, putContact, setOf } from "./access";
import { contactFromDraft, draftOrganisations } from "./draft";
import { foldedWords } from "./keys";
import type { AddressBookDoc, Contact, ContactDraft } from "./schema";

/** What an import will write for its structure names. */
export interface OrganisationPlan {
  structures: Contact[];
  links: { personId: ContactId; structureId: ContactId; role: string }[];
}

const nameKey = (name: string) => foldedWords(name).join(" ");

/** Live structures of the document by folded name (the smallest id wins a tie). */
function structureIndex(doc: AddressBookDoc): Map<string, ContactId> {
  const index = new Map<string, ContactId>();
  for (const bucket of Object.values(bucketsOf(doc))) {
    if (!isMapLike(bucket)) continue;
    for (const [id, c] of Object.entries(bucket)) {
      if (!isMapLike(c) || c.kind !== "structure" || c.archived || c.mergedInto) continue;
      if (typeof c.name !== "string") continue;
      const key = nameKey(c.name);
      const known = index.get(key);
      if (known === undefined || id < known) index.set(key, id as ContactId);
    }
  }
  return index;
}

/**
 * Validates every draft's structure names and decides which structures to create (ids derived
 * from the first person naming them, so the plan is deterministic) and which links to write.
 */
export function planOrganisations(
  doc: AddressBookDoc,
  contacts: readonly { contact: Contact; draft: ContactDraft }[],
  by: ProfileId,
  now: number,
): OrganisationPlan {
  const names = contacts.map(({ draft }) => draftOrganisations(draft));
  const plan: OrganisationPlan = { structures: [], links: [] };
  if (names.every((list) => list.length === 0)) return plan;
  const index = structureIndex(doc);
  for (const { contact } of contacts) {
    if (contact.kind === "structure") index.set(nameKey(contact.name), contact.id);
  }
  contacts.forEach(({ contact }, i) => {
    (names[i] ?? []).forEach((name, n) => {
      const key = nameKey(name);
      let structureId = index.get(key);
      if (structureId === undefined) {
        structureId = `${contact.id.slice(0, 58)}-o${n}` as ContactId;
        const draft: ContactDraft = { kind: "structure", name, source: contact.source };
        plan.structures.push(contactFromDraft(structureId, draft, by, now));
        index.set(key, structureId);
      }
      if (structureId !== contact.id) {
        plan.links.push({ personId: contact.id, structureId, role: contact.role });
      }
    });
  });
  return plan;
}

/** Writes a plan: new structures first, then the links (an existing link keeps its role). */
export function linkOrganisations(doc: AddressBookDoc, plan: OrganisationPlan): void {
  for (const structure of plan.structures) {
    if (!hasContact(doc, structure.id)) putContact(doc, structure);
  }
  for (const { personId, structureId, role } of plan.links) {
    const memberOf = setOf<{ role: string }>(findContact(doc, personId), "memberOf");
    if (!isMapLike(memberOf[structureId])) memberOf[structureId] = { role };
  }
}
