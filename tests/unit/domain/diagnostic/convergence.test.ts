/**
 * Property-based convergence of the board (DESIGN.md §10): 2–4 replicas add, edit, move,
 * cluster, merge, archive and reveal notes and cast dots concurrently, sync in random pairs,
 * edit one note's text concurrently, then merge in random orders. Naive variants must FAIL the
 * same properties, otherwise the properties would prove nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeDiagnostic } from "../../../../src/domain";
import {
  allMarkersSurvive,
  boardScenarioArb,
  boardsAgree,
  budgetsHold,
  everyLiveNoteOnce,
  playBoard,
  ranksTotallyOrdered,
  revealsSurvive,
  type BoardModel,
  type BoardOutcome,
} from "../../../helpers/diagnosticConvergence";
import {
  naiveMoveBoardModel,
  naiveOrderBoardModel,
  naiveTextBoardModel,
  naiveVoteBoardModel,
  properBoardModel,
} from "../../../helpers/diagnosticModels";
import { converged } from "../../../helpers/domainConvergence";

const NUM_RUNS = 100;
const TIMEOUT_MS = 180_000;

function fails(model: BoardModel, check: (o: BoardOutcome) => boolean, numRuns = NUM_RUNS) {
  return fc.check(
    fc.property(boardScenarioArb, (s) => check(playBoard(model, s))),
    { numRuns, endOnFailure: true },
  ).failed;
}

describe("diagnostic board converges", () => {
  it(
    "replicas end identical; every live note once; ranks totally ordered; budgets hold; reveals and concurrent text edits survive",
    () => {
      fc.assert(
        fc.property(boardScenarioArb, (s) => {
          const o = playBoard(properBoardModel, s);
          expect(converged(o.docs)).toBe(true);
          expect(boardsAgree(properBoardModel, o)).toBe(true);
          expect(everyLiveNoteOnce(properBoardModel, o)).toBe(true);
          expect(ranksTotallyOrdered(properBoardModel, o)).toBe(true);
          expect(budgetsHold(o)).toBe(true);
          expect(revealsSurvive(o)).toBe(true);
          expect(allMarkersSurvive(o)).toBe(true);
          for (const doc of o.docs) expect(normalizeDiagnostic(doc).problems).toEqual([]);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );
});

describe("the properties catch naive variants", () => {
  it(
    "whole-string text loses a concurrent edit",
    () => {
      expect(fails(naiveTextBoardModel, allMarkersSurvive)).toBe(true);
    },
    TIMEOUT_MS,
  );

  it(
    "a move that rewrites the note loses an edit made meanwhile on another tablet",
    () => {
      expect(fails(naiveMoveBoardModel, allMarkersSurvive)).toBe(true);
    },
    TIMEOUT_MS,
  );

  it(
    "votes keyed by tablet count a participant twice",
    () => {
      expect(fails(naiveVoteBoardModel, budgetsHold)).toBe(true);
    },
    TIMEOUT_MS,
  );

  it(
    "ordering by rank alone leaves ties in arrival order",
    () => {
      const bad = (o: BoardOutcome) =>
        ranksTotallyOrdered(naiveOrderBoardModel, o) && boardsAgree(naiveOrderBoardModel, o);
      expect(fails(naiveOrderBoardModel, bad)).toBe(true);
    },
    TIMEOUT_MS,
  );

  it(
    "naive variants still converge: convergence alone proves little",
    () => {
      expect(fails(naiveMoveBoardModel, (o) => converged(o.docs), 30)).toBe(false);
    },
    TIMEOUT_MS,
  );
});
