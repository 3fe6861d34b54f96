import { createHash } from "node:crypto";
import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  assessDocument,
  normalizeWorkshop,
  selectAgenda,
  selectSessions,
  selectWorkshopSummary,
  WORKSHOP_MIGRATIONS,
  WORKSHOP_SCHEMA_VERSION,
} from "../../../src/domain";
import { loadWorkshopV1, workshopV1Bytes } from "../../helpers/domain";

/** The fixture is frozen: if these bytes change, someone regenerated it — don't. */
const FIXTURE_SHA256 = "3a42c59d83fc1b1cc6975334f469d92b33fcb5b835fc61352418323bc4c4048e";

describe("frozen v1 workshop fixture", () => {
  it("is the committed bytes", () => {
    expect(createHash("sha256").update(workshopV1Bytes()).digest("hex")).toBe(FIXTURE_SHA256);
  });

  it("opens with the current app (migrated if needed) and reads without problems", () => {
    const doc = loadWorkshopV1();
    const verdict = assessDocument(doc, "workshop", WORKSHOP_SCHEMA_VERSION, WORKSHOP_MIGRATIONS);
    expect(["current", "needs-migration"]).toContain(verdict.status);
    expect(normalizeWorkshop(doc).problems).toEqual([]);
  });

  it("keeps its content readable", () => {
    const { value } = normalizeWorkshop(loadWorkshopV1());
    expect(value.title).toBe("Alimentation durable en Val de Drôme");
    expect(value.territory).toBe("Vallée de la Drôme");
    expect(selectSessions(value).map((s) => [s.date, s.place])).toEqual([
      ["2025-03-14", "Salle des fêtes, Crest"],
      ["2025-04-04", "Tiers-lieu La Cabane, Die"],
    ]);
    expect(selectAgenda(value).map((i) => `${i.start} ${i.kind} ${i.title}`)).toEqual([
      "09:00 pause Accueil café",
      "09:30 inter-connaissance Qui fait quoi ? Nos enjeux",
      "10:30 pause Pause",
      "12:00 repas Déjeuner partagé",
      "13:00 co-construction Premiers pas de coopération",
      "15:30 pleniere Restitution des graines",
    ]);
    expect(value.agenda["a-tour"]?.notes).toBe("Tour de table en petits groupes de 5.");
    expect(Object.keys(value.facilitators).sort()).toEqual(["profile-claire", "profile-malik"]);
    expect(selectWorkshopSummary(value)).toMatchObject({ sessionCount: 2, agendaCount: 6 });
  });

  it("was edited by two devices (realistic history)", () => {
    const actors = new Set(A.getHistory(loadWorkshopV1()).map((c) => c.change.actor));
    expect(actors.size).toBe(2);
  });
});
