/**
 * The contract every migration must meet (DESIGN.md §3), as one reusable check: call it from the
 * test of each new migration with a document at the previous version (ideally a frozen fixture).
 */
import * as A from "@automerge/automerge";
import { expect } from "vitest";
import { applyMigrations, runMigrationsInChange, type Migration } from "../../src/domain";
import { actorId } from "../fixtures/builders";
import { canonicalJson } from "./domainConvergence";

/**
 * Asserts that `migration`, applied to `before` (a document at `migration.version - 1`):
 * - by two peers concurrently, merges to exactly what one peer alone produces (nothing
 *   duplicated, nothing lost) and to the target version;
 * - run again on its own output, changes nothing (idempotent, content-guarded).
 * Returns the single-peer result for further, migration-specific assertions.
 */
export function checkMigrationContract<D>(migration: Migration<D>, before: A.Doc<D>): A.Doc<D> {
  const bytes = A.save(before);
  const run = (actor: number) =>
    applyMigrations(A.load<D>(bytes, { actor: actorId(actor) }), [migration], migration.version);
  const alone = run(0xa1);
  const merged = A.merge(run(0xa2), run(0xa3));
  expect(canonicalJson(merged)).toBe(canonicalJson(alone));
  expect(Reflect.get(Reflect.get(merged as object, "schema") as object, "version")).toBe(
    migration.version,
  );
  const again = A.change(alone, (d) => runMigrationsInChange(d, [migration], migration.version));
  expect(A.getHeads(again)).toEqual(A.getHeads(alone));
  return alone;
}
