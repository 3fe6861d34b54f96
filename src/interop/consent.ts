/** The one consent rule for exports, so every caller filters the same way. */
import type { ContactViewLike } from "./types";

/** What an export contains: every contact, or only those who agreed to be shared. */
export type ExportScope = "all" | "consented";

/**
 * The contacts an export may contain. "consented" keeps contacts whose consent to be shared with
 * the atelier's participants is recorded as yes; not recorded (`null`) counts as no.
 */
export function exportableContacts<C extends Pick<ContactViewLike, "consent">>(
  contacts: readonly C[],
  scope: ExportScope,
): C[] {
  return scope === "all"
    ? [...contacts]
    : contacts.filter((c) => c.consent.shareWithParticipants === true);
}
