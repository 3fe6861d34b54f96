import type { Messages } from "../fr";

/** English UI text of the `bundle` area; mirrors the French one (the type checks it). */
export const bundle: Messages["bundle"] = {
  importFile: "Import a file",
  exportTitle: "Atelier file (no network)",
  export: "Export the atelier",
  exportSeed: "Export the seed",
  exportHint:
    "A .recolte file with every document of the atelier (programme, address book, diagnostic, seeds), to open on another tablet with “Import a file”, with no network: share sheet, USB key… It holds the address book's contact details: give it only to people of the atelier.",
  exportSeedHint:
    "A .recolte file with this seed only (never the atelier's address book), to open on another tablet with “Import a file”.",
  share: "Send the file",
  exporting: "Preparing the file…",
  exported: "File “{{name}}” saved ({{size}}).",
  shared: "File “{{name}}” sent ({{size}}).",
  missingSeeds_one: "{{count}} seed not on this tablet was left out.",
  missingSeeds_other: "{{count}} seeds not on this tablet were left out.",
  exportError: {
    missing: "This document is not on this tablet.",
    incomplete:
      "Some of the atelier's documents are not on this tablet yet: open it once online, then try again.",
    share: "Sharing the file failed. Use the download instead.",
    unexpected: "The file could not be prepared.",
  },
  import: {
    title: "Importing “{{name}}”",
    reading: "Reading the file",
    checking: "Checking the file…",
    applying: "Merging with this tablet's documents…",
    summary: "Import summary",
    done: "The atelier “{{title}}” is on this tablet.",
    seedDone: "The seed “{{title}}” is on this tablet.",
    counts:
      "Documents added: {{added}} · updated: {{updated}} · already up to date: {{unchanged}}.",
    nothingNew: "Nothing new: this tablet already had everything in this file.",
    open: "Open “{{title}}”",
    dismiss: "Close",
  },
  error: {
    nothingWritten: "Nothing was changed on this tablet.",
    empty: "This file is empty.",
    "not-a-bundle":
      "This is not a Récolte atelier file (.recolte). For contacts (.vcf, .csv), use the address book's import.",
    "unsupported-version": "This file comes from a newer version of Récolte: update the app.",
    "too-large": "This file is too large to import.",
    truncated: "This file is incomplete (interrupted copy?). Export it again.",
    checksum: "This file is damaged. Export it again.",
    manifest: "This file is damaged (unreadable table of contents). Export it again.",
    "document-checksum": "A document in this file is damaged. Export it again.",
    "document-unreadable": "A document in this file cannot be read. Export it again.",
    "wrong-kind": "This file holds a document of another kind than declared.",
    "bad-document-id": "This file holds an invalid document id.",
    structure: "The documents in this file do not form a complete atelier (or seed).",
    unexpected: "The import failed unexpectedly.",
  },
};
