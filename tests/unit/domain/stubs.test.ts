import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  ADDRESS_BOOK_SCHEMA_VERSION,
  BUCKET_KEYS,
  DEFAULT_CATEGORIES,
  DIAGNOSTIC_SCHEMA_VERSION,
  initAddressBook,
  initDiagnostic,
  NOTE_BUCKET_COUNT,
  normalizeAddressBook,
  normalizeDiagnostic,
  selectCategories,
  selectContacts,
  type AddressBookDoc,
  type DiagnosticDoc,
  type ProfileId,
} from "../../../src/domain";
import { apply, makeAddressBook, makeDiagnostic, makeProfileId, T0 } from "../../fixtures/builders";
import { expectDomainError } from "../../helpers/domain";

describe("address book (init)", () => {
  it("is initialised with its stamp and empty buckets in one change", () => {
    const doc = makeAddressBook(makeProfileId("ana"));
    expect(A.getHistory(doc)).toHaveLength(1);
    expect(doc).toEqual({
      schema: { kind: "address-book", version: ADDRESS_BOOK_SCHEMA_VERSION },
      buckets: Object.fromEntries(BUCKET_KEYS.map((k) => [k, {}])),
      notDuplicates: {},
      createdBy: "profile-ana",
      createdAt: T0,
    });
    expect(selectContacts(normalizeAddressBook(doc).value)).toEqual([]);
  });

  it("rejects bad input and a second init", () => {
    expectDomainError(
      () =>
        apply(A.init<AddressBookDoc>(), (d) =>
          initAddressBook(d, { by: "" as ProfileId, now: T0 }),
        ),
      "invalid-id",
    );
    expectDomainError(
      () => apply(makeAddressBook(), (d) => initAddressBook(d, { by: makeProfileId(), now: T0 })),
      "already-initialised",
    );
  });
});

describe("diagnostic (init)", () => {
  it("is initialised at v2 with its stamp, default categories and empty collections in one change", () => {
    const doc = makeDiagnostic();
    expect(A.getHistory(doc)).toHaveLength(1);
    expect(doc).toMatchObject({
      schema: { kind: "diagnostic", version: DIAGNOSTIC_SCHEMA_VERSION },
      clusters: {},
      votes: {},
      voteSessions: {},
      facilitation: { revealed: {}, spoken: {}, speakerOrder: [] },
    });
    expect(Object.keys(doc.noteBuckets)).toHaveLength(NOTE_BUCKET_COUNT);
    expect(Reflect.get(doc, "notes")).toBeUndefined();
    const { value, problems } = normalizeDiagnostic(doc);
    expect(problems).toEqual([]);
    expect(selectCategories(value).map((c) => c.id)).toEqual(DEFAULT_CATEGORIES.map((c) => c.id));
  });

  it("rejects bad input and a second init", () => {
    expectDomainError(
      () =>
        apply(A.init<DiagnosticDoc>(), (d) => initDiagnostic(d, { by: makeProfileId(), now: -1 })),
      "invalid-timestamp",
    );
    expectDomainError(
      () => apply(makeDiagnostic(), (d) => initDiagnostic(d, { by: makeProfileId(), now: T0 })),
      "already-initialised",
    );
  });
});
