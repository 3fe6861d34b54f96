import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  assessDocument,
  castBallot,
  normalizeSeed,
  selectCurrentStatus,
  selectDecisionTally,
  selectIterations,
  selectMeetings,
  selectMembers,
  selectOpenTasks,
  selectReferent,
  selectSeedSummary,
  SEED_MIGRATIONS,
  SEED_SCHEMA_VERSION,
  type SeedDoc,
} from "../../../../src/domain";
import { expectDomainError } from "../../../helpers/domain";
import { apply, BY } from "./seedBuilders";

/** The fixture is frozen: if these bytes change, someone regenerated it — don't. */
const FIXTURE_SHA256 = "50c404718d1af8608b84c1ef1db4897267a7717d90b7b3c9814f2f91948ac5bf";

function bytes(): Uint8Array {
  return readFileSync(new URL("../../../fixtures/seed-v1.automerge", import.meta.url));
}

describe("frozen v1 seed fixture", () => {
  it("is the committed bytes", () => {
    expect(createHash("sha256").update(bytes()).digest("hex")).toBe(FIXTURE_SHA256);
  });

  it("opens with the current app and reads without problems", () => {
    const doc = A.load<SeedDoc>(bytes());
    const verdict = assessDocument(doc, "seed", SEED_SCHEMA_VERSION, SEED_MIGRATIONS);
    expect(["current", "needs-migration"]).toContain(verdict.status);
    expect(normalizeSeed(doc).problems).toEqual([]);
  });

  it("keeps its content readable and standing alone", () => {
    const doc = A.load<SeedDoc>(bytes());
    const { value } = normalizeSeed(doc);
    expect(selectSeedSummary(value)).toMatchObject({
      title: "Légumerie partagée",
      workshopTitle: "Alimentation durable en Val de Drôme",
      status: "en-germination",
      memberCount: 2,
      nextTask: { title: "Visiter le local de la mairie", due: "2025-03-20" },
    });
    expect(Object.values(value.needs).map((n) => n.text)).toEqual([
      "Un lieu pour transformer les légumes",
    ]);
    expect(selectMembers(value).map((m) => [m.displayName, m.contactId])).toEqual([
      ["Élie", null],
      ["Zoé M.", "contactZoe000001"],
    ]);
    expect(selectReferent(value)?.displayName).toBe("Zoé M.");
    expect(selectCurrentStatus(value)).toBe("en-germination");
    expect(selectOpenTasks(value)).toHaveLength(1);
    expect(selectMeetings(value)[0]?.attendees).toEqual({
      memZoeCarnet0001: true,
      memElieByName001: true,
    });
    expect(value.decisions.decConsent000001?.closed).toMatchObject({
      outcome: "Location adoptée, loyer partagé",
      result: { kind: "adopted", winnerId: null },
    });
    expect(selectDecisionTally(value, "decRanked0000001")?.result).toEqual({
      kind: "adopted",
      winnerId: "optPotager00001",
    });
    expect(selectIterations(value).map((i) => i.learned)).toEqual(["Prix trop élevé"]);
    expect(value.journal).toBe("Compte rendu : le local est trouvé.");
    expect(JSON.stringify(value)).not.toContain("automerge:");
  });

  it("stays usable by today's commands (a closed decision still refuses votes)", () => {
    const doc = A.load<SeedDoc>(bytes());
    expectDomainError(
      () =>
        apply(doc, (d) =>
          castBallot(d, {
            decisionId: "decConsent000001",
            voterId: "memZoeCarnet0001",
            consent: "objection",
            by: BY,
            now: 0,
          }),
        ),
      "vote-closed",
    );
    const voted = apply(doc, (d) =>
      castBallot(d, {
        decisionId: "decRanked0000001",
        voterId: "memElieByName001",
        ranking: ["optRacines00001"],
        by: BY,
        now: 0,
      }),
    );
    expect(selectDecisionTally(normalizeSeed(voted).value, "decRanked0000001")?.votes).toBe(2);
  });
});
