/**
 * Bench page for `address-book`: opens a 5,000-contact book from IndexedDB as the carnet does
 * (cached list first, then the live document), types searches and edits, and reports timings.
 * The list is the carnet's own virtualised `ContactList`, rendered with React.
 */
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { MemoryRouter } from "react-router";
import * as A from "@automerge/automerge";
import { Repo } from "@automerge/automerge-repo";
import type { DocHandle, DocumentId } from "@automerge/automerge-repo";
import { IndexedDBStorageAdapter } from "@automerge/automerge-repo-storage-indexeddb";
import {
  foldForSearch,
  normalizeAddressBook,
  searchContacts,
  selectContacts,
  setContactText,
} from "../../../src/domain";
import type { AddressBookDoc, Contact, ContactId, ContactView } from "../../../src/domain";
import { ContactList } from "../../../src/features/address-book/ContactList";
import { readCachedList, CACHED_LIST_VERSION } from "../../../src/features/address-book/cachedList";
import { DexieStorageAdapter } from "../../../src/storage/DexieStorageAdapter";
import { RecolteDb } from "../../../src/storage/LocalDb";
import { loadCachedView } from "../../../src/storage/viewCache";
import { createRepo } from "../../../src/sync/createRepo";
import { DB, seedOurs, seedReference } from "./seed";

/** Timings of one open, search and edit run (ms). */
export interface BookRun {
  firstPaintMs: number | null;
  liveReadyMs: number;
  contacts: number;
  searchMs: number[];
  editMs: number[];
  /** Re-reading the book after an edit and refreshing the list (deferred in the app). */
  refreshMs: number[];
}

const root = createRoot(document.getElementById("root") as HTMLElement);
const NO_NAMES = new Map<ContactId, string>();

/** Renders the list synchronously: the commit is done when this returns. */
function paint(contacts: readonly ContactView[]): void {
  flushSync(() =>
    root.render(
      <MemoryRouter>
        <ContactList contacts={contacts} names={NO_NAMES} base="/carnet" />
      </MemoryRouter>,
    ),
  );
}

const QUERIES = ["helene", "marie dup", "compost", "valence 12"];

function typeSearches(contacts: readonly ContactView[]): number[] {
  const out: number[] = [];
  for (const query of QUERIES) {
    for (let i = 1; i <= query.length; i++) {
      const t0 = performance.now();
      paint(searchContacts(contacts, query.slice(0, i)));
      out.push(performance.now() - t0);
    }
  }
  paint(contacts);
  return out;
}

/** A field bound to the live record, as on the contact page: its commit ends the keystroke. */
function Field({ value }: { value: string }) {
  return <input aria-label="Nom" value={value} readOnly />;
}

async function runOurs(documentId: string, edits: number): Promise<BookRun> {
  const t0 = performance.now();
  const db = new RecolteDb(DB);
  const storage = new DexieStorageAdapter(db);
  const { repo } = createRepo({ storage, relayUrl: null, tabSync: false });
  const live = repo.find<AddressBookDoc>(documentId as DocumentId);
  const record = await loadCachedView(db, documentId);
  const cached = readCachedList(record?.view);
  let firstPaintMs: number | null = null;
  if (cached) {
    paint(cached);
    firstPaintMs = performance.now() - t0;
  }
  const handle = await live;
  const view = normalizeAddressBook(handle.doc()).value;
  const contacts = selectContacts(view);
  paint(contacts);
  const liveReadyMs = performance.now() - t0;
  const searchMs = typeSearches(contacts);
  const { editMs, refreshMs } = editBook(handle, contacts, edits);
  await repo.shutdown();
  return { firstPaintMs, liveReadyMs, contacts: contacts.length, searchMs, editMs, refreshMs };
}

function editBook(handle: DocHandle<AddressBookDoc>, contacts: readonly ContactView[], n: number) {
  const target = contacts[Math.floor(contacts.length / 2)] as ContactView;
  const fieldRoot = createRoot(document.body.appendChild(document.createElement("div")));
  const editMs: number[] = [];
  const refreshMs: number[] = [];
  let name = target.name;
  for (let i = 0; i < n; i++) {
    name += "abcdefghij"[i % 10] ?? "";
    const t0 = performance.now();
    handle.change((d) => setContactText(d, { id: target.id, field: "name", value: name }));
    flushSync(() => fieldRoot.render(<Field value={name} />));
    editMs.push(performance.now() - t0);
    const t1 = performance.now();
    paint(selectContacts(normalizeAddressBook(handle.doc()).value));
    refreshMs.push(performance.now() - t1);
  }
  fieldRoot.unmount();
  return { editMs, refreshMs };
}

/** A reference document as a list row (the cached-list reader fills the rest). */
function rowOf(id: string, c: Contact) {
  const labels = (set: Record<string, { label: string }>) =>
    Object.entries(set).map(([key, v]) => ({ key, label: v.label }));
  const text = [c.name, c.role, c.commune, ...Object.values(c.emails).map((e) => e.value)];
  return {
    ...c,
    id: c.id ?? id,
    skills: labels(c.skills),
    themes: labels(c.themes),
    memberOf: [],
    searchText: foldForSearch(text.join("\n")),
  };
}

async function runReference(ids: string[], edits: number): Promise<BookRun> {
  const t0 = performance.now();
  const repo = new Repo({ storage: new IndexedDBStorageAdapter() });
  const handles = await Promise.all(ids.map((id) => repo.find<Contact>(id as DocumentId)));
  const rows = handles.map((h) => rowOf(h.documentId, h.doc()));
  const list = readCachedList({ version: CACHED_LIST_VERSION, contacts: rows }) ?? [];
  const keyed = list
    .map((c) => [foldForSearch(c.name), c] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const contacts = keyed.map(([, c]) => c);
  paint(contacts);
  const liveReadyMs = performance.now() - t0;
  const searchMs = typeSearches(contacts);
  const handle = handles[Math.floor(handles.length / 2)] as DocHandle<Contact>;
  const fieldRoot = createRoot(document.body.appendChild(document.createElement("div")));
  const editMs: number[] = [];
  let name = handle.doc().name;
  for (let i = 0; i < edits; i++) {
    name += "abcdefghij"[i % 10] ?? "";
    const t1 = performance.now();
    handle.change((d) => A.updateText(d, ["name"], name));
    flushSync(() => fieldRoot.render(<Field value={name} />));
    editMs.push(performance.now() - t1);
  }
  fieldRoot.unmount();
  await repo.shutdown();
  return {
    firstPaintMs: null,
    liveReadyMs,
    contacts: contacts.length,
    searchMs,
    editMs,
    refreshMs: [],
  };
}

(window as unknown as { __bench: unknown }).__bench = {
  seedOurs,
  seedReference,
  runOurs,
  runReference,
};
document.title = "ready";
