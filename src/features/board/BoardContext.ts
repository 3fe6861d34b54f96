import { createContext, useContext } from "react";
import type { useTranslation } from "react-i18next";
import type { ContactView, DiagnosticView } from "../../domain";
import type { BoardColumn } from "./boardTypes";
import type { DiagnosticState } from "./useDiagnostic";
import type { BoardSettingsActions } from "./useBoardSettings";

/** What every board screen reads: the board, the carnet's names and the bound commands. */
export interface BoardScreenState extends DiagnosticState {
  view: DiagnosticView;
  /** The columns as this viewer sees them (hidden notes as placeholders, merged ones folded). */
  columns: readonly BoardColumn[];
  /** Live contacts of the carnet (pickers: links, voters, tour de table). */
  contacts: readonly ContactView[];
  /** Contact id → display name. */
  names: ReadonlyMap<string, string>;
  /** The current profile is in the atelier's facilitators set (a UI gate only). */
  facilitator: boolean;
  /** The shared « notes masquées » mode (in the document): new notes are added hidden. */
  hideMode: boolean;
  setHideMode: (on: boolean) => boolean;
  /** Category management (add, rename, reorder, bin, restore). */
  categoryActions: BoardSettingsActions;
  /** Joins or leaves the facilitators set (the workshop document). */
  setFacilitator: (on: boolean) => void;
  /** Path of the board: `/atelier/<id>/etat-des-lieux`. */
  base: string;
}

export const BoardContext = createContext<BoardScreenState | null>(null);

/** The board's state; throws outside the board page (a programming error). */
export function useBoardScreen(): BoardScreenState {
  const state = useContext(BoardContext);
  if (!state) throw new Error("useBoardScreen() outside <BoardPage>");
  return state;
}

/**
 * The slice of the board state that note cards need and that changes rarely (commands, gate,
 * names): cards read it instead of the whole state, so typing in one note re-renders one card.
 */
export interface BoardCommands {
  actions: BoardScreenState["actions"];
  readOnly: boolean;
  facilitator: boolean;
  hideMode: boolean;
  names: ReadonlyMap<string, string>;
  /**
   * The translation function, read once by the page: each card taking it from here instead of
   * `useTranslation` saves a subscription per card (hundreds on a long board).
   */
  t: ReturnType<typeof useTranslation>["t"];
}

export const BoardCommandsContext = createContext<BoardCommands | null>(null);

/** The board's commands; throws outside the board page (a programming error). */
export function useBoardCommands(): BoardCommands {
  const state = useContext(BoardCommandsContext);
  if (!state) throw new Error("useBoardCommands() outside <BoardPage>");
  return state;
}
