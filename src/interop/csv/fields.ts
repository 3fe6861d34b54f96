/** The fields a CSV column can map to, in the order the mapping preview lists them. */

/** Target fields of a CSV column; given/family names are joined into `name`, labels pair with values. */
export const CONTACT_FIELDS = [
  "kind",
  "name",
  "givenName",
  "familyName",
  "organisations",
  "role",
  "emails",
  "emailLabel",
  "phones",
  "phoneLabel",
  "address",
  "commune",
  "website",
  "skills",
  "themes",
  "offers",
  "needs",
  "notes",
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** Column index → field, or "ignore". Columns absent from the map are ignored too. */
export type ColumnMapping = Record<number, ContactField | "ignore">;

/** Fields that can name a contact; a mapping needs at least one of them. */
export const NAMING_FIELDS: readonly ContactField[] = [
  "name",
  "givenName",
  "familyName",
  "organisations",
];

/** True when the mapping has a column that can give a contact its name. */
export function hasNameColumn(mapping: ColumnMapping): boolean {
  return Object.values(mapping).some((f) => NAMING_FIELDS.includes(f as ContactField));
}

/** True for a valid field name (e.g. a value coming back from a <select>). */
export function isContactField(value: unknown): value is ContactField {
  return typeof value === "string" && (CONTACT_FIELDS as readonly string[]).includes(value);
}
