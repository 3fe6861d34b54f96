/**
 * The seed document at the sync layer: created once by its creator in one `seed/init` change,
 * opened on another device with nothing else of the atelier (it stands alone), edited offline on
 * both and merged; opened as the wrong kind it is foreign, written by a newer app read-only.
 */
import * as A from "@automerge/automerge";
import type { Repo } from "@automerge/automerge-repo";
import { afterEach, describe, expect, it } from "vitest";
import {
  addMember,
  addTask,
  DomainError,
  normalizeSeed,
  selectTasks,
  setTaskDone,
  type ProfileId,
  type SeedDoc,
} from "../../../src/domain";
import { Repo as RepoClass } from "@automerge/automerge-repo";
import { decodeBundle } from "../../../src/interop/bundle";
import { exportSeedBundle } from "../../../src/sync/bundleExport";
import { applyBundle } from "../../../src/sync/bundleImport";
import { createSeed } from "../../../src/sync/createSeed";
import { openDocument } from "../../../src/sync/openDocument";
import { connectedRepos } from "../../helpers/repos";
import { waitFor } from "../../helpers/waitFor";

const alice = "alice-profile" as ProfileId;
const bob = "bob-profile" as ProfileId;
let repos: Repo[] = [];

afterEach(async () => {
  await Promise.all(repos.map((repo) => repo.shutdown()));
  repos = [];
});

const args = {
  title: "Légumerie partagée",
  workshopTitle: "Atelier alimentation",
  needs: [{ noteId: "n1", text: "Un lieu", categoryTitle: "Besoins" }],
  by: alice,
  now: 1,
};

describe("createSeed", () => {
  it("initialises the seed in ONE labelled change, with its stamp", () => {
    const { a, b } = connectedRepos();
    repos = [a, b];
    const handle = createSeed(a, args);
    const doc = handle.doc();
    expect(doc.schema).toEqual({ kind: "seed", version: 1 });
    // automerge-repo's own empty creation change, then ours.
    const messages = A.getHistory(doc).map((s) => s.change.message);
    expect(messages.filter((m) => m !== null)).toEqual(["seed/init"]);
    expect(A.getHistory(doc).at(-1)?.change.message).toBe("seed/init");
    expect(normalizeSeed(doc).problems).toEqual([]);
  });

  it("creates nothing when the arguments are bad", () => {
    const { a, b } = connectedRepos();
    repos = [a, b];
    const before = Object.keys(a.handles).length;
    expect(() => createSeed(a, { ...args, title: "   " })).toThrow(DomainError);
    expect(Object.keys(a.handles).length).toBe(before);
  });

  it("opens alone on another device, and merges offline edits from both", async () => {
    const { a, b, link } = connectedRepos();
    repos = [a, b];
    const onA = createSeed(a, args);
    const opened = await openDocument<SeedDoc>(b, onA.url, "seed");
    if (opened.status !== "ready") throw new Error(`not ready on B: ${opened.status}`);
    expect(opened.readOnly).toBe(false);
    const onB = opened.handle;
    expect(Object.keys(b.handles)).toEqual([onA.documentId]);
    expect(normalizeSeed(onB.doc()).value.needs.n1?.text).toBe("Un lieu");

    link.disconnect();
    onA.change((d) => {
      addMember(d, { id: "m1", contactId: "c1", displayName: "Zoé", by: alice, now: 2 });
      addTask(d, { id: "ta", title: "Visiter le local", by: alice, now: 2 });
    });
    onB.change((d) => {
      addTask(d, { id: "tb", title: "Devis", by: bob, now: 3 });
      setTaskDone(d, { id: "tb", done: true, by: bob, now: 4 });
    });
    link.connect();
    await waitFor(
      () =>
        selectTasks(normalizeSeed(onA.doc()).value).length === 2 &&
        selectTasks(normalizeSeed(onB.doc()).value).length === 2,
      { message: "both tasks on both devices" },
    );
    expect(normalizeSeed(onB.doc()).value).toEqual(normalizeSeed(onA.doc()).value);
    expect(normalizeSeed(onB.doc()).value.members.m1?.displayName).toBe("Zoé");
  });

  it("is foreign when opened as another kind, read-only when written by a newer app", async () => {
    const { a, b } = connectedRepos();
    repos = [a, b];
    const seed = createSeed(a, args);
    expect((await openDocument(a, seed.url, "workshop")).status).toBe("foreign");
    seed.change((d) => {
      d.schema.version = 99;
    });
    const opened = await openDocument<SeedDoc>(a, seed.url, "seed");
    expect(opened.status === "ready" && opened.readOnly).toBe(true);
  });

  it("hands off by bundle: the seed alone, with its content, on a device with no network", async () => {
    const a = new RepoClass({ network: [] });
    const b = new RepoClass({ network: [] });
    repos = [a, b];
    const seed = createSeed(a, args);
    seed.change((d) => {
      addMember(d, { id: "m1", contactId: "c1", displayName: "Zoé", by: alice, now: 2 });
      addTask(d, { id: "ta", title: "Visiter le local", by: alice, now: 2 });
    });
    const exported = await exportSeedBundle(a, seed.url, { app: "test", now: 3 });
    const result = await applyBundle(b, decodeBundle(exported.bytes));
    expect(result).toMatchObject({ scope: "seed", rootId: seed.documentId });
    expect(Object.keys(b.handles)).toEqual([seed.documentId]);
    const opened = await openDocument<SeedDoc>(b, seed.url, "seed");
    if (opened.status !== "ready") throw new Error(`not ready on B: ${opened.status}`);
    expect(normalizeSeed(opened.handle.doc()).value).toEqual(normalizeSeed(seed.doc()).value);
  });
});
