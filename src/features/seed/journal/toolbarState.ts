import type { EditorState } from "prosemirror-state";
import {
  currentHeading,
  currentHref,
  currentList,
  markActive,
  toggleBold,
  toggleBulletList,
  toggleItalic,
  toggleOrderedList,
} from "./journalCommands";
import { journalMarks, journalNodes } from "./journalSchema";

/** What the toolbar shows: pressed states and which buttons apply to the selection. */
export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  link: boolean;
  heading: 0 | 2 | 3;
  bulletList: boolean;
  orderedList: boolean;
  canBold: boolean;
  canItalic: boolean;
  canBulletList: boolean;
  canOrderedList: boolean;
  hasSelection: boolean;
  href: string;
}

export function toolbarState(state: EditorState): ToolbarState {
  const list = currentList(state);
  return {
    bold: markActive(state, journalMarks.strong),
    italic: markActive(state, journalMarks.em),
    link: markActive(state, journalMarks.link),
    heading: currentHeading(state),
    bulletList: list === journalNodes.bullet_list,
    orderedList: list === journalNodes.ordered_list,
    canBold: toggleBold(state),
    canItalic: toggleItalic(state),
    canBulletList: toggleBulletList(state),
    canOrderedList: toggleOrderedList(state),
    hasSelection: !state.selection.empty,
    href: currentHref(state),
  };
}

/** Shallow equality, so a keystroke that changes nothing the toolbar shows re-renders nothing. */
export function sameToolbarState(a: ToolbarState, b: ToolbarState): boolean {
  return (Object.keys(a) as (keyof ToolbarState)[]).every((key) => a[key] === b[key]);
}
