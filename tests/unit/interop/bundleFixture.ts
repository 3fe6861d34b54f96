/**
 * Builders for bundle tests: an atelier's three documents (and optional seeds) as raw Automerge
 * documents with real automerge-repo ids, built with the domain's own init commands.
 */
import * as A from "@automerge/automerge";
import { generateAutomergeUrl, parseAutomergeUrl } from "@automerge/automerge-repo";
import {
  addAgendaItem,
  addContact,
  initAddressBook,
  initDiagnostic,
  initWorkshop,
  linkSeed,
  newId,
  readStamp,
} from "../../../src/domain";
import type {
  AddressBookDoc,
  ContactId,
  DiagnosticDoc,
  DocUrl,
  ProfileId,
  WorkshopDoc,
} from "../../../src/domain";
import type { BundleDocument, BundleContents } from "../../../src/interop/bundle";

export const BY = "profile000000001" as ProfileId;
export const NOW = 1_750_000_000_000;

/** A fresh automerge-repo document id and its URL. */
export function newDocId(): { id: string; url: DocUrl } {
  const url = generateAutomergeUrl();
  return { id: parseAutomergeUrl(url).documentId, url: url as string as DocUrl };
}

/** An atelier's documents as built by its creator. */
export interface AtelierFixture {
  workshop: { id: string; doc: A.Doc<WorkshopDoc> };
  addressBook: { id: string; doc: A.Doc<AddressBookDoc> };
  diagnostic: { id: string; doc: A.Doc<DiagnosticDoc> };
  seeds: { id: string; doc: A.Doc<unknown> }[];
}

/** A minimal stamped seed document (the seed kind's full shape comes with its issue). */
export function makeSeedDoc(title: string): A.Doc<unknown> {
  return A.from<Record<string, unknown>>({ schema: { kind: "seed", version: 1 }, title });
}

/** Builds an atelier with a programme item, a contact and `seeds` linked seeds. */
export function makeAtelier(title = "Atelier mobilité", seeds = 0): AtelierFixture {
  const book = newDocId();
  const diag = newDocId();
  const shop = newDocId();
  let addressBook = A.change(A.init<AddressBookDoc>(), (d) =>
    initAddressBook(d, { by: BY, now: NOW }),
  );
  addressBook = A.change(addressBook, (d) =>
    addContact(d, { id: newId<ContactId>(), draft: { name: "Camille Martin" }, by: BY, now: NOW }),
  );
  const diagnostic = A.change(A.init<DiagnosticDoc>(), (d) =>
    initDiagnostic(d, { by: BY, now: NOW }),
  );
  let workshop = A.change(A.init<WorkshopDoc>(), (d) =>
    initWorkshop(d, {
      title,
      by: BY,
      now: NOW,
      links: { addressBook: book.url, diagnostic: diag.url },
    }),
  );
  workshop = A.change(workshop, (d) =>
    addAgendaItem(d, { id: newId(), title: "Tour de table", start: "09:00", by: BY, now: NOW }),
  );
  const seedList: AtelierFixture["seeds"] = [];
  for (let i = 0; i < seeds; i++) {
    const seed = newDocId();
    workshop = A.change(workshop, (d) =>
      linkSeed(d, { seedId: newId(), url: seed.url, title: `Graine ${i + 1}` }),
    );
    seedList.push({ id: seed.id, doc: makeSeedDoc(`Graine ${i + 1}`) });
  }
  return {
    workshop: { id: shop.id, doc: workshop },
    addressBook: { id: book.id, doc: addressBook },
    diagnostic: { id: diag.id, doc: diagnostic },
    seeds: seedList,
  };
}

function entry(
  documentId: string,
  kind: BundleDocument["kind"],
  doc: A.Doc<unknown>,
): BundleDocument {
  return { documentId, kind, schemaVersion: readStamp(doc)?.version ?? 1, bytes: A.save(doc) };
}

/** What `encodeBundle` takes for the whole atelier. */
export function atelierContents(atelier: AtelierFixture): BundleContents {
  return {
    scope: "atelier",
    root: atelier.workshop.id,
    app: "0.1.0",
    exportedAt: NOW,
    documents: [
      entry(atelier.workshop.id, "workshop", atelier.workshop.doc),
      entry(atelier.addressBook.id, "address-book", atelier.addressBook.doc),
      entry(atelier.diagnostic.id, "diagnostic", atelier.diagnostic.doc),
      ...atelier.seeds.map((seed) => entry(seed.id, "seed", seed.doc)),
    ],
  };
}
