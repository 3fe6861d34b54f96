/** Reading the groupe-action from a seed's view (plain functions, tested without React). */
import type { MemberId, SeedView } from "../../domain";

/** A member as the seed's screens list them. */
export type MemberRow = SeedView["members"][MemberId];

/** Members still in the group, by when they joined, then name, then id. */
export function activeMembers(view: Pick<SeedView, "members">): MemberRow[] {
  return Object.values(view.members)
    .filter((m) => m.archived === null)
    .sort(
      (a, b) =>
        a.joinedAt - b.joinedAt ||
        a.displayName.localeCompare(b.displayName) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/** Member id → agreed display name (archived members too: old tasks and votes still name them). */
export function memberNames(view: Pick<SeedView, "members">): ReadonlyMap<string, string> {
  return new Map(Object.values(view.members).map((m) => [m.id, m.displayName]));
}

/** Whether a carnet contact (or a name, for members added by name) is already in the group. */
export function alreadyMember(
  view: Pick<SeedView, "members">,
  candidate: { contactId: string | null; displayName: string },
): boolean {
  const name = candidate.displayName.trim().toLocaleLowerCase();
  return activeMembers(view).some((m) =>
    candidate.contactId !== null
      ? m.contactId === candidate.contactId
      : m.contactId === null && m.displayName.trim().toLocaleLowerCase() === name,
  );
}
