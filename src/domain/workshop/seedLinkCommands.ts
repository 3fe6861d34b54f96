/**
 * The workshop's links to its seeds (`seeds: {seedId: {url, title}}`). The link goes one way:
 * the workshop holds the seed's URL, the seed only the workshop's title. Removing a seed from the
 * atelier's list is archiving its link (« Corbeille »), restorable; the seed document itself is
 * untouched — its groupe-action keeps it.
 */
import { DomainError } from "../errors";
import type { DocUrl, ProfileId } from "../ids";
import { isMapLike } from "../tolerant";
import { editText } from "../text";
import { checkDocUrl, checkId, checkText, checkTimestamp } from "../validate";
import { collection, entry } from "./access";
import { WORKSHOP_LIMITS, type SeedLink, type WorkshopDoc } from "./schema";

/** Arguments of {@link linkSeed}. */
export interface LinkSeedArgs {
  /** The key of the link (the seed's document id is a natural choice). */
  seedId: string;
  url: DocUrl;
  title: string;
  /** Who linked it (optional: only validated; the seed records its own creator). */
  by?: ProfileId;
  now?: number;
}

function findLink(doc: WorkshopDoc, seedId: string): SeedLink {
  const link = entry(collection(doc, "seeds"), seedId);
  if (link === undefined) {
    throw new DomainError("not-found", `no seed link ${seedId}`, { field: "seedId" });
  }
  return link;
}

/**
 * Records (or updates the URL/title of) a seed born in this atelier. A link in the bin stays
 * there (restore it with {@link restoreSeedLink}).
 */
export function linkSeed(doc: WorkshopDoc, args: LinkSeedArgs): void {
  const seedId = checkId(args.seedId, "seedId");
  const url = checkDocUrl(args.url, "url");
  const title = checkText(args.title, "title", WORKSHOP_LIMITS.seedTitle);
  if (args.by !== undefined) checkId(args.by, "by");
  if (args.now !== undefined) checkTimestamp(args.now);
  const seeds = collection(doc, "seeds");
  const existing = entry(seeds, seedId);
  if (existing === undefined) {
    seeds[seedId] = { url, title, archived: null };
    return;
  }
  if (existing.url !== url) existing.url = url;
  editText(doc, ["seeds", seedId, "title"], title);
}

/** Copies a seed's new title into its link (character merge), so the list shows it. */
export function renameSeedLink(doc: WorkshopDoc, args: { seedId: string; title: string }): void {
  const seedId = checkId(args.seedId, "seedId");
  const title = checkText(args.title, "title", WORKSHOP_LIMITS.seedTitle);
  findLink(doc, seedId);
  editText(doc, ["seeds", seedId, "title"], title);
}

/** Moves a seed's link to the atelier's bin (the seed document is untouched). */
export function archiveSeedLink(
  doc: WorkshopDoc,
  args: { seedId: string; by: ProfileId; now: number },
): void {
  const seedId = checkId(args.seedId, "seedId");
  const by = checkId(args.by, "by") as ProfileId;
  const at = checkTimestamp(args.now);
  const link = findLink(doc, seedId);
  if (!isMapLike(link.archived)) link.archived = { by, at };
}

/** Takes a seed's link out of the bin. */
export function restoreSeedLink(doc: WorkshopDoc, args: { seedId: string }): void {
  const seedId = checkId(args.seedId, "seedId");
  const link = findLink(doc, seedId);
  if (link.archived !== null && link.archived !== undefined) link.archived = null;
}
