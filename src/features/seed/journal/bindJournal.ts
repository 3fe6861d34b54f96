import type { DocHandle } from "@automerge/automerge-repo";
import { init, type DocHandle as BindingHandle } from "@automerge/prosemirror";
import { history } from "prosemirror-history";
import { keymap } from "prosemirror-keymap";
import { EditorState, type Plugin } from "prosemirror-state";
import { baseKeymap, journalKeys } from "./journalCommands";
import { journalSchemaAdapter } from "./journalSchema";

/** What the journal needs of its document: a rich-text field at `journal`. */
export interface JournalHost {
  journal: string;
}

/** Path of the journal's text field inside the seed document. */
export const JOURNAL_PATH = ["journal"] as const;

/** Change message carried by every journal edit (DESIGN.md §3: changes name their command). */
export const JOURNAL_CHANGE_MESSAGE = "seed/edit-journal";

/**
 * The view of a repo handle that `@automerge/prosemirror` drives. Edits go through here so each
 * change carries its message, and none is attempted on a read-only document.
 */
export function bindingHandle<T extends JournalHost>(
  handle: DocHandle<T>,
  isReadOnly: () => boolean,
): BindingHandle<T> {
  return {
    doc: () => handle.doc(),
    change: (fn) => {
      if (isReadOnly()) throw new Error("read-only");
      handle.change(fn, { message: JOURNAL_CHANGE_MESSAGE });
    },
    on: (event, callback) => handle.on(event, callback),
    off: (event, callback) => handle.off(event, callback),
  };
}

/** A fresh ProseMirror state for the handle's journal, with the sync plugin, history and keys. */
export function journalState<T extends JournalHost>(
  binding: BindingHandle<T>,
  extraPlugins: Plugin[] = [],
): EditorState {
  const { pmDoc, plugin } = init(binding as BindingHandle<unknown>, [...JOURNAL_PATH], {
    schemaAdapter: journalSchemaAdapter,
  });
  return EditorState.create({
    schema: journalSchemaAdapter.schema,
    doc: pmDoc,
    plugins: [plugin, history(), keymap(journalKeys), keymap(baseKeymap), ...extraPlugins],
  });
}
