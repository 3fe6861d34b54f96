/**
 * What the board screens draw: the domain's board selection reshaped for rendering (see
 * `boardModel.ts`). Kept separate from the domain types so the screens read one small shape.
 */

/** A note as a card shows it. */
export interface BoardNote {
  id: string;
  categoryId: string;
  /** `""` = not in a group. */
  clusterId: string;
  /** `""` when the note is a « masqué » placeholder for this viewer. */
  text: string;
  /** Hidden from this viewer until a facilitator reveals it (no text is shown). */
  placeholder: boolean;
  /** Added in hide-until-reveal mode and not revealed yet (facilitators see the text). */
  awaitingReveal: boolean;
  /**
   * Awaiting reveal, written by someone else, seen by a facilitator: the text is held but shown
   * only on demand (see `hiddenCards.ts`). Absent = shown as usual.
   */
  sealed?: boolean;
  /** Moderation reason, shown to facilitators only; `null` when not moderated. */
  moderation: string | null;
  linkedContacts: string[];
  authorContactId: string;
  /** Notes folded into this one (« fusionner »), each undoable. */
  merged: { id: string; text: string }[];
}

/** A named group of notes within a category. */
export interface BoardCluster {
  id: string;
  title: string;
  notes: BoardNote[];
}

/** One column of the board. */
export interface BoardColumn {
  id: string;
  title: string;
  clusters: BoardCluster[];
  /** Notes not in a group, ordered. */
  notes: BoardNote[];
}
