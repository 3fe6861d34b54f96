import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BoardColumn, BoardNote } from "../boardTypes";
import { useBoardScreen } from "../BoardContext";

/** « Fusionner avec… »: fold this note into another of its category (undone from the target). */
export function MergeSection({
  note,
  column,
  onMerged,
}: {
  note: BoardNote;
  column: BoardColumn;
  onMerged: () => void;
}) {
  const { t } = useTranslation();
  const { actions } = useBoardScreen();
  const id = useId();
  const others = [...column.notes, ...column.clusters.flatMap((c) => c.notes)].filter(
    (n) => n.id !== note.id && !n.placeholder,
  );
  const [target, setTarget] = useState("");
  if (others.length === 0 || note.placeholder) return null;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t("board.merge")}</h3>
      <p className="field-hint">{t("board.mergeHint")}</p>
      <div className="field">
        <label htmlFor={`${id}-target`}>{t("board.mergeTarget")}</label>
        <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="" />
          {others.map((n) => (
            <option key={n.id} value={n.id}>
              {n.text}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        disabled={!target}
        onClick={() => {
          if (actions.mergeNotes(note.id, target)) onMerged();
        }}
      >
        {t("board.mergeApply")}
      </button>
    </section>
  );
}
