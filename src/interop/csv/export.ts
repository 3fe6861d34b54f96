/** CSV export for spreadsheets: UTF-8 with BOM, `;` separators and French headers (French Excel). */
import Papa from "papaparse";
import type { ExportOptions } from "../vcard/export";
import { structureNames } from "../vcard/export";
import type { ContactViewLike } from "../types";

/** Column headers of the export; `guessMapping` recognises each of them on re-import. */
export const CSV_EXPORT_HEADERS = [
  "Type",
  "Nom",
  "Structures",
  "Fonction",
  "E-mails",
  "Téléphones",
  "Adresse",
  "Commune",
  "Site web",
  "Compétences",
  "Thèmes",
  "Offres",
  "Besoins",
  "Notes",
  "Accord partage participants",
  "Accord restitution publique",
] as const;

const yesNo = (v: boolean | null): string => (v === null ? "non recueilli" : v ? "oui" : "non");
const labels = (items: readonly { label: string }[]): string =>
  items.map((i) => i.label).join("; ");

function row(c: ContactViewLike, options: ExportOptions): string[] {
  return [
    c.kind === "structure" ? "Structure" : "Personne",
    c.name,
    c.kind === "structure" ? "" : structureNames(c, options).join("; "),
    c.role,
    c.emails.map((e) => e.value).join("; "),
    c.phones.map((p) => p.value).join("; "),
    c.address,
    c.commune,
    c.website,
    labels(c.skills),
    labels(c.themes),
    labels(c.offers),
    labels(c.needs),
    c.notes,
    yesNo(c.consent.shareWithParticipants),
    yesNo(c.consent.publicRestitution),
  ];
}

/**
 * Writes contacts as CSV for spreadsheets. Multi-valued cells are joined with "; " (the importer
 * splits them back); email/phone labels are left out (vCard keeps them). Cells that a spreadsheet
 * would run as a formula (`=`, `@`, or `+`/`-` not starting a number) are prefixed with `'`.
 */
export function exportCsv(contacts: readonly ContactViewLike[], options: ExportOptions): string {
  const csv = Papa.unparse(
    { fields: [...CSV_EXPORT_HEADERS], data: contacts.map((c) => row(c, options)) },
    { delimiter: ";", newline: "\r\n", escapeFormulae: /^(?:[=@\t\r]|[+-](?![\d\s(.]))/ },
  );
  return `\uFEFF${csv}\r\n`;
}
