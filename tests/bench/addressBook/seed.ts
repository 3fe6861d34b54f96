/** The bench's 5,000 contacts: ten fields each, written once per browser context. */
import * as A from "@automerge/automerge";
import { Repo } from "@automerge/automerge-repo";
import type { DocHandle } from "@automerge/automerge-repo";
import { IndexedDBStorageAdapter } from "@automerge/automerge-repo-storage-indexeddb";
import {
  importContacts,
  initAddressBook,
  newId,
  normalizeAddressBook,
  selectContacts,
  contactIndex,
} from "../../../src/domain";
import type { AddressBookDoc, ContactDraft, ContactId, ProfileId } from "../../../src/domain";
import { DexieStorageAdapter } from "../../../src/storage/DexieStorageAdapter";
import { RecolteDb } from "../../../src/storage/LocalDb";
import { saveCachedView } from "../../../src/storage/viewCache";
import { createRepo } from "../../../src/sync/createRepo";
import { toCachedList } from "../../../src/features/address-book/cachedList";

export const BY = "benchProfile01" as ProfileId;
export const DB = "recolte-bench-book";
const FIRST = ["Hélène", "Marie", "Jean", "Émile", "Zoé", "Karim", "Lucie", "Paul", "Inès", "Noé"];
const LAST = ["Rivière", "Dupont", "Martin", "Lefèvre", "Bernard", "Garcia", "Roux", "Faure"];
const SKILLS = ["Compost", "Maraîchage", "Menuiserie", "Vélo", "Couture", "Cuisine", "Graphisme"];

/** Contact `i`: ten fields (name, role, email, phone, address, commune, skills, themes, offers, needs). */
export function draft(i: number): ContactDraft {
  return {
    name: `${FIRST[i % FIRST.length] ?? ""} ${LAST[(i >> 3) % LAST.length] ?? ""} ${i}`,
    role: "Bénévole",
    emails: [{ value: `personne${i}@exemple.fr` }],
    phones: [{ value: `06${String(i).padStart(8, "0")}` }],
    address: `${i} rue des Jardins`,
    commune: ["Crest", "Die", "Valence", "Saillans"][i % 4] ?? "",
    skills: [SKILLS[i % SKILLS.length] ?? "", SKILLS[(i + 3) % SKILLS.length] ?? ""],
    themes: ["Alimentation"],
    offers: ["Outils"],
    needs: ["Local"],
  };
}

/** Ours: one address-book document (buckets) in the app's storage, and its cached list. */
export async function seedOurs(n: number): Promise<string> {
  const db = new RecolteDb(DB);
  const storage = new DexieStorageAdapter(db);
  const { repo } = createRepo({ storage, relayUrl: null, tabSync: false });
  const handle: DocHandle<AddressBookDoc> = repo.create<AddressBookDoc>();
  handle.change((d) => {
    initAddressBook(d, { by: BY, now: Date.now() });
    const drafts = Array.from({ length: n }, (_, i) => ({
      id: newId<ContactId>(),
      draft: draft(i),
    }));
    importContacts(d, { drafts, by: BY, now: Date.now() });
  });
  await repo.flush();
  await storage.flush();
  const view = normalizeAddressBook(handle.doc()).value;
  contactIndex(view);
  await saveCachedView(db, {
    documentId: handle.documentId,
    heads: [...handle.heads()],
    savedAt: Date.now(),
    view: toCachedList(selectContacts(view)),
  });
  await repo.shutdown();
  return handle.documentId;
}

/** Reference: the same contacts as separate documents, automerge-repo's IndexedDB adapter. */
export async function seedReference(n: number): Promise<string[]> {
  const repo = new Repo({ storage: new IndexedDBStorageAdapter() });
  // Written through a scratch book so each document holds exactly the app's contact shape.
  const scratch = A.change(A.init<AddressBookDoc>(), (d) => {
    initAddressBook(d, { by: BY, now: 0 });
    const drafts = Array.from({ length: n }, (_, i) => ({
      id: newId<ContactId>(),
      draft: draft(i),
    }));
    importContacts(d, { drafts, by: BY, now: 0 });
  });
  const contacts = Object.values(normalizeAddressBook(scratch).value.contacts);
  const ids = contacts.map((c) => repo.create(JSON.parse(JSON.stringify(c)) as object).documentId);
  await repo.flush();
  await repo.shutdown();
  return ids;
}
