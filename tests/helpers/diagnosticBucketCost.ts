/**
 * Measures one committed change on a board of N notes: notes in one flat map versus in the v2
 * buckets. A script, not a test (DESIGN.md §10: never a timed test):
 *   npx tsx tests/helpers/diagnosticBucketCost.ts [edits]
 * Boards of 1,000 and 10,000 notes, each loaded from bytes (as a tablet opening it). Two
 * changes are timed: a text edit (`editNoteText`) and a drop (`moveNote` with both neighbours,
 * what the board sends) — command + Automerge commit, no UI.
 */
import { readFileSync } from "node:fs";
import * as A from "@automerge/automerge";
import {
  addNote,
  compareRanked,
  DEFAULT_CATEGORIES,
  editNoteText,
  moveNote,
  newId,
  noteBucket,
  type DiagnosticDoc,
  type DiagnosticNote,
  type NoteId,
} from "../../src/domain";
import { apply, makeDiagnostic, T0 } from "../fixtures/builders";
import { BY, cat } from "./diagnostic";

const EDITS = Number(process.argv[2] ?? 300);
const CATS = DEFAULT_CATEGORIES.map((c) => c.id);

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { median: +q(0.5).toFixed(3), p95: +q(0.95).toFixed(3) };
}

function buildBoard(n: number) {
  const ids = Array.from({ length: n }, () => newId<NoteId>());
  const doc = apply(makeDiagnostic(BY), (d) => {
    ids.forEach((id, i) =>
      addNote(d, {
        id,
        categoryId: cat(CATS[i % CATS.length] as string),
        text: `Note ${i} : un frein ou un levier dit pendant le tour de table`,
        by: BY,
        now: T0,
        afterId: null, // first: cheap and deterministic while building
        beforeId: null,
      }),
    );
  });
  const bucketed = A.load<DiagnosticDoc>(A.save(doc));
  type FlatDoc = { notes: Record<string, DiagnosticNote> };
  const flat = A.load<FlatDoc>(
    A.save(
      A.from<FlatDoc>({
        notes: Object.fromEntries(
          ids.map((id) => [id, bucketed.noteBuckets[noteBucket(id)]?.[id] as DiagnosticNote]),
        ),
      }),
    ),
  );
  return { ids, bucketed, flat };
}

function measure<D>(doc: A.Doc<D>, ids: NoteId[], edit: (d: D, id: NoteId, i: number) => void) {
  const times: number[] = [];
  let current = A.clone(doc);
  for (let i = 0; i < EDITS; i++) {
    const id = ids[(i * 7919) % ids.length] as NoteId;
    const start = performance.now();
    current = A.change(current, (d) => edit(d, id, i));
    times.push(performance.now() - start);
  }
  return stats(times);
}

function run(n: number) {
  const { ids, bucketed, flat } = buildBoard(n);
  // Neighbours for drops: two adjacent notes of the first category, from a snapshot (the UI's view).
  const first = ids
    .map((id) => bucketed.noteBuckets[noteBucket(id)]?.[id] as DiagnosticNote)
    .filter((note) => note.categoryId === CATS[0])
    .sort(compareRanked);
  const [after, before] = [first[0]?.id, first[1]?.id];
  const rounds = [1, 2].map(() => ({
    flatEdit: measure(flat, ids, (d, id, i) =>
      A.updateText(d, ["notes", id, "text"], `Texte ${i}`),
    ),
    bucketsEdit: measure(bucketed, ids, (d, id, i) => editNoteText(d, { id, text: `Texte ${i}` })),
    flatDrop: measure(flat, ids, (d, id, i) => {
      const note = d.notes[id] as DiagnosticNote;
      note.categoryId = cat(CATS[0] as string);
      note.rank = `a0V${i}`;
    }),
    bucketsDrop: measure(bucketed, ids, (d, id) =>
      moveNote(d, { id, categoryId: cat(CATS[0] as string), afterId: after, beforeId: before }),
    ),
  }));
  const last = rounds[rounds.length - 1] as (typeof rounds)[number];
  return { notes: n, msPerChange: last };
}

const automerge = (
  JSON.parse(readFileSync("node_modules/@automerge/automerge/package.json", "utf8")) as {
    version: string;
  }
).version;
console.log(
  JSON.stringify(
    { edits: EDITS, node: process.version, automerge, runs: [run(1_000), run(10_000)] },
    null,
    2,
  ),
);
