import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { BoardCommandsContext } from "./BoardContext";
import type { BoardCommands } from "./BoardContext";
import type { BoardColumn } from "./boardTypes";
import type { BoardActions } from "./useDiagnostic";
import { DndBoard } from "./DndBoard";

/** Commands of a board drawn from the cache: nothing can be written until the document is there. */
const INERT = new Proxy({} as BoardActions, { get: () => () => null });
const NO_NAMES: ReadonlyMap<string, string> = new Map();
const ignore = () => undefined;

/**
 * The board as last saved on this tablet, read-only, while the diagnostic document loads: the
 * same columns and cards (long columns virtualised), said to be the saved version.
 */
export function CachedBoard({ columns }: { columns: readonly BoardColumn[] }) {
  const { t } = useTranslation();
  const commands = useMemo<BoardCommands>(
    () => ({
      actions: INERT,
      readOnly: true,
      facilitator: false,
      hideMode: false,
      names: NO_NAMES,
      t,
    }),
    [t],
  );
  return (
    <BoardCommandsContext.Provider value={commands}>
      <div className="board-page" aria-busy="true">
        <p className="field-hint cached-hint">{t("board.cached")}</p>
        <section className="board-screen" aria-label={t("board.title")}>
          <DndBoard columns={columns} onOpenNote={ignore} />
        </section>
      </div>
    </BoardCommandsContext.Provider>
  );
}
