/**
 * Bundles exchanged in any order converge (DESIGN.md §10): three devices with random edit
 * histories, bundles applied in random orders with repeats → identical documents; and the
 * algebra behind it — idempotent, commutative, associative — checked on fresh devices.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import type { DocumentId, Repo } from "@automerge/automerge-repo";
import { createAtelier } from "../../../src/sync/createDocument";
import {
  addAgendaItem,
  addContact,
  setWorkshopText,
  type AddressBookDoc,
  type ContactId,
  type ProfileId,
  type WorkshopDoc,
} from "../../../src/domain";
import * as A from "@automerge/automerge";
import { decodeBundle } from "../../../src/interop/bundle";
import { device, exportFrom, importInto, snapshot } from "./devices";

let repos: Repo[] = [];
afterEach(async () => {
  await Promise.all(repos.map((repo) => repo.shutdown()));
  repos = [];
});

/** One random edit a device makes offline. */
type Edit =
  | { type: "agenda"; title: string }
  | { type: "text"; field: "title" | "theme" | "territory"; value: string }
  | { type: "contact"; name: string };

const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== "");
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ type: fc.constant("agenda" as const), title: text }),
  fc.record({
    type: fc.constant("text" as const),
    field: fc.constantFrom("title" as const, "theme" as const, "territory" as const),
    value: text,
  }),
  fc.record({ type: fc.constant("contact" as const), name: text }),
);

let counter = 0;
function applyEdit(
  repo: Repo,
  ids: { workshop: DocumentId; addressBook: DocumentId },
  e: Edit,
  by: ProfileId,
): string | null {
  const id = `e${++counter}`;
  if (e.type === "contact") {
    repo.handles[ids.addressBook]!.change((d) =>
      addContact(d as AddressBookDoc, {
        id: id as ContactId,
        draft: { name: e.name },
        by,
        now: counter,
      }),
    );
    return id;
  }
  repo.handles[ids.workshop]!.change((d) => {
    if (e.type === "agenda")
      addAgendaItem(d as WorkshopDoc, { id, title: e.title, by, now: counter });
    else setWorkshopText(d as WorkshopDoc, { field: e.field, value: e.value });
  });
  return e.type === "agenda" ? id : null;
}

/** Three devices sharing one atelier (A created it, B and C got it by bundle). */
async function threeDevices() {
  const devices = [device(), device(), device()];
  repos.push(...devices);
  const created = createAtelier(devices[0]!, { title: "Atelier", by: "p0" as ProfileId, now: 0 });
  const ids = {
    workshop: created.workshop.documentId,
    addressBook: created.addressBook.documentId,
    all: [created.workshop, created.addressBook, created.diagnostic].map((h) => h.documentId),
  };
  const first = await exportFrom(devices[0]!, ids.workshop);
  await importInto(devices[1]!, first);
  await importInto(devices[2]!, first);
  return { devices, ids };
}

const histories = fc.array(fc.array(edit, { maxLength: 5 }), { minLength: 3, maxLength: 3 });
/** Some (from, to) deliveries mid-way, in random order with repeats. */
const deliveries = fc.array(fc.tuple(fc.nat(2), fc.nat(2)), { maxLength: 8 });
/** The order in which each device finally imports the three devices' last bundles. */
const order = fc.shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 });
const orders = fc.tuple(order, order, order);

type Importer = (repo: Repo, bytes: Uint8Array) => Promise<unknown>;

/**
 * Runs one scenario: random offline edits on three devices, bundles delivered mid-way, then every
 * device imports everyone's latest bundle in its own order. Returns whether all three ended
 * identical and whether every entity anyone created is still there.
 */
async function scenario(
  edits: Edit[][],
  midway: [number, number][],
  finalOrders: number[][],
  importer: Importer,
): Promise<{ identical: boolean; nothingLost: boolean }> {
  const { devices, ids } = await threeDevices();
  const created: string[] = [];
  edits.forEach((list, i) =>
    list.forEach((e) => {
      const id = applyEdit(devices[i]!, ids, e, `p${i}` as ProfileId);
      if (id) created.push(id);
    }),
  );
  for (const [from, to] of midway) {
    await importer(devices[to]!, await exportFrom(devices[from]!, ids.workshop));
  }
  const finals = await Promise.all(devices.map((d) => exportFrom(d, ids.workshop)));
  for (const [i, target] of devices.entries()) {
    for (const from of finalOrders[i]!) await importer(target, finals[from]!);
  }
  const snaps = devices.map((d) => JSON.stringify(snapshot(d, ids.all)));
  const nothingLost = created.every((id) => snaps[0]!.includes(`"${id}"`));
  await Promise.all(devices.map((d) => d.shutdown()));
  repos = [];
  return { identical: snaps.every((snap) => snap === snaps[0]), nothingLost };
}

describe("bundles exchanged in any order", () => {
  it("three devices with random histories end identical, with nothing lost", async () => {
    await fc.assert(
      fc.asyncProperty(histories, deliveries, orders, async (edits, midway, finalOrders) => {
        const outcome = await scenario(edits, midway, finalOrders, importInto);
        expect(outcome).toEqual({ identical: true, nothingLost: true });
      }),
      { numRuns: 25 },
    );
  });

  it("is idempotent, commutative and associative", async () => {
    await fc.assert(
      fc.asyncProperty(histories, async (edits) => {
        const { devices, ids } = await threeDevices();
        edits.forEach((list, i) =>
          list.forEach((e) => applyEdit(devices[i]!, ids, e, `p${i}` as ProfileId)),
        );
        const [x, y, z] = await Promise.all(devices.map((d) => exportFrom(d, ids.workshop)));
        const state = async (...bundles: Uint8Array[]) => {
          const repo = device();
          repos.push(repo);
          for (const bytes of bundles) await importInto(repo, bytes);
          return { repo, snap: snapshot(repo, ids.all) };
        };
        // Idempotent: x, x = x.
        expect((await state(x!, x!)).snap).toEqual((await state(x!)).snap);
        // Commutative: x, y = y, x.
        expect((await state(x!, y!)).snap).toEqual((await state(y!, x!)).snap);
        // Associative: (x + y) + z = x + (y + z), each pair merged on another device first.
        const xy = await exportFrom((await state(x!, y!)).repo, ids.workshop);
        const yz = await exportFrom((await state(y!, z!)).repo, ids.workshop);
        expect((await state(xy, z!)).snap).toEqual((await state(x!, yz)).snap);
        await Promise.all(repos.map((repo) => repo.shutdown()));
        repos = [];
      }),
      { numRuns: 20 },
    );
  });
});

describe("the property can fail", () => {
  it("catches a naive import that replaces the local copy instead of merging", async () => {
    // The naive variant: the file's document replaces whatever the device holds.
    const naive: Importer = async (repo, bytes) => {
      for (const document of decodeBundle(bytes).documents) {
        const docId = document.documentId as DocumentId;
        const held = repo.handles[docId];
        if (held?.isReady()) held.update(() => A.load(document.bytes));
        else repo.import(document.bytes, { docId });
      }
    };
    const result = await fc.check(
      fc.asyncProperty(histories, deliveries, orders, async (edits, midway, finalOrders) => {
        const outcome = await scenario(edits, midway, finalOrders, naive);
        return outcome.identical && outcome.nothingLost;
      }),
      { numRuns: 50 },
    );
    expect(result.failed).toBe(true);
  });
});
