/** CSV rows → drafts, through the (user-confirmed) column mapping. */
import { ImportError } from "../errors";
import { labelFromHeader, labelFromText } from "../labels";
import type { ContactDraft, ImportResult, LabelledValue } from "../types";
import { hasNameColumn, type ColumnMapping, type ContactField } from "./fields";
import type { CsvTable } from "./parse";
import { foldKey } from "../normalize";

/** Google's multi-value separator inside one cell. */
const GOOGLE = / ::: /;
const SPLITTERS: Partial<Record<ContactField, RegExp>> = {
  emails: /[\s;,]+|\s:::\s/,
  phones: /\r?\n|;|,|\s\/\s|\s:::\s/,
  organisations: /\r?\n|;|\s:::\s/,
  skills: /\r?\n|;|,|\s:::\s/,
  themes: /\r?\n|;|,|\s:::\s/,
  offers: /\r?\n|;|,|\s:::\s/,
  needs: /\r?\n|;|,|\s:::\s/,
};
/** Google's own groups, not themes chosen by the user. */
const SYSTEM_LABELS = new Set([
  "mycontacts",
  "starred",
  "my contacts",
  "friends",
  "family",
  "coworkers",
]);

const clean = (s: string): string =>
  s
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+/g, " ")
    .trim();
const split = (field: ContactField, cell: string): string[] =>
  cell
    .split(SPLITTERS[field] ?? GOOGLE)
    .map(clean)
    .filter((v) => v !== "");
const unique = (list: readonly string[]): string[] => [...new Set(list)];

/** Email or phone values of a cell; a cell with no address-like token is kept whole, not lost. */
function values(field: "emails" | "phones", cell: string): string[] {
  const parts = split(field, cell);
  if (field === "phones") return parts;
  const emails = parts.filter((p) => p.includes("@"));
  return emails.length > 0 ? emails : [clean(cell)];
}

/** The number in a header (« E-mail 2 - Type » → "2"), pairing label and value columns. */
function slot(header: string): string {
  return /\d+/.exec(header)?.[0] ?? "1";
}

/**
 * Labels of the row's label columns, keyed by kind and number: Google writes « E-mail 1 - Type »
 * before « E-mail 1 - Value », Outlook « E-mail 2 Type » after « E-mail 2 Address ».
 */
function rowLabels(
  table: CsvTable,
  mapping: ColumnMapping,
  row: readonly string[],
): Map<string, string> {
  const labels = new Map<string, string>();
  row.forEach((cell, i) => {
    const field = mapping[i];
    if (field !== "emailLabel" && field !== "phoneLabel") return;
    const kind = field === "emailLabel" ? "emails" : "phones";
    labels.set(
      `${kind}:${slot(table.headers[i] ?? "")}`,
      labelFromText(cell.split(GOOGLE)[0] ?? ""),
    );
  });
  return labels;
}

/** Collects one row's cells per field, in column order. */
function collect(table: CsvTable, mapping: ColumnMapping, row: readonly string[]) {
  const cells = new Map<ContactField, string[]>();
  const labelled: Record<"emails" | "phones", LabelledValue[]> = { emails: [], phones: [] };
  const labels = rowLabels(table, mapping, row);
  row.forEach((cell, i) => {
    const field = mapping[i];
    if (
      field === undefined ||
      field === "ignore" ||
      field === "emailLabel" ||
      field === "phoneLabel"
    )
      return;
    if (cell.trim() === "") return;
    const header = table.headers[i] ?? "";
    if (field === "emails" || field === "phones") {
      const label = labels.get(`${field}:${slot(header)}`) || labelFromHeader(header);
      for (const value of values(field, cell))
        labelled[field].push(label === "" ? { value } : { value, label });
      return;
    }
    cells.set(field, [
      ...(cells.get(field) ?? []),
      ...(SPLITTERS[field] ? split(field, cell) : [clean(cell)]),
    ]);
  });
  return { cells, labelled };
}

function rowToDraft(
  table: CsvTable,
  mapping: ColumnMapping,
  row: readonly string[],
): ContactDraft | undefined {
  const { cells, labelled } = collect(table, mapping, row);
  const get = (f: ContactField): string[] => unique(cells.get(f) ?? []);
  const orgs = get("organisations");
  const fullName = get("name")[0] ?? clean([...get("givenName"), ...get("familyName")].join(" "));
  const kindCell = foldKey(get("kind")[0] ?? "");
  const saysStructure =
    /^(structure|organisation|organization|org|company|entreprise|association|collectivite)/.test(
      kindCell,
    );
  // A « Type » column may say so; otherwise a row with only an organisation is a structure.
  const isStructure = saysStructure || (fullName === "" && orgs.length > 0);
  const name = fullName !== "" ? fullName : (orgs[0] ?? "");
  if (name === "") return undefined;
  const draft: ContactDraft = {
    kind: isStructure ? "structure" : "person",
    name,
    source: "import",
  };
  if (!isStructure && orgs.length > 0) draft.organisations = orgs;
  const role = get("role").join(", ");
  if (role !== "") draft.role = role;
  // A formatted address spans lines in Google's export; one line reads better in the list.
  const address = get("address")
    .join(", ")
    .replace(/\s*\n\s*/g, ", ");
  if (address !== "") draft.address = address;
  const notes = get("notes").join("\n");
  if (notes !== "") draft.notes = notes;
  const commune = get("commune")[0];
  if (commune !== undefined) draft.commune = commune;
  const website = get("website")[0];
  if (website !== undefined) draft.website = website;
  if (labelled.emails.length > 0) draft.emails = labelled.emails;
  if (labelled.phones.length > 0) draft.phones = labelled.phones;
  for (const f of ["skills", "offers", "needs"] as const) if (get(f).length > 0) draft[f] = get(f);
  const themes = get("themes")
    .map((t) => t.replace(/^\*\s*/, ""))
    .filter((t) => !SYSTEM_LABELS.has(t.toLowerCase()));
  if (themes.length > 0) draft.themes = unique(themes);
  return draft;
}

/**
 * Turns CSV rows into drafts. `index` is the 0-based data row (file line = index + 2 with the
 * header). Given and family names are joined when there is no full-name column; a row with only
 * an organisation becomes a structure; a row with no name at all is rejected "missing-name".
 * @throws ImportError `no-name-column` when no column of the mapping can name a contact.
 */
export function rowsToDrafts(table: CsvTable, mapping: ColumnMapping): ImportResult {
  if (!hasNameColumn(mapping)) {
    throw new ImportError("no-name-column", "No column gives a name (Nom, Prénom, Structure…)");
  }
  const result: ImportResult = { entries: [], rejected: [] };
  table.rows.forEach((row, index) => {
    const draft = rowToDraft(table, mapping, row);
    if (draft === undefined) result.rejected.push({ index, reason: "missing-name" });
    else result.entries.push({ draft, index });
  });
  return result;
}
