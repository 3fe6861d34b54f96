/**
 * Property-based convergence of the address book (DESIGN.md §10): 2–4 replicas add, edit,
 * merge/unmerge, archive contacts and add/remove values concurrently, sync in random pairs, edit
 * one contact's name concurrently, then merge in random orders. Naive variants of the commands
 * must FAIL the same properties, otherwise the properties would prove nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeAddressBook } from "../../../../src/domain";
import {
  allMarkersSurvive,
  bookScenarioArb,
  bucketsConsistent,
  noValueLost,
  playBook,
  viewsAgree,
  type BookModel,
  type BookOutcome,
} from "../../../helpers/addressBookConvergence";
import {
  naiveMergeBookModel,
  naiveTextBookModel,
  properBookModel,
} from "../../../helpers/addressBookModels";
import { converged } from "../../../helpers/domainConvergence";

const NUM_RUNS = 100;
const TIMEOUT_MS = 120_000;

function checkModel(model: BookModel, check: (o: BookOutcome) => boolean, numRuns = NUM_RUNS) {
  return fc.check(
    fc.property(bookScenarioArb, (s) => check(playBook(model, s))),
    { numRuns, endOnFailure: true },
  );
}

describe("address-book commands converge", () => {
  it(
    "replicas end identical, no added value is lost, concurrent name edits all survive",
    () => {
      fc.assert(
        fc.property(bookScenarioArb, (s) => {
          const o = playBook(properBookModel, s);
          expect(converged(o.docs)).toBe(true);
          expect(viewsAgree(o)).toBe(true);
          expect(noValueLost(o)).toBe(true);
          expect(allMarkersSurvive(o)).toBe(true);
          for (const doc of o.docs) {
            expect(bucketsConsistent(doc)).toBe(true);
            expect(normalizeAddressBook(doc).problems).toEqual([]);
          }
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );
});

describe("the properties catch naive commands", () => {
  it(
    "whole-string assignment loses a concurrent name edit",
    () => {
      expect(checkModel(naiveTextBookModel, allMarkersSurvive).failed).toBe(true);
    },
    TIMEOUT_MS,
  );

  it(
    "an eager merge (copy then delete the source) loses values added offline",
    () => {
      expect(checkModel(naiveMergeBookModel, noValueLost).failed).toBe(true);
    },
    TIMEOUT_MS,
  );

  it(
    "naive variants still converge: convergence alone proves little",
    () => {
      expect(checkModel(naiveMergeBookModel, (o) => converged(o.docs), 30).failed).toBe(false);
    },
    TIMEOUT_MS,
  );
});
