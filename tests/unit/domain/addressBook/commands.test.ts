import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  addContact,
  archiveContact,
  contactBucket,
  importContacts,
  recordConsent,
  restoreContact,
  selectArchived,
  selectContact,
  selectContacts,
  setContactKind,
  setContactText,
  type AddressBookDoc,
  type ContactDraft,
  type ContactTextField,
} from "../../../../src/domain";
import { apply, makeAddressBook, T0 } from "../../../fixtures/builders";
import { expectDomainError } from "../../../helpers/domain";
import { BY, cid, makeContactBook, viewOf } from "../../../helpers/addressBook";

const run = (doc: A.Doc<AddressBookDoc>, fn: (d: AddressBookDoc) => void) => apply(doc, fn);

describe("addContact", () => {
  it("stores a full contact in the bucket of its id, from a name alone", () => {
    const doc = makeContactBook([["ana1", { name: "  Ana Lopez " }]]);
    const stored = doc.buckets[contactBucket("ana1")]?.["ana1"];
    expect(contactBucket("ana1")).toBe("a");
    expect(stored).toMatchObject({
      id: "ana1",
      kind: "person",
      name: "Ana Lopez",
      structureType: "",
      emails: {},
      source: "atelier",
      consent: { shareWithParticipants: null, publicRestitution: null },
      archived: null,
      mergedInto: null,
      createdBy: BY,
      createdAt: T0,
    });
    expect(selectContacts(viewOf(doc)).map((c) => [c.id, c.consentRecorded])).toEqual([
      ["ana1", false],
    ]);
  });

  it("keys sets by normalised value: two spellings of one email make one entry", () => {
    const draft: ContactDraft = {
      name: "Marie-Hélène Dupont",
      emails: [
        { value: " MH.Dupont@Exemple.FR ", label: "travail" },
        { value: "mh.dupont@exemple.fr" },
      ],
      phones: [{ value: "+33 6 12 34 56 78" }, { value: "06.12.34.56.78", label: "mobile" }],
      skills: ["Éco-construction", "eco construction", "Maraîchage"],
      themes: ["Alimentation"],
      offers: ["Salle de réunion"],
      needs: ["Un local pour nos réunions"],
      role: "Présidente",
      commune: "Crest",
      notes: "Rencontrée au marché",
      source: "import",
    };
    const doc = makeContactBook([["mh", draft]]);
    const c = doc.buckets["m"]?.["mh"];
    expect(c?.emails).toEqual({
      "mh.dupont@exemple.fr": { value: "MH.Dupont@Exemple.FR", label: "travail" },
    });
    expect(Object.keys(c?.phones ?? {})).toEqual(["0612345678"]);
    expect(c?.skills).toEqual({
      "eco construction": { label: "Éco-construction" },
      maraichage: { label: "Maraîchage" },
    });
    expect(c?.source).toBe("import");
  });

  it("resolves organisations to existing structures by folded name, or creates one once", () => {
    let doc = makeContactBook([["jardins", { name: "Les Jardins de Crest", kind: "structure" }]]);
    doc = run(doc, (d) =>
      importContacts(d, {
        drafts: [
          {
            id: cid("p1"),
            draft: { name: "Paul", role: "Trésorier", organisations: ["les jardins de CREST"] },
          },
          { id: cid("p2"), draft: { name: "Pia", organisations: ["Mairie de Die"] } },
          { id: cid("p3"), draft: { name: "Pierre", organisations: ["Mairie  de Die"] } },
        ],
        by: BY,
        now: T0,
      }),
    );
    expect(A.getHistory(doc).length).toBe(3); // init, structure, ONE change for the import
    const view = viewOf(doc);
    expect(selectContact(view, "p1")?.memberOf).toEqual([
      { structureId: "jardins", name: "Les Jardins de Crest", role: "Trésorier" },
    ]);
    const mairies = selectContacts(view).filter((c) => c.name === "Mairie de Die");
    expect(mairies).toHaveLength(1);
    expect(mairies[0]).toMatchObject({ kind: "structure", id: "p2-o0" });
    expect(selectContact(view, "p3")?.memberOf.map((m) => m.structureId)).toEqual(["p2-o0"]);
  });

  it("leaves an existing id as it is", () => {
    let doc = makeContactBook([["a1", { name: "Ana" }]]);
    doc = run(doc, (d) =>
      addContact(d, { id: cid("a1"), draft: { name: "Autre" }, by: BY, now: T0 }),
    );
    expect(selectContact(viewOf(doc), "a1")?.name).toBe("Ana");
  });

  it("rejects bad input and writes nothing", () => {
    const doc = makeContactBook();
    const add =
      (draft: unknown, id = "x1") =>
      () =>
        run(doc, (d) =>
          addContact(d, { id: cid(id), draft: draft as ContactDraft, by: BY, now: T0 }),
        );
    expectDomainError(add({ name: "  " }), "required");
    expectDomainError(add({ name: 3 }), "invalid-text");
    expectDomainError(add({ name: "x".repeat(201) }), "too-long");
    expectDomainError(add({ name: "A" }, "bad id"), "invalid-id");
    expectDomainError(add(null), "invalid-field");
    expectDomainError(add({ name: "A", kind: "robot" }), "invalid-kind");
    expectDomainError(add({ name: "A", kind: "structure", structureType: "ong" }), "invalid-kind");
    expectDomainError(add({ name: "A", source: "web" }), "invalid-field");
    expectDomainError(add({ name: "A", emails: [{ value: "pas un email" }] }), "invalid-email");
    expectDomainError(add({ name: "A", phones: [{ value: "+33" }] }), "invalid-phone");
    expectDomainError(add({ name: "A", skills: ["  "] }), "required");
    expectDomainError(add({ name: "A", skills: "jardin" }), "invalid-field");
    expectDomainError(add({ name: "A", organisations: [""] }), "required");
    expectDomainError(
      () =>
        run(doc, (d) => addContact(d, { id: cid("x1"), draft: { name: "A" }, by: BY, now: -1 })),
      "invalid-timestamp",
    );
    const bad = () =>
      run(doc, (d) =>
        importContacts(d, {
          drafts: [
            { id: cid("ok1"), draft: { name: "Valide" } },
            { id: cid("ko1"), draft: { name: "" } },
          ],
          by: BY,
          now: T0,
        }),
      );
    expectDomainError(bad, "required");
    expect(selectContacts(viewOf(doc))).toEqual([]);
  });

  it("needs an initialised (v2) book", () => {
    expectDomainError(
      () =>
        apply(A.init<AddressBookDoc>(), (d) =>
          addContact(d, { id: cid("a"), draft: { name: "A" }, by: BY, now: T0 }),
        ),
      "not-initialised",
    );
  });
});

describe("setContactText and setContactKind", () => {
  it("edits text fields by characters, so concurrent edits both survive", () => {
    const base = makeContactBook([["n1", { name: "Jean Martin", notes: "Maraîcher" }]]);
    const a = run(A.clone(base, { actor: "aa".repeat(16) }), (d) =>
      setContactText(d, { id: cid("n1"), field: "name", value: "Jean-Luc Martin" }),
    );
    const b = run(A.clone(base, { actor: "bb".repeat(16) }), (d) =>
      setContactText(d, { id: cid("n1"), field: "name", value: "Jean Martin (Crest)" }),
    );
    const merged = A.merge(a, b);
    expect(selectContact(viewOf(merged), "n1")?.name).toBe("Jean-Luc Martin (Crest)");
  });

  it.each(["role", "address", "commune", "website", "notes"] as const)("sets %s", (field) => {
    const doc = run(makeContactBook([["n1", { name: "Jean" }]]), (d) =>
      setContactText(d, { id: cid("n1"), field, value: "valeur" }),
    );
    expect(selectContact(viewOf(doc), "n1")?.[field]).toBe("valeur");
  });

  it("switches kind; a person has no structure type", () => {
    let doc = makeContactBook([["s1", { name: "Terre Vivante" }]]);
    doc = run(doc, (d) =>
      setContactKind(d, { id: cid("s1"), kind: "structure", structureType: "association" }),
    );
    expect(selectContact(viewOf(doc), "s1")).toMatchObject({
      kind: "structure",
      structureType: "association",
    });
    doc = run(doc, (d) => setContactKind(d, { id: cid("s1"), kind: "person" }));
    expect(selectContact(viewOf(doc), "s1")).toMatchObject({ kind: "person", structureType: "" });
  });

  it("rejects bad input", () => {
    const doc = makeContactBook([["n1", { name: "Jean" }]]);
    const text =
      (field: string, value: unknown, id = "n1") =>
      () =>
        run(doc, (d) =>
          setContactText(d, {
            id: cid(id),
            field: field as ContactTextField,
            value: value as string,
          }),
        );
    expectDomainError(text("name", ""), "required");
    expectDomainError(text("emails", "x"), "invalid-field");
    expectDomainError(text("notes", 4), "invalid-text");
    expectDomainError(text("notes", "x".repeat(10_001)), "too-long");
    expectDomainError(text("notes", "x", "nobody"), "not-found");
    expectDomainError(
      () => run(doc, (d) => setContactKind(d, { id: cid("n1"), kind: "robot" as "person" })),
      "invalid-kind",
    );
  });
});

describe("consent", () => {
  it("is recorded by whom and when; recorded only once both answers are", () => {
    let doc = makeContactBook([["c1", { name: "Chloé" }]]);
    doc = run(doc, (d) =>
      recordConsent(d, {
        id: cid("c1"),
        shareWithParticipants: true,
        publicRestitution: null,
        by: BY,
        now: T0 + 5,
      }),
    );
    let c = selectContact(viewOf(doc), "c1");
    expect(c?.consent).toEqual({
      shareWithParticipants: true,
      publicRestitution: null,
      recordedBy: BY,
      recordedAt: T0 + 5,
    });
    expect(c?.consentRecorded).toBe(false);
    doc = run(doc, (d) =>
      recordConsent(d, {
        id: cid("c1"),
        shareWithParticipants: true,
        publicRestitution: false,
        by: BY,
        now: T0 + 6,
      }),
    );
    c = selectContact(viewOf(doc), "c1");
    expect(c?.consentRecorded).toBe(true);
  });

  it("rejects bad input", () => {
    const doc = makeContactBook([["c1", { name: "Chloé" }]]);
    const record =
      (answer: unknown, by = BY as string) =>
      () =>
        run(doc, (d) =>
          recordConsent(d, {
            id: cid("c1"),
            shareWithParticipants: answer as boolean,
            publicRestitution: true,
            by: by as typeof BY,
            now: T0,
          }),
        );
    expectDomainError(record("oui"), "invalid-field");
    expectDomainError(record(true, ""), "invalid-id");
  });
});

describe("archive and restore", () => {
  it("moves to the bin with who/when, and back", () => {
    let doc = makeContactBook([
      ["a1", { name: "Ana" }],
      ["b1", { name: "Bob" }],
    ]);
    doc = run(doc, (d) => archiveContact(d, { id: cid("a1"), by: BY, now: T0 + 1 }));
    doc = run(doc, (d) => archiveContact(d, { id: cid("a1"), by: BY, now: T0 + 2 })); // no-op
    const view = viewOf(doc);
    expect(selectContacts(view).map((c) => c.id)).toEqual(["b1"]);
    expect(selectContacts(view, { includeArchived: true }).map((c) => c.id)).toEqual(["a1", "b1"]);
    expect(selectArchived(view).map((c) => [c.id, c.archived])).toEqual([
      ["a1", { by: BY, at: T0 + 1 }],
    ]);
    doc = run(doc, (d) => restoreContact(d, { id: cid("a1") }));
    expect(selectArchived(viewOf(doc))).toEqual([]);
    expectDomainError(() => run(doc, (d) => restoreContact(d, { id: cid("zz") })), "not-found");
    expectDomainError(
      () => run(doc, (d) => archiveContact(d, { id: cid("a1"), by: BY, now: NaN })),
      "invalid-timestamp",
    );
  });
});

describe("initAddressBook", () => {
  it("creates every bucket in the init change", () => {
    const doc = makeAddressBook();
    expect(Object.keys(doc.buckets)).toHaveLength(64);
  });
});
