/**
 * Read-side helpers over a diagnostic view: the board as a given viewer sees it, the bin.
 * Every order is total — (rank, id) — so every device shows the same board.
 */
import type { ContactId, NoteId, ProfileId } from "../ids";
import { compareRanked, sortRanked } from "../rank";
import { foldingOf, type Folding } from "./fold";
import { noteBucketsOf } from "./normalize";
import type {
  DiagnosticCategory,
  DiagnosticCluster,
  DiagnosticNote,
  DiagnosticView,
  Moderation,
} from "./schema";

export * from "./voteSelectors";

/** Who is looking: facilitators see hidden and moderated notes; an author sees their own. */
export interface BoardViewer {
  facilitator: boolean;
  /** The participant using the tablet, if chosen: their own hidden notes show to them. */
  contactId?: string;
}

/** A folded note as shown inside its target. */
export interface BoardMergedNote {
  id: NoteId;
  text: string;
  authorContactId: ContactId | "";
}

/** A note the viewer may read. */
export interface BoardNote {
  hidden: false;
  id: NoteId;
  categoryId: string;
  /** The cluster it shows in (`""` = none). */
  clusterId: string;
  rank: string;
  text: string;
  authorContactId: ContactId | "";
  /** Linked contacts, sorted. */
  linkedContacts: ContactId[];
  /** Added hidden and not revealed yet (only facilitators and its author see it). */
  concealed: boolean;
  /** Set for moderated notes, which only facilitators receive. */
  moderation: Moderation | null;
  /** Notes folded into this one that the viewer may read, in (createdAt, id) order. */
  merged: BoardMergedNote[];
  /** Notes folded into this one that the viewer may not read (hidden). */
  hiddenMerged: number;
  createdBy: ProfileId;
  createdAt: number;
}

/**
 * A hidden note the viewer may not read: its place only, no text (« masqué, pas confidentiel :
 * chaque tablette détient le texte »).
 */
export interface HiddenNotePlaceholder {
  hidden: true;
  id: NoteId;
  categoryId: string;
  clusterId: string;
  rank: string;
}

/** One item of a column or cluster. */
export type BoardItem = BoardNote | HiddenNotePlaceholder;

/** A cluster with its notes in order. */
export interface BoardCluster {
  cluster: Readonly<DiagnosticCluster>;
  notes: BoardItem[];
}

/** One category of the board. */
export interface BoardColumn {
  category: Readonly<DiagnosticCategory>;
  /** Live clusters of the category, ordered by (rank, id). */
  clusters: BoardCluster[];
  /** Notes in no (live) cluster, ordered by (rank, id). */
  notes: BoardItem[];
  /** Items in the column (clustered or not, placeholders included; folded notes not counted). */
  count: number;
}

/** Categories in board order (rank, then id), the archived ones left out. */
export function selectCategories(view: Pick<DiagnosticView, "categories">): DiagnosticCategory[] {
  return sortRanked(Object.values(view.categories).filter((c) => c.archived === null));
}

/** Archived categories (the bin), in board order. */
export function selectArchivedCategories(
  view: Pick<DiagnosticView, "categories">,
): DiagnosticCategory[] {
  return sortRanked(Object.values(view.categories).filter((c) => c.archived !== null));
}

/** Whether a note was added hidden and is not revealed yet. */
export function isConcealed(view: DiagnosticView, note: Readonly<DiagnosticNote>): boolean {
  return note.hidden && view.facilitation.revealed[note.id] !== true;
}

function mayRead(view: DiagnosticView, note: Readonly<DiagnosticNote>, viewer: BoardViewer) {
  if (viewer.facilitator || !isConcealed(view, note)) return true;
  return viewer.contactId !== undefined && viewer.contactId === note.authorContactId;
}

/**
 * One note as `viewer` sees it on the board. `fold` gives its cluster and the notes folded into
 * it (the view's {@link foldingOf} unless the caller knows them: see `boardDelta.ts`).
 */
export function boardItem(
  view: DiagnosticView,
  note: Readonly<DiagnosticNote>,
  viewer: BoardViewer,
  fold: Pick<Folding, "clusterOf" | "members"> = foldingOf(view),
): BoardItem {
  const { clusterOf, members } = fold;
  const clusterId = clusterOf(note);
  if (!mayRead(view, note, viewer)) {
    const placeholder: HiddenNotePlaceholder = {
      hidden: true,
      id: note.id,
      categoryId: note.categoryId,
      clusterId,
      rank: note.rank,
    };
    return placeholder;
  }
  const folded = (members.get(note.id) ?? []).filter(
    (m) => viewer.facilitator || m.moderation === null,
  );
  const readable = folded.filter((m) => mayRead(view, m, viewer));
  const item: BoardNote = {
    hidden: false,
    id: note.id,
    categoryId: note.categoryId,
    clusterId,
    rank: note.rank,
    text: note.text,
    authorContactId: note.authorContactId,
    linkedContacts: (Object.keys(note.linkedContacts) as ContactId[]).sort(),
    concealed: isConcealed(view, note),
    moderation: note.moderation,
    merged: readable.map((m) => ({ id: m.id, text: m.text, authorContactId: m.authorContactId })),
    hiddenMerged: folded.length - readable.length,
    createdBy: note.createdBy,
    createdAt: note.createdAt,
  };
  return item;
}

/**
 * The board as `viewer` sees it: per live category (in order), its live clusters with their
 * notes and its unclustered notes, each ordered by (rank, id). Merged notes show inside their
 * target; hidden-unrevealed notes are placeholders for those who may not read them; moderated
 * notes reach facilitators only (with the reason).
 */
export function selectBoard(view: DiagnosticView, args: { viewer: BoardViewer }): BoardColumn[] {
  const { viewer } = args;
  const { live, rootOf, clusterOf } = foldingOf(view);
  const byContainer = new Map<string, Readonly<DiagnosticNote>[]>();
  for (const note of live.values()) {
    if (rootOf(note.id) !== note.id) continue;
    if (note.moderation !== null && !viewer.facilitator) continue;
    const key = `${note.categoryId}/${clusterOf(note)}`;
    const list = byContainer.get(key) ?? [];
    list.push(note);
    byContainer.set(key, list);
  }
  const items = (categoryId: string, clusterId: string) =>
    (byContainer.get(`${categoryId}/${clusterId}`) ?? [])
      .sort(compareRanked)
      .map((n) => boardItem(view, n, viewer));
  const clustersByCategory = new Map<string, DiagnosticCluster[]>();
  for (const cluster of Object.values(view.clusters)) {
    if (cluster.archived !== null) continue;
    const list = clustersByCategory.get(cluster.categoryId) ?? [];
    list.push(cluster);
    clustersByCategory.set(cluster.categoryId, list);
  }
  return selectCategories(view).map((category) => {
    const clusters = sortRanked(clustersByCategory.get(category.id) ?? []).map((cluster) => ({
      cluster,
      notes: items(category.id, cluster.id),
    }));
    const notes = items(category.id, "");
    const count = notes.length + clusters.reduce((sum, c) => sum + c.notes.length, 0);
    return { category, clusters, notes, count };
  });
}

/** The archived notes of one bucket (per bucket array: unchanged buckets are not re-scanned). */
const archivedOfBucket = new WeakMap<readonly DiagnosticNote[], DiagnosticNote[]>();

function archivedIn(part: readonly DiagnosticNote[]): DiagnosticNote[] {
  let hit = archivedOfBucket.get(part);
  if (hit === undefined)
    archivedOfBucket.set(part, (hit = part.filter((n) => n.archived !== null)));
  return hit;
}

/**
 * Notes in the bin (« Corbeille »), most recently archived first (then by id). Read bucket by
 * bucket when the reader kept them (the board's navigation counts the bin on every change).
 */
export function selectArchivedNotes(view: DiagnosticView): DiagnosticNote[] {
  const parts = noteBucketsOf(view);
  const archived = parts
    ? parts.flatMap(archivedIn)
    : Object.values(view.notes).filter((n) => n.archived !== null);
  return archived.sort(
    (a, b) =>
      (b.archived?.at ?? 0) - (a.archived?.at ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
