/**
 * The large board of the reconnect benchmark: a diagnostic-like document (categories and notes
 * with text, author, category, order), built and edited with plain Automerge calls through a
 * DocHandle so that each edit is one change, as a tablet's user makes them.
 */
import type { DocHandle } from "@automerge/automerge-repo";

export interface BoardNote {
  text: string;
  author: string;
  category: string;
  order: number;
  createdAt: number;
}

export interface Board {
  title: string;
  categories: Record<string, { name: string; order: number }>;
  notes: Record<string, BoardNote>;
}

const WORDS =
  "eau sol semis récolte pluie haie compost verger parcelle rotation paillage butte mare abeille outil grange marché voisin sentier".split(
    " ",
  );

/** Deterministic pseudo-random numbers (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(rand: () => number, words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(" ");
}

const CATEGORIES = ["atouts", "freins", "idées", "questions", "à creuser", "décisions"];

export function emptyBoard(): Board {
  return {
    title: "Diagnostic de la ferme",
    categories: Object.fromEntries(CATEGORIES.map((name, order) => [`c${order}`, { name, order }])),
    notes: {},
  };
}

/** Adds `count` notes in batches of `perChange` notes per change. */
export function seedNotes(
  handle: DocHandle<Board>,
  count: number,
  perChange: number,
  seed: number,
) {
  const rand = rng(seed);
  for (let done = 0; done < count; done += perChange) {
    handle.change((d) => {
      for (let k = done; k < Math.min(count, done + perChange); k++) {
        d.notes[`seed-${k}`] = {
          text: sentence(rand, 6 + Math.floor(rand() * 10)),
          author: `p${k % 12}`,
          category: `c${k % CATEGORIES.length}`,
          order: k,
          createdAt: 1_700_000_000_000 + k * 1000,
        };
      }
    });
  }
}

/**
 * `count` single edits by one person, as during a workshop: 60 % new notes, 25 % text edits
 * (a word appended), 15 % moves to another category.
 */
export function editBoard(handle: DocHandle<Board>, count: number, who: string, seed: number) {
  const rand = rng(seed);
  for (let i = 0; i < count; i++) {
    const r = rand();
    const ids = Object.keys(handle.doc().notes);
    const target = ids[Math.floor(rand() * ids.length)] ?? "";
    handle.change((d) => {
      if (r < 0.6 || !d.notes[target]) {
        d.notes[`${who}-${i}`] = {
          text: sentence(rand, 5 + Math.floor(rand() * 8)),
          author: who,
          category: `c${Math.floor(rand() * CATEGORIES.length)}`,
          order: 10_000 + i,
          createdAt: 1_800_000_000_000 + i * 1000,
        };
      } else if (r < 0.85) {
        const note = d.notes[target];
        note.text = `${note.text} ${sentence(rand, 1)}`;
      } else {
        d.notes[target].category = `c${Math.floor(rand() * CATEGORIES.length)}`;
      }
    });
  }
}
