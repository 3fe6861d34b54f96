/** Factories for diagnostic tests: boards built through the real commands. */
import { readFileSync } from "node:fs";
import * as A from "@automerge/automerge";
import {
  addNote,
  normalizeDiagnostic,
  type AddNoteArgs,
  type CategoryId,
  type ClusterId,
  type ContactId,
  type DiagnosticDoc,
  type DiagnosticView,
  type NoteId,
  type VoteSessionId,
} from "../../src/domain";
import { apply, makeDiagnostic, makeProfileId, T0 } from "../fixtures/builders";

/** The profile that writes in these tests. */
export const BY = makeProfileId("claire");

/** Branded ids for tests (plain strings, valid ids). */
export const nid = (s: string) => s as NoteId;
export const cat = (s: string) => s as CategoryId;
export const clu = (s: string) => s as ClusterId;
export const con = (s: string) => s as ContactId;
export const ses = (s: string) => s as VoteSessionId;

/** A note to put on a board: id, category, text, plus optional `addNote` arguments. */
export type NoteSpec = [id: string, categoryId: string, text: string, extra?: Partial<AddNoteArgs>];

/** A fresh v2 board holding the given notes, each added (last in its place) by its own change. */
export function makeBoard(notes: readonly NoteSpec[] = []): A.Doc<DiagnosticDoc> {
  let doc = makeDiagnostic(BY);
  for (const [id, categoryId, text, extra] of notes) {
    doc = apply(doc, (d) =>
      addNote(d, { id: nid(id), categoryId: cat(categoryId), text, by: BY, now: T0, ...extra }),
    );
  }
  return doc;
}

/** The normalised view of a board, asserting it reads without problems. */
export function viewOf(doc: unknown): DiagnosticView {
  const { value, problems } = normalizeDiagnostic(doc);
  if (problems.length > 0) throw new Error(`problems: ${problems.join("; ")}`);
  return value;
}

/** The bytes of the frozen v1 diagnostic (tests/fixtures/diagnostic-v1.automerge). */
export function diagnosticV1Bytes(): Uint8Array {
  return readFileSync(new URL("../fixtures/diagnostic-v1.automerge", import.meta.url));
}

/** The frozen v1 diagnostic, loaded with the given actor. */
export function loadDiagnosticV1(actor?: string): A.Doc<DiagnosticDoc> {
  return A.load<DiagnosticDoc>(diagnosticV1Bytes(), actor === undefined ? undefined : { actor });
}
