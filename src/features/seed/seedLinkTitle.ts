/**
 * The copy of a seed's title that its atelier's workshop keeps in its link (`seeds[seedId].title`),
 * read tolerantly from any document: `null` when the document is not a workshop linking that seed.
 */
const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

/** The link's title, or `null` when `doc` is not a workshop that links `seedId`. */
export function seedLinkTitle(doc: unknown, seedId: string): string | null {
  if (!isObject(doc) || !isObject(doc.schema) || doc.schema.kind !== "workshop") return null;
  const seeds = doc.seeds;
  if (!isObject(seeds) || !Object.prototype.hasOwnProperty.call(seeds, seedId)) return null;
  const link = seeds[seedId];
  if (!isObject(link)) return null;
  return typeof link.title === "string" ? link.title : "";
}

/**
 * Whether the link should take the seed's title: it differs, and the seed has one (a field
 * cleared while typing is not copied; the list then shows the last title it had).
 */
export function linkNeedsTitle(linkTitle: string | null, seedTitle: string): boolean {
  return linkTitle !== null && seedTitle.trim() !== "" && linkTitle !== seedTitle;
}
