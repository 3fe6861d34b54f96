/** Helpers for domain tests: the frozen fixtures and DomainError assertions. */
import { readFileSync } from "node:fs";
import * as A from "@automerge/automerge";
import { expect } from "vitest";
import { DomainError, type DomainErrorCode, type WorkshopDoc } from "../../src/domain";

/** The bytes of the frozen v1 workshop (tests/fixtures/workshop-v1.automerge). */
export function workshopV1Bytes(): Uint8Array {
  return readFileSync(new URL("../fixtures/workshop-v1.automerge", import.meta.url));
}

/** The frozen v1 workshop, loaded with the given actor (so clones can diverge). */
export function loadWorkshopV1(actor?: string): A.Doc<WorkshopDoc> {
  return A.load<WorkshopDoc>(workshopV1Bytes(), actor === undefined ? undefined : { actor });
}

/** Asserts that `fn` throws a {@link DomainError} with `code`, and returns it. */
export function expectDomainError(fn: () => unknown, code: DomainErrorCode): DomainError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DomainError);
  const error = caught as DomainError;
  expect(error.code).toBe(code);
  return error;
}

/** A plain JSON copy of an Automerge document (for deep comparisons). */
export function toJson(doc: unknown): unknown {
  return JSON.parse(JSON.stringify(doc));
}
