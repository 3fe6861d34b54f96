/** vCard 4.0 export of contact views (RFC 6350), readable by phones, Nextcloud and Récolte. */
import type { ContactId } from "../../domain";
import { typeForLabel } from "../labels";
import type { ContactViewLike } from "../types";
import { escapeText, foldLine, structured } from "./write";

/** Options of the exporters. */
export interface ExportOptions {
  /** Structures by id, to name a person's structures (`memberOf` names may be "" before sync). */
  structuresById: ReadonlyMap<ContactId, Pick<ContactViewLike, "name">>;
}

/**
 * Properties only Récolte reads back: skills, offers and needs have no vCard property, and
 * losing them on an export → import between two ateliers would defeat the skills map.
 */
export const RECOLTE_PROPERTIES = {
  skills: "X-RECOLTE-SKILLS",
  offers: "X-RECOLTE-OFFERS",
  needs: "X-RECOLTE-NEEDS",
  structureType: "X-RECOLTE-STRUCTURE-TYPE",
} as const;

/** Names of a contact's structures, from its view or else the structures map. */
export function structureNames(contact: ContactViewLike, options: ExportOptions): string[] {
  const names = contact.memberOf.map(
    (m) => m.name || options.structuresById.get(m.structureId)?.name || "",
  );
  return [...new Set(names.filter((n) => n !== ""))];
}

/** EMAIL/TEL lines: a known label becomes TYPE, a custom one a grouped X-ABLabel (Apple, Nextcloud). */
function labelledLines(
  name: "EMAIL" | "TEL",
  items: readonly { value: string; label: string }[],
  nextGroup: () => string,
): string[] {
  const valueParam = name === "TEL" ? ";VALUE=text" : "";
  return items.flatMap(({ value, label }) => {
    const type = typeForLabel(label);
    if (label === "" || type !== undefined) {
      const typeParam = type === undefined ? "" : `;TYPE=${type}`;
      return [`${name}${valueParam}${typeParam}:${escapeText(value)}`];
    }
    const group = nextGroup();
    return [
      `${group}.${name}${valueParam}:${escapeText(value)}`,
      `${group}.X-ABLabel:${escapeText(label)}`,
    ];
  });
}

function cardLines(contact: ContactViewLike, options: ExportOptions): string[] {
  let groups = 0;
  const nextGroup = (): string => `item${++groups}`;
  const isOrg = contact.kind === "structure";
  const lines = ["BEGIN:VCARD", "VERSION:4.0", "PRODID:-//Récolte//Carnet d'adresses//FR"];
  lines.push(`UID:urn:recolte:${escapeText(contact.id)}`);
  lines.push(`KIND:${isOrg ? "org" : "individual"}`, `FN:${escapeText(contact.name)}`);
  const orgs = isOrg ? [contact.name] : structureNames(contact, options);
  for (const org of orgs) lines.push(`ORG:${structured([org])}`);
  if (isOrg && contact.structureType !== "") {
    lines.push(`${RECOLTE_PROPERTIES.structureType}:${escapeText(contact.structureType)}`);
  }
  if (contact.role !== "") lines.push(`TITLE:${escapeText(contact.role)}`);
  lines.push(...labelledLines("EMAIL", contact.emails, nextGroup));
  lines.push(...labelledLines("TEL", contact.phones, nextGroup));
  if (contact.address !== "" || contact.commune !== "") {
    // The address is free text that may already hold the commune; the parser does not repeat it.
    lines.push(`ADR:${structured(["", "", contact.address, contact.commune, "", "", ""])}`);
  }
  if (contact.website !== "") lines.push(`URL:${contact.website.replace(/[\r\n]/g, "")}`);
  if (contact.themes.length > 0)
    lines.push(`CATEGORIES:${contact.themes.map((t) => escapeText(t.label)).join(",")}`);
  for (const key of ["skills", "offers", "needs"] as const) {
    const labels = contact[key].map((t) => escapeText(t.label));
    if (labels.length > 0) lines.push(`${RECOLTE_PROPERTIES[key]}:${labels.join(",")}`);
  }
  if (contact.notes !== "") lines.push(`NOTE:${escapeText(contact.notes)}`);
  lines.push("END:VCARD");
  return lines;
}

/**
 * Writes contacts as vCard 4.0: CRLF line ends, lines folded at 75 octets, text escaped,
 * KIND:org for structures, ORG for a person's structures, TEL/EMAIL with TYPE (custom labels as
 * grouped X-ABLabel), CATEGORIES for themes, NOTE. Which contacts go in is the caller's choice
 * (see `exportableContacts`).
 */
export function exportVCards(contacts: readonly ContactViewLike[], options: ExportOptions): string {
  return contacts.map((c) => cardLines(c, options).map(foldLine).join("\r\n") + "\r\n").join("");
}
