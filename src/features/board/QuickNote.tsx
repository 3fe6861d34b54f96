import { useId, useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useBoardCommands } from "./BoardContext";

/**
 * « Ajouter une note »: type, Enter, type the next one. The field keeps focus, so a facilitator
 * can capture a tour de table without touching the screen between notes.
 */
export function QuickNote({ categoryId }: { categoryId: string }) {
  const { t } = useTranslation();
  const { actions, hideMode: hidden } = useBoardCommands();
  const [text, setText] = useState("");
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    if (actions.addNote({ categoryId, text: text.trim(), hidden })) setText("");
  };
  return (
    <form className="quick-note" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {t("board.addNote")}
      </label>
      <input
        id={id}
        value={text}
        placeholder={t("board.addNote")}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        enterKeyHint="enter"
        maxLength={2000}
        onChange={(e) => setText(e.target.value)}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t("board.addNoteHint")}
      </span>
    </form>
  );
}
