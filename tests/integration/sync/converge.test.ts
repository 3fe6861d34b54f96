import { afterEach, describe, expect, it } from "vitest";
import type { Repo } from "@automerge/automerge-repo";
import { createAtelier } from "../../../src/sync/createDocument";
import { openDocument } from "../../../src/sync/openDocument";
import { toAutomergeUrl } from "../../../src/sync/urls";
import {
  addAgendaItem,
  selectAgenda,
  setWorkshopText,
  type ProfileId,
  type WorkshopDoc,
} from "../../../src/domain";
import { connectedRepos } from "../../helpers/repos";
import { waitFor } from "../../helpers/waitFor";

const alice = "alice-profile" as ProfileId;
const bob = "bob-profile" as ProfileId;
let repos: Repo[] = [];

afterEach(async () => {
  await Promise.all(repos.map((repo) => repo.shutdown()));
  repos = [];
});

describe("two devices over an in-memory network", () => {
  it("converge after concurrent offline edits, keeping both sides' work", async () => {
    const { a, b, link } = connectedRepos();
    repos = [a, b];
    const created = createAtelier(a, { title: "Atelier mobilités", by: alice, now: 1 });
    const openedOnB = await openDocument<WorkshopDoc>(b, created.workshop.url, "workshop");
    if (openedOnB.status !== "ready") throw new Error(`not ready on B: ${openedOnB.status}`);
    const onB = openedOnB.handle;

    link.disconnect();
    created.workshop.change((d) => {
      setWorkshopText(d, { field: "title", value: "Atelier mobilités douces" });
      addAgendaItem(d, { id: "a1", title: "Accueil", start: "09:00", by: alice, now: 2 });
    });
    onB.change((d) => {
      setWorkshopText(d, { field: "title", value: "Grand atelier mobilités" });
      addAgendaItem(d, { id: "b1", title: "Tour de table", start: "09:30", by: bob, now: 3 });
    });
    link.connect();

    await waitFor(
      () =>
        selectAgenda(created.workshop.doc()).length === 2 && selectAgenda(onB.doc()).length === 2,
      {
        message: "both agenda items on both devices",
      },
    );
    const titleA = created.workshop.doc().title;
    expect(titleA).toBe(onB.doc().title);
    // Both concurrent title edits survive, merged by character.
    expect(titleA).toContain("douces");
    expect(titleA).toContain("Grand");
    const titlesOnA = selectAgenda(created.workshop.doc()).map((item) => item.title);
    expect(selectAgenda(onB.doc()).map((item) => item.title)).toEqual(titlesOnA);
    expect([...titlesOnA].sort()).toEqual(["Accueil", "Tour de table"]);
  });

  it("creating an atelier creates three stamped documents, linked from the workshop", async () => {
    const { a, b } = connectedRepos();
    repos = [a, b];
    const created = createAtelier(a, { title: "Atelier eau", by: alice, now: 10 });
    const workshop = created.workshop.doc();
    expect(workshop.schema).toEqual({ kind: "workshop", version: 1 });
    expect(workshop.links.addressBook).toBe(created.addressBook.url);
    expect(workshop.links.diagnostic).toBe(created.diagnostic.url);
    expect(created.addressBook.doc().schema.kind).toBe("address-book");
    expect(created.diagnostic.doc().schema.kind).toBe("diagnostic");
    // The other device reaches the linked documents through the workshop's links alone.
    const link = workshop.links.addressBook ? toAutomergeUrl(workshop.links.addressBook) : null;
    if (!link) throw new Error("address book link missing");
    const book = await openDocument(b, link, "address-book");
    expect(book.status).toBe("ready");
  });
});

describe("openDocument", () => {
  it("refuses a document of another kind and opens a newer one read-only", async () => {
    const { a } = connectedRepos();
    repos = [a];
    const created = createAtelier(a, { title: "Atelier", by: alice, now: 1 });
    const wrongKind = await openDocument(a, created.addressBook.url, "workshop");
    expect(wrongKind.status).toBe("foreign");

    created.workshop.change((d) => {
      d.schema.version = 99;
    });
    const newer = await openDocument(a, created.workshop.url, "workshop");
    expect(newer).toMatchObject({ status: "ready", readOnly: true, newerVersion: 99 });
  });
});
