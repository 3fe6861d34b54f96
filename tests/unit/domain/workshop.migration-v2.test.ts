/**
 * Proves the migration runner for real with a TEST-ONLY v2 of the workshop kind, applied
 * concurrently by two peers to the frozen v1 fixture. A naive variant of the same migration
 * (random ids, no deterministic key) is kept beside it to show the test catches duplication.
 */
import * as A from "@automerge/automerge";
import { generateKeyBetween } from "fractional-indexing";
import { describe, expect, it } from "vitest";
import {
  applyMigrations,
  assessDocument,
  newId,
  normalizeWorkshop,
  runMigrationsInChange,
  selectAgenda,
  WORKSHOP_SCHEMA_VERSION,
  type AgendaItem,
  type AgendaItemId,
  type Migration,
  type WorkshopDoc,
  type WorkshopSession,
} from "../../../src/domain";
import { actorId } from "../../fixtures/builders";
import { loadWorkshopV1, toJson } from "../../helpers/domain";
import { checkMigrationContract } from "../../helpers/domainMigrationContract";

/** v2 sessions: `place` split into `venue` and `city` (`place` kept as a legacy field). */
type SessionV2 = WorkshopSession & { venue?: string; city?: string };
const WELCOME_TITLE = "Accueil des participants";
/** A key derived from the migration itself: two peers adding the welcome slot write the SAME key. */
const WELCOME_ID = "m2-welcome" as AgendaItemId;

function welcomeItem(doc: WorkshopDoc, id: AgendaItemId): AgendaItem {
  const first = selectAgenda(doc)[0];
  return {
    id,
    start: "08:45",
    end: first?.start ?? "",
    title: WELCOME_TITLE,
    kind: "pause",
    notes: "",
    rank: generateKeyBetween(null, first?.rank ?? null),
    createdBy: doc.createdBy,
    createdAt: doc.createdAt, // deterministic: no wall clock in a migration
  };
}

function splitPlace(session: SessionV2): void {
  if (typeof session.venue === "string") return; // content guard: already split
  const cut = session.place.lastIndexOf(",");
  session.venue = (cut === -1 ? session.place : session.place.slice(0, cut)).trim();
  session.city = cut === -1 ? "" : session.place.slice(cut + 1).trim();
}

/** The correct v2: transforms every session, adds one welcome slot under a deterministic key. */
const splitPlaceAddWelcome: Migration<WorkshopDoc> = {
  name: "workshop/2-split-place-add-welcome",
  version: 2,
  up(doc) {
    for (const session of Object.values(doc.sessions)) splitPlace(session);
    if (doc.agenda[WELCOME_ID] === undefined) doc.agenda[WELCOME_ID] = welcomeItem(doc, WELCOME_ID);
  },
};

/** The naive v2: guards on content it can see locally, but adds the slot under a random id. */
const naiveSplitPlaceAddWelcome: Migration<WorkshopDoc> = {
  name: "workshop/2-split-place-add-welcome",
  version: 2,
  up(doc) {
    for (const session of Object.values(doc.sessions)) splitPlace(session);
    if (!Object.values(doc.agenda).some((i) => i.title === WELCOME_TITLE)) {
      const id = newId<AgendaItemId>();
      doc.agenda[id] = welcomeItem(doc, id);
    }
  },
};

const V2 = 2;

/** Two peers each open the v1 fixture offline, migrate, then sync both ways. */
function migrateConcurrently(migration: Migration<WorkshopDoc>) {
  const peerA = applyMigrations(loadWorkshopV1(actorId(0xaa)), [migration], V2);
  const peerB = applyMigrations(loadWorkshopV1(actorId(0xbb)), [migration], V2);
  return { ab: A.merge(A.clone(peerA), peerB), ba: A.merge(A.clone(peerB), peerA) };
}

const welcomes = (doc: WorkshopDoc) => selectAgenda(doc).filter((i) => i.title === WELCOME_TITLE);

describe("test-only workshop v2 (split place, add a welcome slot)", () => {
  it("the fixture is v1 and needs exactly this migration to reach v2", () => {
    const verdict = assessDocument(loadWorkshopV1(), "workshop", V2, [splitPlaceAddWelcome]);
    expect(verdict).toEqual({ status: "needs-migration", pending: [splitPlaceAddWelcome] });
  });

  it("applied by one peer: transforms sessions and adds the slot first", () => {
    const doc = applyMigrations(loadWorkshopV1(), [splitPlaceAddWelcome], V2);
    const sessions = Object.values(doc.sessions) as SessionV2[];
    expect(sessions.map((s) => [s.venue, s.city]).sort()).toEqual([
      ["Salle des fêtes", "Crest"],
      ["Tiers-lieu La Cabane", "Die"],
    ]);
    expect(selectAgenda(doc)[0]).toMatchObject({ id: WELCOME_ID, start: "08:45", end: "09:00" });
    expect(doc.schema.version).toBe(2);
  });

  it("applied concurrently by two peers: one valid v2, nothing duplicated or lost", () => {
    const v1 = loadWorkshopV1();
    const { ab, ba } = migrateConcurrently(splitPlaceAddWelcome);
    expect(A.getHeads(ab).sort()).toEqual(A.getHeads(ba).sort());
    expect(toJson(ab)).toEqual(toJson(ba));
    expect(ab.schema).toEqual({ kind: "workshop", version: 2 });
    expect(welcomes(ab)).toHaveLength(1);
    expect(Object.keys(ab.agenda).sort()).toEqual([...Object.keys(v1.agenda), WELCOME_ID].sort());
    for (const item of Object.values(v1.agenda)) expect(ab.agenda[item.id]).toEqual(item);
    expect((Object.values(ab.sessions) as SessionV2[]).map((s) => s.venue).sort()).toEqual([
      "Salle des fêtes",
      "Tiers-lieu La Cabane",
    ]);
    expect(normalizeWorkshop(ab).problems).toEqual([]);
    expect(assessDocument(ab, "workshop", V2, [splitPlaceAddWelcome])).toEqual({
      status: "current",
    });
  });

  it("is idempotent: running it again on the merged result changes nothing", () => {
    const { ab } = migrateConcurrently(splitPlaceAddWelcome);
    const again = A.change(ab, (d) => runMigrationsInChange(d, [splitPlaceAddWelcome], V2));
    expect(A.getHeads(again)).toEqual(A.getHeads(ab));
  });

  it("opens read-only in the current (v1) app once a peer migrated it", () => {
    const { ab } = migrateConcurrently(splitPlaceAddWelcome);
    expect(assessDocument(ab, "workshop", WORKSHOP_SCHEMA_VERSION, [])).toEqual({
      status: "newer",
      version: 2,
    });
  });

  it("meets the migration contract (concurrent run = single run, idempotent)", () => {
    checkMigrationContract(splitPlaceAddWelcome, loadWorkshopV1());
  });

  it("the naive variant fails the contract", () => {
    expect(() => checkMigrationContract(naiveSplitPlaceAddWelcome, loadWorkshopV1())).toThrow();
  });

  it("the naive variant (random ids) DOES duplicate: the test above would catch it", () => {
    const { ab, ba } = migrateConcurrently(naiveSplitPlaceAddWelcome);
    expect(toJson(ab)).toEqual(toJson(ba)); // it still converges…
    expect(welcomes(ab)).toHaveLength(2); // …to a duplicated slot
  });
});
