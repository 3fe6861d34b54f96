import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  addContactValue,
  linkToStructure,
  markNotDuplicates,
  mergeContacts,
  removeContactValue,
  selectContact,
  selectContacts,
  selectStructures,
  setContactText,
  suggestDuplicates,
  unlinkFromStructure,
  unmarkNotDuplicates,
  unmergeContact,
  type AddressBookDoc,
  type ContactSet,
} from "../../../../src/domain";
import { apply, T0 } from "../../../fixtures/builders";
import { expectDomainError } from "../../../helpers/domain";
import { BY, cid, makeContactBook, viewOf } from "../../../helpers/addressBook";

const run = (doc: A.Doc<AddressBookDoc>, fn: (d: AddressBookDoc) => void) => apply(doc, fn);
const merge = (sourceId: string, targetId: string) => (d: AddressBookDoc) =>
  mergeContacts(d, { sourceId: cid(sourceId), targetId: cid(targetId), by: BY, now: T0 + 9 });

describe("contact sets", () => {
  it("adds values under their normalised key; a second add of the same key updates the label", () => {
    let doc = makeContactBook([["a1", { name: "Ana" }]]);
    doc = run(doc, (d) => addContactValue(d, { id: cid("a1"), set: "emails", value: "Ana@Ex.fr" }));
    doc = run(doc, (d) =>
      addContactValue(d, { id: cid("a1"), set: "emails", value: "ana@ex.fr ", label: "perso" }),
    );
    doc = run(doc, (d) =>
      addContactValue(d, { id: cid("a1"), set: "phones", value: "0033 4 75 00 00 00" }),
    );
    doc = run(doc, (d) => addContactValue(d, { id: cid("a1"), set: "needs", value: "Un local" }));
    doc = run(doc, (d) => addContactValue(d, { id: cid("a1"), set: "needs", value: "un LOCAL" }));
    const c = selectContact(viewOf(doc), "a1");
    expect(c?.emails).toEqual([{ key: "ana@ex.fr", value: "Ana@Ex.fr", label: "perso" }]);
    expect(c?.phones.map((p) => p.key)).toEqual(["0475000000"]);
    expect(c?.needs).toEqual([{ key: "un local", label: "Un local" }]);
    doc = run(doc, (d) => removeContactValue(d, { id: cid("a1"), set: "needs", key: "un local" }));
    doc = run(doc, (d) => removeContactValue(d, { id: cid("a1"), set: "needs", key: "absent" }));
    expect(selectContact(viewOf(doc), "a1")?.needs).toEqual([]);
  });

  it("concurrent adds of the same value merge into one entry", () => {
    const base = makeContactBook([["a1", { name: "Ana" }]]);
    const a = run(A.clone(base, { actor: "aa".repeat(16) }), (d) =>
      addContactValue(d, { id: cid("a1"), set: "skills", value: "Apiculture" }),
    );
    const b = run(A.clone(base, { actor: "bb".repeat(16) }), (d) => {
      addContactValue(d, { id: cid("a1"), set: "skills", value: "apiculture" });
      addContactValue(d, { id: cid("a1"), set: "skills", value: "Compost" });
    });
    const skills = selectContact(viewOf(A.merge(a, b)), "a1")?.skills.map((s) => s.key);
    expect(skills).toEqual(["apiculture", "compost"]);
  });

  it("rejects bad input", () => {
    const doc = makeContactBook([["a1", { name: "Ana" }]]);
    const add =
      (set: string, value: unknown, id = "a1") =>
      () =>
        run(doc, (d) =>
          addContactValue(d, { id: cid(id), set: set as ContactSet, value: value as string }),
        );
    expectDomainError(add("friends", "x"), "invalid-field");
    expectDomainError(add("emails", "@"), "invalid-email");
    expectDomainError(add("phones", "abc"), "invalid-phone");
    expectDomainError(add("skills", ""), "required");
    expectDomainError(add("skills", "x".repeat(201)), "too-long");
    expectDomainError(add("skills", "x", "zz"), "not-found");
    expectDomainError(
      () =>
        run(doc, (d) =>
          removeContactValue(d, { id: cid("a1"), set: "emails", key: 5 as unknown as string }),
        ),
      "invalid-text",
    );
  });
});

describe("structures", () => {
  const book = () =>
    makeContactBook([
      ["p1", { name: "Paul" }],
      ["s1", { name: "Terre Vivante", kind: "structure", structureType: "association" }],
      ["s2", { name: "Terre-Vivante (doublon)", kind: "structure" }],
    ]);

  it("links a person with a role, edits the role, unlinks", () => {
    let doc = run(book(), (d) =>
      linkToStructure(d, { personId: cid("p1"), structureId: cid("s1"), role: "Bénévole" }),
    );
    doc = run(doc, (d) =>
      linkToStructure(d, { personId: cid("p1"), structureId: cid("s1"), role: "Président" }),
    );
    const [s1] = selectStructures(viewOf(doc)).filter((s) => s.structure.id === "s1");
    expect(s1?.members.map((m) => [m.contact.id, m.role])).toEqual([["p1", "Président"]]);
    doc = run(doc, (d) => unlinkFromStructure(d, { personId: cid("p1"), structureId: cid("s1") }));
    expect(selectContact(viewOf(doc), "p1")?.memberOf).toEqual([]);
  });

  it("a link to a merged structure resolves to its target, and unlinks through it", () => {
    let doc = run(book(), (d) =>
      linkToStructure(d, { personId: cid("p1"), structureId: cid("s2"), role: "" }),
    );
    doc = run(doc, merge("s2", "s1"));
    const view = viewOf(doc);
    expect(selectContact(view, "p1")?.memberOf.map((m) => m.structureId)).toEqual(["s1"]);
    expect(selectStructures(view).map((s) => [s.structure.id, s.members.length])).toEqual([
      ["s1", 1],
    ]);
    doc = run(doc, (d) => unlinkFromStructure(d, { personId: cid("p1"), structureId: cid("s1") }));
    expect(selectContact(viewOf(doc), "p1")?.memberOf).toEqual([]);
  });

  it("rejects bad links", () => {
    const doc = book();
    const link = (p: string, s: string) => () =>
      run(doc, (d) => linkToStructure(d, { personId: cid(p), structureId: cid(s), role: "" }));
    expectDomainError(link("p1", "p1"), "same-contact");
    expectDomainError(link("s1", "p1"), "invalid-link");
    expectDomainError(link("p1", "zz"), "not-found");
    expectDomainError(link("zz", "s1"), "not-found");
  });
});

describe("merge", () => {
  const book = () =>
    makeContactBook([
      ["t1", { name: "Marie-Hélène Dupont", emails: [{ value: "mh@ex.fr" }], notes: "Tablette A" }],
      [
        "s1",
        {
          name: "dupont marie helene",
          phones: [{ value: "0612345678" }],
          notes: "Tablette B",
          skills: ["Compost"],
        },
      ],
      ["o1", { name: "Omar" }],
    ]);

  it("folds the source into the target at read time, keeping every value", () => {
    const doc = run(book(), merge("s1", "t1"));
    const view = viewOf(doc);
    expect(selectContacts(view).map((c) => c.id)).toEqual(["t1", "o1"]);
    const m = selectContact(view, "s1");
    expect(m).toMatchObject({
      id: "t1",
      name: "Marie-Hélène Dupont",
      notes: "Tablette A",
      mergedFrom: ["s1"],
      alternatives: { name: ["dupont marie helene"], notes: ["Tablette B"] },
    });
    expect(m?.emails.map((e) => e.key)).toEqual(["mh@ex.fr"]);
    expect(m?.phones.map((e) => e.key)).toEqual(["0612345678"]);
    expect(m?.skills.map((e) => e.key)).toEqual(["compost"]);
    expect(doc.buckets["s"]?.["s1"]?.mergedInto).toEqual({ target: "t1", by: BY, at: T0 + 9 });
  });

  it("keeps a concurrent offline edit to the source", () => {
    const base = book();
    const a = run(A.clone(base, { actor: "aa".repeat(16) }), merge("s1", "t1"));
    const b = run(A.clone(base, { actor: "bb".repeat(16) }), (d) => {
      addContactValue(d, { id: cid("s1"), set: "emails", value: "autre@ex.fr" });
      setContactText(d, { id: cid("s1"), field: "role", value: "Maraîchère" });
    });
    const m = selectContact(viewOf(A.merge(a, b)), "t1");
    expect(m?.emails.map((e) => e.key)).toEqual(["autre@ex.fr", "mh@ex.fr"]);
    expect(m?.role).toBe("Maraîchère");
  });

  it("is undone by unmergeContact", () => {
    let doc = run(book(), merge("s1", "t1"));
    doc = run(doc, (d) => unmergeContact(d, { sourceId: cid("s1") }));
    doc = run(doc, (d) => unmergeContact(d, { sourceId: cid("s1") })); // no-op
    const view = viewOf(doc);
    expect(
      selectContacts(view)
        .map((c) => c.id)
        .sort(),
    ).toEqual(["o1", "s1", "t1"]);
    expect(selectContact(view, "t1")?.mergedFrom).toEqual([]);
  });

  it("merging into a merged record joins its root; chains fold transitively", () => {
    let doc = run(book(), merge("s1", "t1"));
    doc = run(doc, merge("o1", "s1"));
    expect(doc.buckets["o"]?.["o1"]?.mergedInto?.target).toBe("t1");
    expect(selectContact(viewOf(doc), "o1")?.mergedFrom).toEqual(["o1", "s1"]);
  });

  it("concurrent opposite merges (a cycle) resolve the same way everywhere, losing nothing", () => {
    const base = book();
    const a = run(A.clone(base, { actor: "aa".repeat(16) }), merge("s1", "t1"));
    const b = run(A.clone(base, { actor: "bb".repeat(16) }), merge("t1", "s1"));
    const ab = viewOf(A.merge(A.clone(a), b));
    const ba = viewOf(A.merge(A.clone(b), a));
    expect(selectContacts(ab)).toEqual(selectContacts(ba));
    const root = selectContact(ab, "t1");
    expect(root?.id).toBe("s1"); // the smallest id of the cycle
    expect(root?.emails.length).toBe(1);
    expect(root?.phones.length).toBe(1);
  });

  it("removing a value from a merged view removes it from every record", () => {
    let doc = run(book(), merge("s1", "t1"));
    doc = run(doc, (d) =>
      removeContactValue(d, { id: cid("t1"), set: "phones", key: "0612345678" }),
    );
    expect(selectContact(viewOf(doc), "t1")?.phones).toEqual([]);
  });

  it("rejects bad merges", () => {
    const doc = run(book(), merge("s1", "t1"));
    const m = (s: string, t: string) => () => run(doc, merge(s, t));
    expectDomainError(m("t1", "t1"), "same-contact");
    expectDomainError(m("s1", "o1"), "already-merged");
    expectDomainError(m("t1", "s1"), "same-contact");
    expectDomainError(m("zz", "t1"), "not-found");
    expectDomainError(m("t1", "zz"), "not-found");
    expectDomainError(m("bad id", "t1"), "invalid-id");
    expect(() => run(doc, merge("s1", "t1"))).not.toThrow(); // same merge again: no-op
    expectDomainError(
      () => run(doc, (d) => unmergeContact(d, { sourceId: cid("zz") })),
      "not-found",
    );
  });
});

describe("markNotDuplicates", () => {
  const homonyms = () =>
    makeContactBook([
      ["h1", { name: "Jean Martin" }],
      ["h2", { name: "Jean Martin" }],
    ]);

  it("hides the suggestion on every device, and can be withdrawn", () => {
    const base = homonyms();
    expect(suggestDuplicates(viewOf(base)).map((s) => [s.a, s.b])).toEqual([["h1", "h2"]]);
    const a = run(A.clone(base, { actor: "aa".repeat(16) }), (d) =>
      markNotDuplicates(d, { a: cid("h2"), b: cid("h1"), by: BY, now: T0 }),
    );
    const b = A.merge(A.clone(base, { actor: "bb".repeat(16) }), a);
    expect(b.notDuplicates).toEqual({ "h1+h2": { by: BY, at: T0 } });
    expect(suggestDuplicates(viewOf(b))).toEqual([]);
    const c = run(b, (d) => unmarkNotDuplicates(d, { a: cid("h1"), b: cid("h2") }));
    expect(suggestDuplicates(viewOf(c))).toHaveLength(1);
  });

  it("rejects bad input", () => {
    const doc = homonyms();
    const mark = (a: string, b: string) => () =>
      run(doc, (d) => markNotDuplicates(d, { a: cid(a), b: cid(b), by: BY, now: T0 }));
    expectDomainError(mark("h1", "h1"), "same-contact");
    expectDomainError(mark("h1", "zz"), "not-found");
    expectDomainError(mark("h1", "a+b"), "invalid-id");
  });
});
