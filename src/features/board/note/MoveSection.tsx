import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BoardNote } from "../boardTypes";
import { useBoardScreen } from "../BoardContext";
import { boardLists, containerKey, stepPlan } from "../dragPlan";

/** « Déplacer »: to another category or group (last there), or one place up or down. */
export function MoveSection({ note }: { note: BoardNote }) {
  const { t } = useTranslation();
  const { columns, actions } = useBoardScreen();
  const id = useId();
  const [categoryId, setCategoryId] = useState(note.categoryId);
  const [clusterId, setClusterId] = useState(note.clusterId);
  const column = columns.find((c) => c.id === categoryId);
  const lists = boardLists(columns);
  const step = (s: -1 | 1) => {
    const plan = stepPlan(lists, note.id, s);
    if (plan) actions.moveNote(plan);
  };
  const moveThere = () => {
    const target = (lists.get(containerKey({ categoryId, clusterId })) ?? []).filter(
      (other) => other !== note.id,
    );
    actions.moveNote({
      id: note.id,
      categoryId,
      clusterId,
      afterId: target[target.length - 1] ?? null,
      beforeId: null,
    });
  };
  const here = categoryId === note.categoryId && clusterId === note.clusterId;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t("board.move")}</h3>
      <div className="row">
        <button type="button" className="secondary" onClick={() => step(-1)}>
          ↑ {t("board.moveUp")}
        </button>
        <button type="button" className="secondary" onClick={() => step(1)}>
          ↓ {t("board.moveDown")}
        </button>
      </div>
      <div className="grid-2">
        <div className="field">
          <label htmlFor={`${id}-cat`}>{t("board.moveCategory")}</label>
          <select
            id={`${id}-cat`}
            value={categoryId}
            onChange={(e) => {
              setCategoryId(e.target.value);
              setClusterId("");
            }}
          >
            {columns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-cluster`}>{t("board.moveCluster")}</label>
          <select
            id={`${id}-cluster`}
            value={clusterId}
            onChange={(e) => setClusterId(e.target.value)}
          >
            <option value="">{t("board.noCluster")}</option>
            {(column?.clusters ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.title || t("board.clusterDefault")}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="button" disabled={here} onClick={moveThere}>
        {t("board.moveApply")}
      </button>
    </section>
  );
}
