import { describe, expect, it } from "vitest";
import { selectContacts, type ContactId } from "../../../../src/domain";
import {
  CACHED_LIST_VERSION,
  readCachedList,
  toCachedList,
} from "../../../../src/features/address-book/cachedList";
import { makeContactBook, viewOf } from "../../../helpers/addressBook";

describe("the carnet's cached list", () => {
  it("reads back what the list shows, in list order", () => {
    const contacts = selectContacts(
      viewOf(
        makeContactBook([
          ["Hhelene", { name: "Hélène Rivière", commune: "Crest", skills: ["Compost"] }],
          ["Aasso", { name: "Terre Vivante", kind: "structure" }],
        ]),
      ),
    );
    const back = readCachedList(structuredClone(toCachedList(contacts)));
    expect(back?.map((c) => [c.id, c.name, c.kind, c.commune, c.searchText])).toEqual(
      contacts.map((c) => [c.id, c.name, c.kind, c.commune, c.searchText]),
    );
    expect(back?.[0]?.skills).toEqual(contacts[0]?.skills);
  });

  it("drops what does not look like a contact and ignores other versions", () => {
    const good = { id: "Aok", name: "Ana", kind: "person", consent: {} };
    const back = readCachedList({
      version: CACHED_LIST_VERSION,
      contacts: [
        good,
        { id: "__proto__", name: "x", kind: "person" },
        { id: "Bbad", name: 42, kind: "person" },
        { id: "Cbad", name: "Kind", kind: "robot" },
        "junk",
        null,
        { ...good, name: "Ana again" },
        {
          id: "Dok",
          name: "Dan",
          kind: "structure",
          skills: [{ key: 1 }, { key: "k", label: "K" }],
        },
      ],
    });
    expect(back?.map((c) => c.id)).toEqual(["Aok" as ContactId, "Dok" as ContactId]);
    expect(back?.[1]?.skills).toEqual([{ key: "k", label: "K" }]);
    expect(back?.[0]?.consentRecorded).toBe(false);
    expect(readCachedList({ version: 999, contacts: [good] })).toBeUndefined();
    expect(readCachedList("junk")).toBeUndefined();
  });
});
