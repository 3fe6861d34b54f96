/**
 * Property-based convergence of a seed (DESIGN.md §10): 2–4 replicas with skewed clocks add,
 * move, complete and edit tasks, change the status, add/archive members, give roles, name the
 * référent and vote, sync in random pairs, edit one task title concurrently, then merge in
 * random orders. Naive variants must FAIL the same properties.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeSeed } from "../../../../src/domain";
import { converged } from "../../../helpers/domainConvergence";
import {
  markersSurvive,
  oneVotePerVoter,
  playSeed,
  seedScenarioArb,
  statusHistoryOrdered,
  tasksTotallyOrdered,
  type SeedModel,
  type SeedOutcome,
} from "./seedConvergence";
import {
  naiveBallotModel,
  naiveStatusModel,
  naiveTaskOrderModel,
  naiveTitleModel,
  properSeedModel,
} from "./seedModels";
import type { SeedDoc } from "../../../../src/domain";

const NUM_RUNS = 60;
const TIMEOUT_MS = 180_000;

function fails(model: SeedModel<SeedDoc>, check: (o: SeedOutcome<SeedDoc>) => boolean) {
  return fc.check(
    fc.property(seedScenarioArb, (s) => check(playSeed(model, s))),
    { numRuns: 200, endOnFailure: true },
  ).failed;
}

describe("seed converges", () => {
  it(
    "replicas end identical; one vote per voter per decision; status history ordered; tasks totally ordered; concurrent title edits survive",
    () => {
      fc.assert(
        fc.property(seedScenarioArb, (s) => {
          const o = playSeed(properSeedModel, s);
          expect(converged(o.docs)).toBe(true);
          expect(oneVotePerVoter(properSeedModel, o)).toBe(true);
          expect(statusHistoryOrdered(properSeedModel, o)).toBe(true);
          expect(tasksTotallyOrdered(properSeedModel, o)).toBe(true);
          expect(markersSurvive(properSeedModel, o)).toBe(true);
          for (const doc of o.docs) {
            const { value, problems } = normalizeSeed(doc);
            expect(problems).toEqual([]);
            // The référent, when set, is a current member on every replica.
            if (value.referent !== null) expect(value.members[value.referent]).toBeDefined();
          }
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "catches naive variants: ballots pushed per vote, wall-clock status order, array tasks, whole-string titles",
    () => {
      expect(fails(naiveBallotModel, (o) => oneVotePerVoter(naiveBallotModel, o))).toBe(true);
      expect(fails(naiveStatusModel, (o) => statusHistoryOrdered(naiveStatusModel, o))).toBe(true);
      expect(fails(naiveTaskOrderModel, (o) => tasksTotallyOrdered(naiveTaskOrderModel, o))).toBe(
        true,
      );
      expect(fails(naiveTitleModel, (o) => markersSurvive(naiveTitleModel, o))).toBe(true);
    },
    TIMEOUT_MS,
  );
});
