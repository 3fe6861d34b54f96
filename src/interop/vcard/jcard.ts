/** Typed access to ical.js's jCard output (RFC 7095 arrays), which its typings leave as `any`. */
import ICAL from "ical.js";

/** One vCard property: lower-case name, its group (`item1`), TYPE values and its values. */
export interface CardProperty {
  name: string;
  group: string;
  types: string[];
  values: unknown[];
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return [];
}

function toProperty(raw: unknown): CardProperty | undefined {
  if (!Array.isArray(raw) || typeof raw[0] !== "string") return undefined;
  const params: unknown = raw[1];
  const p =
    typeof params === "object" && params !== null ? (params as Record<string, unknown>) : {};
  const types = strings(p.type).flatMap((t) => t.split(","));
  const group = typeof p.group === "string" ? p.group.toLowerCase() : "";
  return {
    name: raw[0].toLowerCase(),
    group,
    types: types.map((t) => t.trim()),
    values: raw.slice(3),
  };
}

/**
 * Parses the text of ONE card (BEGIN/END included) with ical.js and returns its properties.
 * Throws ical.js's ParserError on a line it refuses; the caller turns that into a rejection.
 */
export function parseCardProperties(cardText: string): CardProperty[] {
  const parsed: unknown = ICAL.parse(cardText);
  const card: unknown = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed;
  if (!Array.isArray(card) || card[0] !== "vcard" || !Array.isArray(card[1])) {
    throw new Error("not a vcard component");
  }
  return (card[1] as unknown[]).flatMap((raw) => toProperty(raw) ?? []);
}

/**
 * A property's value as text. ical.js's 3.0 design splits NOTE (and others) on unescaped commas,
 * which writers use literally: joining the pieces with "," gives the text back exactly.
 */
export function textOf(property: CardProperty): string {
  // 3.0 writers escape `;` in every text value; ical.js only unescapes it in structured ones.
  return property.values
    .map((v) => (Array.isArray(v) ? strings(v).join(" ") : typeof v === "string" ? v : ""))
    .join(",")
    .replace(/\\;/g, ";");
}

/** The components of a structured value (N, ADR, ORG); a single string is one component. */
export function componentsOf(property: CardProperty): string[] {
  const first = property.values[0];
  if (Array.isArray(first))
    return first.map((c) => (Array.isArray(c) ? strings(c).join(",") : String(c ?? "")));
  return typeof first === "string" ? [first] : [];
}

/** All values of a multi-valued property (CATEGORIES) as text. */
export function listOf(property: CardProperty): string[] {
  return property.values.flatMap((v) => strings(v));
}
