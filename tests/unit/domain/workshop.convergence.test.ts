/**
 * Property-based convergence (DESIGN.md §10): 2–4 replicas of one shared workshop apply random
 * commands, sync in random pairs, edit the title concurrently, then merge in random orders.
 * Beside the real commands, two deliberately naive variants must FAIL the same properties —
 * otherwise the properties would prove nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isDocUrl,
  isTime,
  normalizeWorkshop,
  selectAgenda,
  type WorkshopDoc,
} from "../../../src/domain";
import {
  allMarkersSurvive,
  converged,
  noItemLostOrDuplicated,
  play,
  scenarioArb,
  type Model,
  type Outcome,
} from "../../helpers/domainConvergence";
import { naiveArrayModel, naiveTextModel, properModel } from "../../helpers/domainModels";

const NUM_RUNS = 100;
/** Automerge in Node costs ≈ 1.5 ms per change and ≈ 3 ms per merge here: ≈ 5 s per 100 runs. */
const TIMEOUT_MS = 60_000;

/** Structural invariants of a merged workshop. */
function invariantsHold(o: Outcome<WorkshopDoc>): boolean {
  return o.docs.every((doc) => {
    const keys = Object.keys(doc.agenda).sort();
    const listed = selectAgenda(doc).map((i) => i.id);
    return (
      Object.values(doc.agenda).every((i) => typeof i.rank === "string" && i.rank.length > 0) &&
      JSON.stringify([...listed].sort()) === JSON.stringify(keys) &&
      new Set(listed).size === listed.length &&
      Object.values(doc.agenda).every((i) => i.start === "" || isTime(i.start)) &&
      isDocUrl(doc.links.addressBook) &&
      normalizeWorkshop(doc).problems.length === 0
    );
  });
}

/** Runs `check` over random scenarios of `model`; returns fast-check's verdict. */
function checkModel<D>(model: Model<D>, check: (o: Outcome<D>) => boolean, numRuns = NUM_RUNS) {
  return fc.check(
    fc.property(scenarioArb, (s) => check(play(model, s))),
    { numRuns, endOnFailure: true },
  );
}

describe("workshop commands converge", () => {
  it(
    "all replicas end identical, nothing lost or duplicated, concurrent title edits survive",
    () => {
      fc.assert(
        fc.property(scenarioArb, (s) => {
          const o = play(properModel, s);
          expect(converged(o.docs)).toBe(true);
          expect(noItemLostOrDuplicated(properModel, o)).toBe(true);
          expect(allMarkersSurvive(properModel, o)).toBe(true);
          expect(invariantsHold(o)).toBe(true);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );
});

describe("the properties catch naive commands", () => {
  it(
    "whole-string assignment loses a concurrent title edit",
    () => {
      const result = checkModel(naiveTextModel, (o) => allMarkersSurvive(naiveTextModel, o));
      expect(result.failed).toBe(true);
    },
    TIMEOUT_MS,
  );

  it(
    "an agenda array searched by id loses or duplicates items",
    () => {
      const result = checkModel(naiveArrayModel, (o) => noItemLostOrDuplicated(naiveArrayModel, o));
      expect(result.failed).toBe(true);
    },
    TIMEOUT_MS,
  );

  it(
    "naive variants still converge (Automerge always does): convergence alone proves little",
    () => {
      const result = checkModel(naiveArrayModel, (o) => converged(o.docs), 30);
      expect(result.failed).toBe(false);
    },
    TIMEOUT_MS,
  );
});
