/**
 * The frozen v1 address book (written by the shipped v1 stub) and the named migration
 * `address-book/2-contacts-in-buckets`, alone and run concurrently by two peers.
 */
import { createHash } from "node:crypto";
import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  ADDRESS_BOOK_MIGRATIONS,
  ADDRESS_BOOK_SCHEMA_VERSION,
  addContact,
  addContactValue,
  applyMigrations,
  assessDocument,
  contactsInBuckets,
  normalizeAddressBook,
  selectContact,
  selectContacts,
  setContactText,
  type AddressBookDoc,
  type Migration,
} from "../../../../src/domain";
import { actorId, apply, makeProfileId, T0 } from "../../../fixtures/builders";
import { toJson } from "../../../helpers/domain";
import { checkMigrationContract } from "../../../helpers/domainMigrationContract";
import {
  addressBookV1Bytes,
  BY,
  cid,
  loadAddressBookV1,
  viewOf,
} from "../../../helpers/addressBook";

/** The fixture is frozen: if these bytes change, someone regenerated it — don't. */
const FIXTURE_SHA256 = "8b7721f6d90c3deb4757a049684c7d289e05594b31da6df5222e6ddd2894349e";
const V1_NAMES = ["Les Jardins de Crest", "Mairie de Die", "Malik Benali", "Marie-Hélène Dupont"];

const migrate = (doc: A.Doc<AddressBookDoc>) =>
  applyMigrations(doc, ADDRESS_BOOK_MIGRATIONS, ADDRESS_BOOK_SCHEMA_VERSION);

describe("frozen v1 address book", () => {
  it("is the committed bytes, a v1 stub edited by two devices", () => {
    expect(createHash("sha256").update(addressBookV1Bytes()).digest("hex")).toBe(FIXTURE_SHA256);
    const doc = loadAddressBookV1();
    expect(doc.schema).toEqual({ kind: "address-book", version: 1 });
    expect(new Set(A.getHistory(doc).map((c) => c.change.actor)).size).toBe(2);
  });

  it("needs exactly the v2 migration, and reads without problems even before it", () => {
    const doc = loadAddressBookV1();
    expect(
      assessDocument(doc, "address-book", ADDRESS_BOOK_SCHEMA_VERSION, ADDRESS_BOOK_MIGRATIONS),
    ).toEqual({ status: "needs-migration", pending: [contactsInBuckets] });
    const { value, problems } = normalizeAddressBook(doc);
    expect(problems).toEqual([]);
    expect(selectContacts(value).map((c) => c.name)).toEqual(V1_NAMES);
  });
});

describe("address-book/2-contacts-in-buckets", () => {
  it("moves every stub into its bucket as a full contact and empties the v1 map", () => {
    const doc = migrate(loadAddressBookV1());
    expect(A.getHistory(doc).at(-1)?.change.message).toBe(
      "migrate: address-book/2-contacts-in-buckets",
    );
    expect(doc.schema.version).toBe(2);
    expect(doc.contacts).toEqual({});
    expect(Object.keys(doc.buckets)).toHaveLength(64);
    expect(doc.buckets["x"]?.["x9MalikBenali003"]).toMatchObject({
      name: "Malik Benali",
      kind: "person",
      createdBy: makeProfileId("malik"),
      consent: { shareWithParticipants: null, publicRestitution: null },
    });
    const view = viewOf(doc);
    expect(selectContacts(view).map((c) => c.name)).toEqual(V1_NAMES);
    expect(
      assessDocument(doc, "address-book", ADDRESS_BOOK_SCHEMA_VERSION, ADDRESS_BOOK_MIGRATIONS),
    ).toEqual({ status: "current" });
  });

  it("meets the migration contract (concurrent run = single run, idempotent)", () => {
    checkMigrationContract(contactsInBuckets, loadAddressBookV1());
  });

  it("after a concurrent migration, contacts added on both sides are all kept and editable", () => {
    const a0 = migrate(loadAddressBookV1(actorId(0xa1)));
    const b0 = migrate(loadAddressBookV1(actorId(0xb2)));
    const add = (id: string, name: string) => (d: AddressBookDoc) =>
      addContact(d, { id: cid(id), draft: { name }, by: BY, now: T0 });
    const a = apply(a0, (d) => {
      add("kAnaTabletteA01", "Ana (tablette A)")(d);
      setContactText(d, { id: cid("x9MalikBenali003"), field: "role", value: "Maraîcher" });
    });
    const b = apply(b0, add("kBobTabletteB01", "Bob (tablette B)"));
    const ab = A.merge(A.clone(a), b);
    const ba = A.merge(A.clone(b), a);
    // Each side created its own `buckets` map: one of them is hidden by Automerge…
    const hiddenSide = ab.buckets["k"]?.["kAnaTabletteA01"] === undefined ? "A" : "B";
    expect(
      hiddenSide === "A"
        ? ab.buckets["k"]?.["kBobTabletteB01"]
        : ab.buckets["k"]?.["kAnaTabletteA01"],
    ).toBeDefined();
    // …but the reader sees both copies, identically on both peers.
    const names = (doc: unknown) => selectContacts(viewOf(doc)).map((c) => c.name);
    expect(names(ab)).toEqual(["Ana (tablette A)", "Bob (tablette B)", ...V1_NAMES]);
    expect(names(ba)).toEqual(names(ab));
    // A command on a contact only in the hidden copy adopts it into the visible one.
    const hiddenId = hiddenSide === "A" ? "kAnaTabletteA01" : "kBobTabletteB01";
    const edited = apply(ab, (d) =>
      addContactValue(d, { id: cid(hiddenId), set: "skills", value: "Compost" }),
    );
    expect(edited.buckets["k"]?.[hiddenId]).toBeDefined();
    expect(selectContact(viewOf(edited), hiddenId)?.skills.map((s) => s.key)).toEqual(["compost"]);
    expect(names(edited)).toEqual(names(ab));
  });

  it("reads a v1 stub added offline by an old app after another peer migrated", () => {
    const old = apply(loadAddressBookV1(actorId(0xc3)), (d) => {
      (d.contacts as Record<string, unknown>)["zLateStub000001"] = {
        id: "zLateStub000001",
        name: "Zoé (app v1)",
        createdBy: "profile-old",
        createdAt: T0,
      };
    });
    const merged = A.merge(migrate(loadAddressBookV1(actorId(0xa1))), old);
    expect(selectContact(viewOf(merged), "zLateStub000001")?.name).toBe("Zoé (app v1)");
    const edited = apply(merged, (d) =>
      setContactText(d, { id: cid("zLateStub000001"), field: "commune", value: "Die" }),
    );
    expect(selectContact(viewOf(edited), "zLateStub000001")?.commune).toBe("Die");
  });

  it("a naive migration (fresh random keys for contacts) fails the contract", () => {
    const naive: Migration<AddressBookDoc> = {
      ...contactsInBuckets,
      up(doc) {
        contactsInBuckets.up(doc);
        for (const bucket of Object.values(doc.buckets)) {
          for (const [id, c] of Object.entries(bucket)) {
            const copy = toJson(c) as typeof c;
            const fresh = `${id.slice(0, 1)}${Math.random().toString(36).slice(2, 10)}`;
            bucket[fresh] = { ...copy, id: cid(fresh) };
            delete bucket[id];
          }
        }
      },
    };
    expect(() => checkMigrationContract(naive, loadAddressBookV1())).toThrow();
  });
});
