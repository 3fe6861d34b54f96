/**
 * Groupe-action membership. Members come from the carnet (a contact id plus the display name the
 * member agreed to show, copied so the seed stands alone) or are added by name. Roles are a set,
 * so two tablets adding roles concurrently keep both; the référent is one field, last writer wins.
 * Leaving the group is an `archived` stamp (restorable), never a deletion.
 */
import { DomainError } from "../errors";
import type { ContactId, MemberId, ProfileId } from "../ids";
import { editText } from "../text";
import { isMapLike } from "../tolerant";
import { checkId, checkText } from "../validate";
import { checkBoolean, collectionOf, entryOf, findIn, setArchived, stampOf } from "./access";
import { SEED_LIMITS, type SeedDoc, type SeedMember } from "./schema";

/** Arguments of {@link addMember}. */
export interface AddMemberArgs {
  id: string;
  /** The carnet contact, or `null` (added by name). */
  contactId: string | null;
  /** The name the member agreed to show. */
  displayName: string;
  roles?: readonly string[];
  by: ProfileId;
  now: number;
}

function checkRoles(roles: unknown): Record<string, true> {
  if (!Array.isArray(roles)) throw new DomainError("invalid-field", "roles", { field: "roles" });
  if (roles.length > SEED_LIMITS.roles) {
    throw new DomainError("too-long", "too many roles", {
      field: "roles",
      limit: SEED_LIMITS.roles,
    });
  }
  const out: Record<string, true> = {};
  for (const role of roles) out[checkId(role, "roles")] = true;
  return out;
}

/** The member `id` (a proxy), or `not-found`. */
export function findMember(doc: SeedDoc, id: string, field = "memberId"): SeedMember {
  return findIn(collectionOf(doc, "members"), id, "member", field);
}

/**
 * Adds a member. A contact already in the group (even archived) is not added twice: the
 * existing member is restored instead. Same id twice: the first one stands.
 */
export function addMember(doc: SeedDoc, args: AddMemberArgs): void {
  const id = checkId(args.id, "id") as MemberId;
  const contactId =
    args.contactId === null ? null : (checkId(args.contactId, "contactId") as ContactId);
  const displayName = checkText(args.displayName, "displayName", SEED_LIMITS.displayName, true);
  const roles = checkRoles(args.roles ?? []);
  const { by, at } = stampOf(args);
  const members = collectionOf(doc, "members");
  if (entryOf(members, id) !== undefined) return;
  if (contactId !== null) {
    for (const other of Object.values(members)) {
      if (isMapLike(other) && other.contactId === contactId) {
        setArchived(other, null);
        return;
      }
    }
  }
  members[id] = {
    id,
    contactId,
    displayName,
    roles,
    joinedAt: at,
    addedBy: by,
    archived: null,
  };
}

/** Changes the name a member shows (character merge). */
export function renameMember(doc: SeedDoc, args: { id: string; displayName: string }): void {
  const id = checkId(args.id, "id");
  const displayName = checkText(args.displayName, "displayName", SEED_LIMITS.displayName, true);
  findMember(doc, id, "id");
  editText(doc, ["members", id, "displayName"], displayName);
}

/** Gives (`on: true`) or takes away a role; roles are a set, concurrent changes merge. */
export function setMemberRole(doc: SeedDoc, args: { id: string; role: string; on: boolean }): void {
  const id = checkId(args.id, "id");
  const role = checkId(args.role, "role");
  const on = checkBoolean(args.on, "on");
  const member = findMember(doc, id, "id");
  if (!isMapLike(member.roles)) member.roles = {};
  const roles = member.roles;
  const has = Object.prototype.hasOwnProperty.call(roles, role);
  if (on && roles[role] !== true) {
    if (!has && Object.keys(roles).length >= SEED_LIMITS.roles) {
      throw new DomainError("too-long", "too many roles", {
        field: "roles",
        limit: SEED_LIMITS.roles,
      });
    }
    roles[role] = true;
  }
  if (!on && has) delete roles[role];
}

/** Names the référent (one per seed, last writer wins), or clears it with `null`. */
export function setReferent(doc: SeedDoc, args: { memberId: string | null }): void {
  if (args.memberId === null) {
    if (doc.referent !== null) doc.referent = null;
    return;
  }
  const memberId = checkId(args.memberId, "memberId") as MemberId;
  const member = findMember(doc, memberId);
  if (member.archived !== null && member.archived !== undefined) {
    throw new DomainError("invalid-field", "an archived member cannot be référent", {
      field: "memberId",
    });
  }
  if (doc.referent !== memberId) doc.referent = memberId;
}

/**
 * The member leaves the group (restorable). Their votes, tasks and attendance stay (history);
 * when they were the référent, the group has none until another is named.
 */
export function archiveMember(
  doc: SeedDoc,
  args: { id: string; by: ProfileId; now: number },
): void {
  const id = checkId(args.id, "id");
  const stamp = stampOf(args);
  setArchived(findMember(doc, id, "id"), stamp);
  if (doc.referent === id) doc.referent = null;
}

/** Brings a member back into the group. */
export function restoreMember(doc: SeedDoc, args: { id: string }): void {
  const id = checkId(args.id, "id");
  setArchived(findMember(doc, id, "id"), null);
}
