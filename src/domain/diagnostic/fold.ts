/**
 * Read-time folding shared by the selectors: which notes are live, which cluster a note shows
 * in, and which note a merged note shows inside.
 *
 * A note is live when neither it, nor its category, is in the bin. Merges only fold live notes
 * into live notes, so every live note shows exactly once: on its own, or inside its root.
 * Concurrent merges may form chains or cycles; they resolve like the address book's
 * (`makeRootResolver`: a chain to its end, a cycle to its smallest id), the same on every device.
 */
import { makeRootResolver } from "../address-book/mergeRecords";
import type { DiagnosticNote, DiagnosticView } from "./schema";

/** Notes and folding of one view, computed once per view. */
export interface Folding {
  /** Live notes by id. */
  live: ReadonlyMap<string, Readonly<DiagnosticNote>>;
  /** The note a live note shows as (itself when not merged). */
  rootOf(id: string): string;
  /** Live notes folded into each root (root excluded), in (createdAt, id) order. */
  members: ReadonlyMap<string, readonly Readonly<DiagnosticNote>[]>;
  /** The cluster a note shows in: its own if live and of the same category, else `""`. */
  clusterOf(note: Readonly<DiagnosticNote>): string;
}

const cache = new WeakMap<object, Folding>();

/** The cluster a note shows in: its own if live and of the same category, else `""`. */
export function clusterOfIn(view: Pick<DiagnosticView, "clusters">) {
  return (note: Readonly<DiagnosticNote>): string => {
    const cluster = note.clusterId === "" ? undefined : view.clusters[note.clusterId];
    return cluster !== undefined &&
      cluster.archived === null &&
      cluster.categoryId === note.categoryId
      ? cluster.id
      : "";
  };
}

/** The {@link Folding} of `view` (memoised per view object). */
export function foldingOf(view: DiagnosticView): Folding {
  const hit = cache.get(view);
  if (hit !== undefined) return hit;
  const live = new Map<string, Readonly<DiagnosticNote>>();
  for (const note of Object.values(view.notes)) {
    const category = view.categories[note.categoryId];
    if (note.archived === null && category !== undefined && category.archived === null) {
      live.set(note.id, note);
    }
  }
  const targets = new Map<string, string>();
  for (const note of live.values()) {
    if (note.mergedInto !== null && live.has(note.mergedInto))
      targets.set(note.id, note.mergedInto);
  }
  const rootOf = makeRootResolver(targets);
  const members = new Map<string, Readonly<DiagnosticNote>[]>();
  for (const id of targets.keys()) {
    const root = rootOf(id);
    if (root === id) continue;
    const list = members.get(root) ?? [];
    list.push(live.get(id) as DiagnosticNote);
    members.set(root, list);
  }
  for (const list of members.values()) {
    list.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  const clusterOf = clusterOfIn(view);
  const folding: Folding = { live, rootOf, members, clusterOf };
  cache.set(view, folding);
  return folding;
}
