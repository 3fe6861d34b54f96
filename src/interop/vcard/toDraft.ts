/** Maps one card's properties to a `ContactDraft` (see the field mapping in parseVCards' TSDoc). */
import { labelFromText, labelFromTypes } from "../labels";
import { foldKey } from "../normalize";
import { STRUCTURE_TYPES } from "../types";
import type { ContactDraft, LabelledValue } from "../types";
import { componentsOf, listOf, textOf, type CardProperty } from "./jcard";

/** Google's and Apple's system groups, which are not themes the user chose. */
const SYSTEM_CATEGORIES = new Set(["mycontacts", "starred", "my contacts", "favorites", "favoris"]);

const clean = (s: string): string => s.replace(/\s+/g, " ").trim();
const nonEmpty = (s: string): boolean => s !== "";
const unique = (values: readonly string[]): string[] => [
  ...new Set(values.map(clean).filter(nonEmpty)),
];

/** The display name from N: "Given Additional Family" (prefix and suffix left out). */
function nameFromN(n: CardProperty | undefined): string {
  if (n === undefined) return "";
  const [family = "", given = "", additional = ""] = componentsOf(n);
  return clean([given, additional, family].join(" "));
}

/**
 * ADR → one address line + commune. The locality is left out of the line when the street part
 * already names it (Récolte's own export puts the whole address there) or when it is all there is.
 */
function addressOf(adr: CardProperty): { address: string; commune: string } {
  const [pobox = "", ext = "", street = "", locality = "", region = "", code = "", country = ""] =
    componentsOf(adr).map((c) => clean(c.replace(/\n/g, ", ")));
  const streetPart = [pobox, ext, street].filter(nonEmpty).join(", ");
  const named = locality !== "" && foldKey(streetPart).includes(foldKey(locality));
  const place = named ? code : clean(`${code} ${locality}`);
  const onlyLocality = streetPart === "" && code === "" && region === "" && country === "";
  const address = onlyLocality
    ? ""
    : [streetPart, place, region, country].filter(nonEmpty).join(", ");
  return { address, commune: locality };
}

/** Unescapes a raw value ical.js leaves as is (X- properties, URIs). */
function unescapeRaw(value: string): string {
  return value.replace(/\\([nN]|[\\,;:])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

/** Splits a raw X- list on unescaped commas (Récolte's X-RECOLTE-SKILLS…). */
function rawList(value: string): string[] {
  return value.split(/(?<!\\),/).map((v) => clean(unescapeRaw(v)));
}

/** Labels from TYPE, overridden by an X-ABLabel in the same group (Apple's custom labels). */
function labelled(
  props: readonly CardProperty[],
  all: readonly CardProperty[],
  strip: RegExp,
): LabelledValue[] {
  return props.flatMap((p) => {
    const value = clean(textOf(p).replace(strip, ""));
    if (value === "") return [];
    const ab =
      p.group === "" ? undefined : all.find((q) => q.group === p.group && q.name === "x-ablabel");
    const label =
      ab !== undefined ? labelFromText(unescapeRaw(textOf(ab))) : labelFromTypes(p.types);
    return [label === "" ? { value } : { value, label }];
  });
}

/**
 * A draft for this card, or why it cannot be one: it names nobody (no FN, N nor ORG), or it is a
 * contact group or a place (4.0 KIND:group/location), not a person or a structure.
 */
export function cardToDraft(
  props: readonly CardProperty[],
): ContactDraft | "missing-name" | "not-a-contact" {
  const all = (name: string): CardProperty[] => props.filter((p) => p.name === name);
  const first = (name: string): CardProperty | undefined => props.find((p) => p.name === name);
  const orgs = unique(all("org").map((p) => componentsOf(p)[0] ?? ""));
  const firstText = (name: string): string => {
    const p = first(name);
    return p === undefined ? "" : clean(textOf(p));
  };
  const fn = firstText("fn");
  const personName = fn !== "" ? fn : nameFromN(first("n"));
  // KIND (4.0), Apple's X-ABShowAs:COMPANY and the 3.0 CardDAV X-ADDRESSBOOKSERVER-KIND mark structures.
  const kind = (firstText("kind") || firstText("x-addressbookserver-kind")).toLowerCase();
  if (kind === "group" || kind === "location") return "not-a-contact";
  const isOrg =
    kind === "org" ||
    firstText("x-abshowas").toUpperCase() === "COMPANY" ||
    (personName === "" && orgs.length > 0);
  const name = isOrg ? (orgs[0] ?? personName) : personName;
  if (name === "") return "missing-name";

  const draft: ContactDraft = { kind: isOrg ? "structure" : "person", name, source: "import" };
  if (!isOrg && orgs.length > 0) draft.organisations = orgs;
  const role = unique([...all("title"), ...all("role")].map(textOf)).join(", ");
  if (role !== "") draft.role = role;
  const emails = labelled(all("email"), props, /^mailto:/i);
  if (emails.length > 0) draft.emails = emails;
  const phones = labelled(all("tel"), props, /^tel:/i);
  if (phones.length > 0) draft.phones = phones;
  const adr = first("adr");
  if (adr !== undefined) {
    const { address, commune } = addressOf(adr);
    if (address !== "") draft.address = address;
    if (commune !== "") draft.commune = commune;
  }
  // URI values are not unescaped by ical.js, yet Android writes "http\\://".
  const website = all("url")
    .map((p) => clean(unescapeRaw(textOf(p))))
    .find(nonEmpty);
  if (website !== undefined) draft.website = website;
  const notes = all("note")
    .map((p) => textOf(p).trim())
    .filter(nonEmpty)
    .join("\n");
  if (notes !== "") draft.notes = notes;
  const themes = unique(all("categories").flatMap(listOf)).filter(
    (t) => !SYSTEM_CATEGORIES.has(t.toLowerCase()),
  );
  if (themes.length > 0) draft.themes = themes;
  for (const [key, property] of [
    ["skills", "x-recolte-skills"],
    ["offers", "x-recolte-offers"],
    ["needs", "x-recolte-needs"],
  ] as const) {
    const labels = unique(all(property).flatMap((p) => rawList(textOf(p))));
    if (labels.length > 0) draft[key] = labels;
  }
  const structureType = STRUCTURE_TYPES.find(
    (t) => t !== "" && t === firstText("x-recolte-structure-type"),
  );
  if (isOrg && structureType !== undefined) draft.structureType = structureType;
  return draft;
}
