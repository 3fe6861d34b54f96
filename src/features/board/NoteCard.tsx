import { memo, useCallback, useState } from "react";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { BoardNote } from "./boardTypes";
import { useBoardCommands } from "./BoardContext";

/** The accessible name of a note: its text, or « masqué » for a placeholder. */
export function noteName(note: BoardNote, hidden: string): string {
  return note.placeholder ? hidden : note.text.trim() || "…";
}

/** A note on the board: a drag handle, its text edited in place, its actions. */
export const NoteCard = memo(function NoteCard({
  note,
  onOpen,
  index,
  measure,
}: {
  note: BoardNote;
  onOpen: (id: string) => void;
  /** Its place in a virtualised list, which measures the rendered card. */
  index?: number;
  measure?: (el: Element | null) => void;
}) {
  const { actions, readOnly, t } = useBoardCommands();
  const locked = readOnly || note.placeholder;
  const sortable = useSortable({ id: note.id, disabled: locked });
  const { setNodeRef } = sortable;
  const ref = useCallback(
    (el: HTMLLIElement | null) => {
      setNodeRef(el);
      measure?.(el);
    },
    [setNodeRef, measure],
  );
  // A facilitator reads a sealed note (someone else's, awaiting reveal) only on demand.
  const [peek, setPeek] = useState(false);
  const sealed = note.sealed === true && !peek;
  const name = sealed ? t("board.hiddenNote") : noteName(note, t("board.hiddenNote"));
  const style = {
    transform: CSS.Translate.toString(sortable.transform),
    transition: sortable.transition,
  };
  return (
    <li
      ref={ref}
      data-index={index}
      style={style}
      className={sortable.isDragging ? "note-card dragging" : "note-card"}
      aria-label={name}
      data-note-id={note.id}
    >
      {locked ? null : (
        <button
          type="button"
          className="note-handle"
          aria-label={t("board.drag", { text: name })}
          {...sortable.attributes}
          {...sortable.listeners}
        >
          ⠿
        </button>
      )}
      {sealed ? (
        <div className="note-hidden">
          <strong>{t("board.hiddenNote")}</strong>
          <span className="field-hint">{t("board.kit.sealedHint")}</span>
          <button type="button" className="secondary small" onClick={() => setPeek(true)}>
            {t("board.kit.readSealed")}
          </button>
        </div>
      ) : (
        <NoteBody note={note} locked={locked} onText={(text) => actions.editNote(note.id, text)} />
      )}
      {readOnly ? null : (
        <button
          type="button"
          className="note-menu"
          aria-label={t("board.noteActions", { text: name })}
          onClick={() => onOpen(note.id)}
        >
          ⋯
        </button>
      )}
    </li>
  );
});

function NoteBody({
  note,
  locked,
  onText,
}: {
  note: BoardNote;
  locked: boolean;
  onText: (text: string) => void;
}) {
  const { names, actions, readOnly, t } = useBoardCommands();
  if (note.placeholder) {
    return (
      <p className="note-hidden" title={t("board.hiddenHint")}>
        <strong>{t("board.hiddenNote")}</strong>
        <span className="field-hint">{t("board.hiddenHint")}</span>
      </p>
    );
  }
  return (
    <div className="note-body">
      <textarea
        className="note-text"
        aria-label={t("board.noteText")}
        value={note.text}
        readOnly={locked}
        maxLength={2000}
        rows={1}
        onChange={(e) => onText(e.target.value)}
      />
      {note.awaitingReveal ? <span className="badge muted">{t("board.hiddenBadge")}</span> : null}
      {note.moderation !== null ? (
        <span className="badge warn">{t("board.moderated", { reason: note.moderation })}</span>
      ) : null}
      {note.linkedContacts.length > 0 ? (
        <ul className="note-contacts" aria-label={t("board.links")}>
          {note.linkedContacts.map((id) => (
            <li key={id}>{names.get(id) ?? t("board.unknownContact")}</li>
          ))}
        </ul>
      ) : null}
      {note.merged.length > 0 ? (
        <details className="note-merged">
          <summary>{t("board.merged", { count: note.merged.length })}</summary>
          <ul>
            {note.merged.map((m) => (
              <li key={m.id}>
                <span>{m.text}</span>
                {readOnly ? null : (
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => actions.unmergeNote(m.id)}
                  >
                    {t("board.unmerge", { text: m.text })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

/** The card drawn under the pointer while dragging (no handlers, no sortable). */
export function NoteFace({ note }: { note: BoardNote; overlay?: boolean }) {
  const { t } = useBoardCommands();
  return (
    <div className="note-card overlay" aria-hidden="true">
      <span className="note-handle">⠿</span>
      <p className="note-text">{noteName(note, t("board.hiddenNote"))}</p>
    </div>
  );
}
