/**
 * Hide-until-reveal as each tablet shows it, on top of the domain's board selection: the note
 * someone just added stays readable on the tablet that wrote it (a note that vanished into
 * « masqué » as it was typed would look lost), and a facilitator sees other people's hidden
 * notes sealed — the text is on the tablet and one tap reads it, but it is not on screen until
 * revealed, so the room is not anchored by what the facilitator's screen shows.
 */
import type { DiagnosticView } from "../../domain";
import type { BoardColumn, BoardNote } from "./boardTypes";

function adjust(
  card: BoardNote,
  view: DiagnosticView,
  profileId: string,
  facilitator: boolean,
): BoardNote {
  if (!card.awaitingReveal) return card;
  const note = view.notes[card.id];
  if (!note) return card;
  const mine = note.createdBy === profileId;
  if (card.placeholder && mine) {
    return { ...card, placeholder: false, text: note.text, sealed: false };
  }
  if (!card.placeholder && !mine && facilitator && card.sealed !== true) {
    return { ...card, sealed: true };
  }
  return card;
}

/**
 * The columns with hidden notes adjusted for this tablet (see module doc). Columns and cards
 * that do not change keep their identity, so memoised components skip them.
 */
export function withHiddenCards(
  columns: readonly BoardColumn[],
  view: DiagnosticView,
  profileId: string,
  facilitator: boolean,
): BoardColumn[] {
  const fix = (notes: BoardNote[]) => {
    let changed = false;
    const out = notes.map((n) => {
      const next = adjust(n, view, profileId, facilitator);
      if (next !== n) changed = true;
      return next;
    });
    return changed ? out : notes;
  };
  return columns.map((column) => {
    const notes = fix(column.notes);
    let clustersChanged = false;
    const clusters = column.clusters.map((k) => {
      const kn = fix(k.notes);
      if (kn === k.notes) return k;
      clustersChanged = true;
      return { ...k, notes: kn };
    });
    if (notes === column.notes && !clustersChanged) return column;
    return { ...column, notes, clusters };
  });
}
