/**
 * The interop layer against the real domain: corpus files imported through `importContacts`,
 * the book's `ContactView`s exported, and the export planned against the same book.
 */
import { describe, expect, it } from "vitest";
import { importContacts, selectContacts, type ContactId } from "../../../src/domain";
import { exportCsv } from "../../../src/interop/csv/export";
import { guessMapping } from "../../../src/interop/csv/headers";
import { parseCsvFile } from "../../../src/interop/csv/parse";
import { rowsToDrafts } from "../../../src/interop/csv/rowsToDrafts";
import { planImport } from "../../../src/interop/plan";
import type { ImportEntry } from "../../../src/interop/types";
import { exportVCards } from "../../../src/interop/vcard/export";
import { parseVCards } from "../../../src/interop/vcard/parse";
import { apply, T0 } from "../../fixtures/builders";
import { BY, cid, makeContactBook, viewOf } from "../../helpers/addressBook";
import { corpusText } from "./corpus";

const VCARDS = [
  "ios-3.0.vcf",
  "google-3.0.vcf",
  "android-2.1.vcf",
  "nextcloud-4.0.vcf",
  "outlook-2.1-utf8.vcf",
];

function bookFrom(entries: readonly ImportEntry[]) {
  const drafts = entries.map((e, i) => ({ id: cid(`imp${i}`), draft: e.draft }));
  const doc = apply(makeContactBook(), (d) => importContacts(d, { drafts, by: BY, now: T0 }));
  return selectContacts(viewOf(doc));
}

describe("interop with the address-book domain", () => {
  const entries = VCARDS.flatMap((f) => parseVCards(corpusText(f)).entries).map((e, index) => ({
    ...e,
    index,
  }));
  const contacts = bookFrom(entries);
  const structuresById = new Map<ContactId, (typeof contacts)[number]>(
    contacts.filter((c) => c.kind === "structure").map((c) => [c.id, c]),
  );

  it("imports the corpus drafts, structures named by ORG included", () => {
    const names = contacts.map((c) => c.name);
    for (const e of entries) expect(names).toContain(e.draft.name);
    const helene = contacts.find((c) => c.name === "Hélène Lefèvre");
    expect(helene?.memberOf.map((m) => m.name)).toEqual(["Association Les Jardins Partagés"]);
    expect(helene?.phones.map((p) => p.label).sort()).toEqual([
      "Permanence",
      "portable",
      "travail",
    ]);
  });

  it("a vCard export of the book, imported again, is all possible duplicates and nothing new", () => {
    const again = parseVCards(exportVCards(contacts, { structuresById }));
    expect(again.rejected).toEqual([]);
    expect(again.entries).toHaveLength(contacts.length);
    const plan = planImport(contacts, again.entries, again.rejected);
    expect(plan.toAdd).toEqual([]);
    expect(plan.possibleDuplicates.map((d) => d.existingId).sort()).toEqual(
      contacts.map((c) => c.id).sort(),
    );
  });

  it("a CSV export of the book, imported again, finds every contact as a duplicate too", () => {
    const table = parseCsvFile(exportCsv(contacts, { structuresById }));
    const { entries: rows, rejected } = rowsToDrafts(table, guessMapping(table.headers));
    const plan = planImport(contacts, rows, rejected);
    expect(plan.rejected).toEqual([]);
    expect(plan.toAdd).toEqual([]);
    expect(plan.possibleDuplicates).toHaveLength(contacts.length);
  });
});
