/**
 * One vocabulary for email/phone labels across formats: vCard TYPE values, Apple's X-ABLabel,
 * Google/Outlook CSV headers and label columns all land on the same French words, and the
 * exporters map them back to standard TYPE values.
 */
import { foldKey } from "./normalize";

/** French labels the app shows, with the vCard TYPE each one exports to. */
export const LABEL_TYPES = {
  portable: "cell",
  domicile: "home",
  travail: "work",
  fax: "fax",
  principal: "main",
  autre: "other",
} as const;
export type KnownLabel = keyof typeof LABEL_TYPES;

/** Source words (folded) for each known label, in priority order (a "work cell" is a portable). */
const SYNONYMS: readonly (readonly [KnownLabel, readonly string[]])[] = [
  [
    "portable",
    [
      "cell",
      "mobile",
      "iphone",
      "portable",
      "cellulaire",
      "gsm",
      "mobile phone",
      "telephone mobile",
    ],
  ],
  ["fax", ["fax", "telecopie", "work fax", "home fax", "business fax"]],
  [
    "travail",
    ["work", "business", "travail", "bureau", "professionnel", "pro", "company", "company main"],
  ],
  ["domicile", ["home", "domicile", "maison", "personnel", "perso", "private", "prive"]],
  ["principal", ["main", "principal", "pref", "primary"]],
  ["autre", ["other", "autre", "others"]],
];

/** TYPE values that carry no label (transport or preference markers). */
const NOT_LABELS = new Set([
  "internet",
  "voice",
  "x400",
  "smtp",
  "ex",
  "msg",
  "text",
  "pref",
  "uri",
  "dom",
  "intl",
  "postal",
  "parcel",
]);

/** Strips Apple's `_$!<Mobile>!$_` wrapper and Google's `* ` system prefix. */
function unwrap(raw: string): string {
  const apple = /^_\$!<(.*)>!\$_$/.exec(raw.trim());
  return (apple?.[1] ?? raw).replace(/^\*\s*/, "").trim();
}

/** Maps one free label ("Mobile", "_$!<Work>!$_", "* Home") to the app's word, keeping custom ones. */
export function labelFromText(raw: string): string {
  const text = unwrap(raw);
  const folded = foldKey(text);
  if (folded === "" || NOT_LABELS.has(folded)) return "";
  for (const [label, words] of SYNONYMS) if (words.includes(folded)) return label;
  return text;
}

/** Picks a label from a list of vCard TYPE values, by priority; "" when none is meaningful. */
export function labelFromTypes(types: readonly string[]): string {
  const folded = types.map((t) => foldKey(t));
  for (const [label, words] of SYNONYMS) {
    if (label === "principal") continue; // PREF marks a preference, not a kind of number.
    if (folded.some((t) => words.includes(t))) return label;
  }
  // Android writes a custom label as an X- type (`TEL;X-Atelier:`).
  const custom = types
    .map((t) => t.replace(/^x-/i, "").trim())
    .find((t) => t !== "" && !NOT_LABELS.has(foldKey(t)));
  return custom === undefined ? "" : labelFromText(custom);
}

/** The vCard TYPE for a label, or undefined for a custom label (exported as X-ABLabel). */
export function typeForLabel(label: string): string | undefined {
  const folded = foldKey(label);
  return folded in LABEL_TYPES ? LABEL_TYPES[folded as KnownLabel] : undefined;
}

/** A label read from a CSV header word: « Téléphone mobile » → "portable", "Business Fax" → "fax". */
export function labelFromHeader(header: string): string {
  const tokens = foldKey(header).split(/[^a-z0-9]+/);
  for (const [label, words] of SYNONYMS) {
    if (label === "principal" || label === "autre") continue;
    if (words.some((w) => !w.includes(" ") && tokens.includes(w))) return label;
  }
  return "";
}
