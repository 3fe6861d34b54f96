/**
 * Builds the `seed-journal` benchmark's document in Node with @automerge/automerge directly: a seed
 * (initSeed) whose journal ends at ~60,000 characters after 200,000 edits, each edit one change as
 * the editor binding makes them (one keystroke = one `handle.change`), with the block markers and
 * marks the journal schema uses.
 *
 * Typing model (seeded, reproducible): mostly appending words at the end of the current paragraph;
 * typo corrections (backspace runs of 1–12 characters); from time to time a revision at a random
 * earlier place (insert a few words, or delete a phrase); new blocks every ~250–400 characters
 * (paragraphs, some « titre » headings, runs of list items); a few words made bold/italic or linked.
 * The delete rate is steered so the text ends at the target length exactly when the edits run out.
 */
import * as A from "@automerge/automerge";
import { initSeed, type SeedDoc } from "../../../../src/domain/seed";
import type { ProfileId } from "../../../../src/domain/ids";

const PATH = ["journal"];
const WORDS = (
  "atelier graine projet groupe action réunion voisins jardin partagé commune élus outil " +
  "besoin ressource mobiliser calendrier prochaine étape compte rendu décision consentement " +
  "proposition association quartier bénévoles financement subvention local rencontre " +
  "expérimentation hypothèse indicateur itération résultat apprentissage territoire école " +
  "parents mairie salle matériel semis récolte compost arrosage planning communication affiche"
).split(" ");

/** A small deterministic PRNG (mulberry32), so every run builds the same history. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface JournalHistory {
  bytes: Uint8Array;
  edits: number;
  changes: number;
  length: number;
  blocks: number;
  marks: number;
  inserts: number;
  deletes: number;
  buildSeconds: number;
}

function block(
  type: string,
  attrs: Record<string, A.MaterializeValue> = {},
  parents: string[] = [],
) {
  return {
    type: new A.ImmutableString(type),
    parents: parents.map((p) => new A.ImmutableString(p)),
    attrs,
  };
}

export function buildJournalHistory(targetLength: number, totalEdits: number): JournalHistory {
  const started = performance.now();
  const random = prng(6);
  let doc = A.change(A.init<SeedDoc>(), { message: "seed/init", time: 0 }, (d) =>
    initSeed(d, {
      title: "Jardin partagé du quartier",
      workshopTitle: "Atelier participatif",
      by: "profile-bench" as ProfileId,
      now: 1_700_000_000_000,
    }),
  );
  const message = { message: "seed/edit-journal" };
  let length = 0; // characters in the journal, block markers included
  let cursor = 0; // where the "typist" is
  let sinceBlock = 0;
  let listRun = 0;
  let edits = 0;
  let inserts = 0;
  let deletes = 0;
  let blocks = 0;
  let marks = 0;
  let pendingWord = "";

  const edit = (fn: (d: SeedDoc) => void) => {
    doc = A.change(doc, message, fn);
    edits++;
  };
  const newBlock = () => {
    let spec = block("paragraph");
    const roll = random();
    if (listRun > 0) {
      spec = block("unordered-list-item");
      listRun--;
    } else if (roll < 0.15) spec = block("heading", { level: roll < 0.05 ? 2 : 3 });
    else if (roll < 0.25) {
      listRun = 2 + Math.floor(random() * 4);
      spec = block("unordered-list-item");
    }
    const at = cursor;
    edit((d) => A.splitBlock(d, PATH, at, spec));
    length++;
    cursor++;
    blocks++;
    sinceBlock = 0;
  };

  newBlock();
  while (edits < totalEdits) {
    const remaining = totalEdits - edits;
    const net = targetLength - length;
    // Deletes needed so inserts − deletes = net exactly when inserts + deletes = remaining.
    const deleteShare = Math.min(0.9, Math.max(0, (remaining - net) / 2 / remaining));
    if (remaining <= net) {
      // Only inserts left: append.
    } else if (random() < deleteShare / 6 && length > 2) {
      // A backspace run (typo) or, rarely, a phrase deleted during a revision elsewhere.
      const revision = random() < 0.1;
      if (revision) cursor = 1 + Math.floor(random() * (length - 1));
      const run = Math.min(
        remaining - Math.max(0, net),
        revision ? 10 + Math.floor(random() * 40) : 1 + Math.floor(random() * 12),
      );
      for (let k = 0; k < run && cursor > 1 && edits < totalEdits; k++) {
        const at = cursor - 1;
        edit((d) => A.splice(d, PATH, at, 1));
        length--;
        cursor--;
        deletes++;
      }
      if (revision) cursor = length;
      continue;
    }
    if (sinceBlock > 250 + random() * 150 && remaining > 1) {
      newBlock();
      continue;
    }
    if (pendingWord === "") {
      pendingWord = (WORDS[Math.floor(random() * WORDS.length)] ?? "mot") + " ";
      // Now and then the typist goes back to add a word earlier, then returns to the end.
      const where = random();
      if (where < 0.02 && length > 2) cursor = 1 + Math.floor(random() * (length - 1));
      else if (where < 0.3) cursor = length;
      if (random() < 0.004 && length > 40) {
        // Format a recent word: bold, italic or a link (one edit, as one toolbar action).
        const start = Math.max(1, cursor - 12);
        const end = Math.max(start + 1, cursor - 2);
        const kind = random();
        edit((d) =>
          kind < 0.4
            ? A.mark(d, PATH, { start, end, expand: "both" }, "strong", true)
            : kind < 0.8
              ? A.mark(d, PATH, { start, end, expand: "both" }, "em", true)
              : A.mark(
                  d,
                  PATH,
                  { start, end, expand: "none" },
                  "link",
                  JSON.stringify({ href: "https://exemple.fr/graine" }),
                ),
        );
        marks++;
        continue;
      }
    }
    const ch = pendingWord[0] ?? " ";
    pendingWord = pendingWord.slice(1);
    const at = cursor;
    edit((d) => A.splice(d, PATH, at, 0, ch));
    length++;
    cursor++;
    sinceBlock++;
    inserts++;
  }
  const bytes = A.save(doc);
  return {
    bytes,
    edits,
    changes: A.getAllChanges(doc).length,
    length: A.spans(doc, PATH).reduce(
      (n, span) => n + (span.type === "text" ? span.value.length : 1),
      0,
    ),
    blocks,
    marks,
    inserts,
    deletes,
    buildSeconds: Math.round((performance.now() - started) / 100) / 10,
  };
}
