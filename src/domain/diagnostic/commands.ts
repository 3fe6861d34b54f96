/** Diagnostic commands (pure, applied to a change proxy; see the workshop's for the rules). */
import { DomainError } from "../errors";
import type { ProfileId } from "../ids";
import { checkId, checkTimestamp } from "../validate";
import { DIAGNOSTIC_SCHEMA_VERSION, type DiagnosticDoc } from "./schema";

/**
 * Initialises a new diagnostic: stamp and empty collections in one change, by its creator only.
 * Throws `already-initialised` when the document already has a stamp.
 */
export function initDiagnostic(doc: DiagnosticDoc, args: { by: ProfileId; now: number }): void {
  const by = checkId(args.by, "by") as ProfileId;
  const now = checkTimestamp(args.now);
  if (Reflect.get(doc, "schema") !== undefined) {
    throw new DomainError("already-initialised", "diagnostic is already initialised");
  }
  doc.schema = { kind: "diagnostic", version: DIAGNOSTIC_SCHEMA_VERSION };
  doc.categories = {};
  doc.notes = {};
  doc.clusters = {};
  doc.createdBy = by;
  doc.createdAt = now;
}
