import { baseKeymap, setBlockType, toggleMark } from "prosemirror-commands";
import { redo, undo } from "prosemirror-history";
import type { MarkType, NodeType } from "prosemirror-model";
import { liftListItem, sinkListItem, splitListItem, wrapInList } from "prosemirror-schema-list";
import type { Command, EditorState, Transaction } from "prosemirror-state";
import { headingLevel, journalMarks as marks, journalNodes as nodes } from "./journalSchema";
import { safeHref } from "./safeLink";

/**
 * ProseMirror commands behind the journal's toolbar and shortcuts. Each is a plain
 * `(state, dispatch) => boolean`: with no `dispatch` it only says whether it applies, which is how
 * the toolbar knows what to enable.
 */

export const toggleBold: Command = toggleMark(marks.strong);
export const toggleItalic: Command = toggleMark(marks.em);

/** The current heading level of the selection's block, or 0 for a paragraph. */
export function currentHeading(state: EditorState): 0 | 2 | 3 {
  const { $from, $to } = state.selection;
  if (!$from.sameParent($to)) return 0;
  const parent = $from.parent;
  return parent.type === nodes.heading ? headingLevel(parent.attrs.level) : 0;
}

/** « Titre » cycles paragraph → titre (niveau 2) → titre (niveau 3) → paragraph. */
export const cycleHeading: Command = (state, dispatch) => {
  const level = currentHeading(state);
  if (level === 0) return setBlockType(nodes.heading, { level: 2 })(state, dispatch);
  if (level === 2) return setBlockType(nodes.heading, { level: 3 })(state, dispatch);
  return setBlockType(nodes.paragraph)(state, dispatch);
};

/** The list type the selection sits in (innermost), if any. */
export function currentList(state: EditorState): NodeType | null {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    const type = $from.node(depth).type;
    if (type === nodes.bullet_list || type === nodes.ordered_list) return type;
  }
  return null;
}

/** A list button: lifts out of a list of this type, otherwise wraps the selection in one. */
export function toggleList(listType: NodeType): Command {
  return (state, dispatch) => {
    if (currentList(state) === listType) return liftListItem(nodes.list_item)(state, dispatch);
    return wrapInList(listType)(state, dispatch);
  };
}

export const toggleBulletList = toggleList(nodes.bullet_list);
export const toggleOrderedList = toggleList(nodes.ordered_list);

export function markActive(state: EditorState, type: MarkType): boolean {
  const { from, $from, to, empty } = state.selection;
  if (empty) return Boolean(type.isInSet(state.storedMarks ?? $from.marks()));
  return state.doc.rangeHasMark(from, to, type);
}

/** The href of the link under the selection's start, for pre-filling the « Lien » form. */
export function currentHref(state: EditorState): string {
  const link = marks.link.isInSet(state.selection.$from.marks());
  return typeof link?.attrs.href === "string" ? link.attrs.href : "";
}

export type LinkOutcome = "applied" | "refused" | "no-selection";

/**
 * Sets (or replaces) the link on the selected text. An address that is not `https:`/`mailto:` is
 * refused before anything changes, so the caller can keep the typed value and explain.
 */
export function applyLink(
  state: EditorState,
  dispatch: ((tr: Transaction) => void) | undefined,
  raw: string,
): LinkOutcome {
  const href = safeHref(raw);
  if (href === null) return "refused";
  const { from, to, empty } = state.selection;
  if (empty) return "no-selection";
  if (dispatch) {
    const tr = state.tr
      .removeMark(from, to, marks.link)
      .addMark(from, to, marks.link.create({ href }));
    dispatch(tr.scrollIntoView());
  }
  return "applied";
}

/** Removes links from the selection (or from the link around the cursor). */
export const removeLink: Command = (state, dispatch) => {
  const { from, to, empty, $from } = state.selection;
  let start = from;
  let end = to;
  if (empty) {
    const parent = $from.parent;
    const link = marks.link.isInSet($from.marks());
    if (!link) return false;
    // Extend over the contiguous run of text carrying the same link.
    const offset = $from.parentOffset;
    let runStart = -1;
    let runStart0 = 0;
    let runEnd = 0;
    parent.forEach((child, pos) => {
      if (!link.isInSet(child.marks)) {
        runStart = -1;
        return;
      }
      if (runStart < 0) runStart = pos;
      const end = pos + child.nodeSize;
      if (runStart <= offset && offset <= end) {
        runStart0 = runStart;
        runEnd = end;
      }
    });
    start = $from.start() + runStart0;
    end = $from.start() + runEnd;
  }
  if (!state.doc.rangeHasMark(start, end, marks.link)) return false;
  if (dispatch) dispatch(state.tr.removeMark(start, end, marks.link));
  return true;
};

/** Keyboard shortcuts: Ctrl/Cmd+B, Ctrl/Cmd+I, undo/redo, list item splitting and nesting. */
export const journalKeys: Record<string, Command> = {
  "Mod-b": toggleBold,
  "Mod-i": toggleItalic,
  "Mod-z": undo,
  "Mod-y": redo,
  "Mod-Shift-z": redo,
  Enter: splitListItem(nodes.list_item),
  "Mod-]": sinkListItem(nodes.list_item),
  "Mod-[": liftListItem(nodes.list_item),
};

export { baseKeymap };
