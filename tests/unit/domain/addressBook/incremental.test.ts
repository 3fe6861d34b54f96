import { describe, expect, it } from "vitest";
import * as A from "@automerge/automerge";
import {
  addContact,
  archiveContact,
  linkToStructure,
  mergeContacts,
  selectContact,
  selectContacts,
  setContactText,
  type AddressBookDoc,
  type AddressBookView,
} from "../../../../src/domain";
import { indexDelta, contactIndex } from "../../../../src/domain/address-book/view";
import { apply, T0 } from "../../../fixtures/builders";
import { BY, cid, makeContactBook, viewOf } from "../../../helpers/addressBook";

/** The same book read from plain copies: every record is new, so the index is built in full. */
const fromScratch = (view: AddressBookView) => JSON.parse(JSON.stringify(view)) as AddressBookView;

function expectSameAsFull(view: AddressBookView) {
  const full = fromScratch(view);
  expect(selectContacts(view)).toEqual(selectContacts(full));
  expect(selectContacts(view, { includeArchived: true })).toEqual(
    selectContacts(full, { includeArchived: true }),
  );
}

const names = ["Zoé", "Élodie", "arnaud", "Bruno", "Céline", "Denis", "Marc", "Agnès"];

describe("per-edit patching of the index and the sorted list", () => {
  it("gives what a full pass gives, after each kind of edit", () => {
    let doc: A.Doc<AddressBookDoc> = makeContactBook([
      ["S1struct", { name: "Terre Vivante", kind: "structure" }],
      ...Array.from(
        { length: 40 },
        (_, i) => [`P${i}person`, { name: `${names[i % names.length]} ${i}` }] as const,
      ),
    ]);
    doc = apply(doc, (d) =>
      linkToStructure(d, { personId: cid("P1person"), structureId: cid("S1struct"), role: "" }),
    );
    doc = apply(doc, (d) =>
      mergeContacts(d, { sourceId: cid("P2person"), targetId: cid("P3person"), by: BY, now: T0 }),
    );
    expectSameAsFull(viewOf(doc));
    const edits: ((d: AddressBookDoc) => void)[] = [
      // A keystroke: patched, and moved in the sorted list.
      (d) => setContactText(d, { id: cid("P5person"), field: "name", value: "Aaron 5" }),
      (d) => setContactText(d, { id: cid("P5person"), field: "notes", value: "vu au marché" }),
      (d) => setContactText(d, { id: cid("P7person"), field: "name", value: "zz dernier" }),
      // A linked structure renamed: its members' rows change too (full pass).
      (d) => setContactText(d, { id: cid("S1struct"), field: "name", value: "Terre Morte" }),
      // Merged records: full pass.
      (d) => setContactText(d, { id: cid("P2person"), field: "commune", value: "Crest" }),
      (d) => archiveContact(d, { id: cid("P9person"), by: BY, now: T0 }),
      (d) => addContact(d, { id: cid("N1new"), draft: { name: "Nouveau" }, by: BY, now: T0 }),
      (d) => setContactText(d, { id: cid("N1new"), field: "name", value: "Ancien" }),
    ];
    // Read every snapshot in turn (as the app does), then compare with full passes: reading the
    // copies in between would make every next read a full pass too.
    const views: AddressBookView[] = [];
    let patched = 0;
    for (const edit of edits) {
      doc = apply(doc, edit);
      const view = viewOf(doc);
      selectContacts(view);
      selectContacts(view, { includeArchived: true });
      if (indexDelta(contactIndex(view)) !== undefined) patched++;
      expect(selectContact(view, "P2person")?.id).toBe("P3person");
      views.push(view);
    }
    expect(patched).toBeGreaterThanOrEqual(4);
    for (const view of views) expectSameAsFull(view);
  });

  it("moves only the edited contact: one keystroke reuses every other view", () => {
    let doc = makeContactBook(
      Array.from({ length: 50 }, (_, i) => [`Q${i}person`, { name: `Personne ${i}` }] as const),
    );
    const before = selectContacts(viewOf(doc));
    doc = apply(doc, (d) =>
      setContactText(d, { id: cid("Q3person"), field: "role", value: "Maraîcher" }),
    );
    const after = selectContacts(viewOf(doc));
    expect(after.filter((c, i) => c !== before[i]).map((c) => c.id)).toEqual(["Q3person"]);
  });
});
