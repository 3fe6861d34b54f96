/** The export file for the chosen format and scope (pure; the dialog only downloads it). */
import { exportCsv, exportableContacts, exportVCards } from "../interop";
import type { ExportScope } from "../interop";
import type { ContactId, ContactView } from "../../../domain";

export type ExportFormat = "vcard" | "csv";
export type { ExportScope };

export interface ExportFile {
  text: string;
  ext: "vcf" | "csv";
  type: string;
  count: number;
}

/**
 * Builds the file. `consented` keeps the people who agreed to be shared with the atelier's
 * participants (the interop layer's single consent rule); `all` is for the facilitation team.
 */
export function buildExport(
  contacts: readonly ContactView[],
  options: { format: ExportFormat; scope: ExportScope },
): ExportFile {
  const chosen = exportableContacts(contacts, options.scope);
  // Structures are named from the whole book, even when they are not in the file themselves.
  const structuresById = new Map<ContactId, ContactView>();
  for (const c of contacts) if (c.kind === "structure") structuresById.set(c.id, c);
  if (options.format === "vcard") {
    return {
      text: exportVCards(chosen, { structuresById }),
      ext: "vcf",
      type: "text/vcard;charset=utf-8",
      count: chosen.length,
    };
  }
  return {
    text: exportCsv(chosen, { structuresById }),
    ext: "csv",
    type: "text/csv;charset=utf-8",
    count: chosen.length,
  };
}
