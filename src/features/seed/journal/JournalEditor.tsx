import type { DocHandle } from "@automerge/automerge-repo";
import type { EditorState, Transaction } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { bindingHandle, journalState, type JournalHost } from "./bindJournal";
import {
  applyLink,
  cycleHeading,
  removeLink,
  toggleBold,
  toggleBulletList,
  toggleItalic,
  toggleOrderedList,
} from "./journalCommands";
import { JournalToolbar, type ToolbarAction } from "./JournalToolbar";
import { LinkForm } from "./LinkForm";
import { sameToolbarState, toolbarState, type ToolbarState } from "./toolbarState";
import "./journal.css";

export interface JournalEditorProps {
  /** The seed's handle; the editor binds to its `journal` rich-text field. */
  handle: DocHandle<JournalHost>;
  /** A read-only seed (newer than the app, or a closed view) shows the journal without editing. */
  readOnly: boolean;
}

const COMMANDS = {
  bold: toggleBold,
  italic: toggleItalic,
  heading: cycleHeading,
  bulletList: toggleBulletList,
  orderedList: toggleOrderedList,
} as const;

/**
 * The seed's collaborative journal: ProseMirror bound to the document's `journal` text through
 * `@automerge/prosemirror`, so concurrent edits from several tablets merge character by character
 * and remote edits appear live. Document content only ever reaches the page through the schema's
 * `toDOM` rules (no innerHTML).
 */
export function JournalEditor({ handle, readOnly }: JournalEditorProps) {
  const { t } = useTranslation();
  const mountRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const readOnlyRef = useRef(readOnly);
  const [tools, setTools] = useState<ToolbarState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);

  const showTools = useCallback((state: EditorState) => {
    const next = toolbarState(state);
    setTools((prev) => (prev && sameToolbarState(prev, next) ? prev : next));
  }, []);

  useEffect(() => {
    const mount = mountRef.current;
    if (!mount) return;
    const binding = bindingHandle(handle, () => readOnlyRef.current);
    const view: EditorView = new EditorView(mount, {
      state: journalState(binding),
      editable: () => !readOnlyRef.current,
      attributes: () => ({
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": t("journal.label"),
        "aria-readonly": readOnlyRef.current ? "true" : "false",
        class: "journal-text",
      }),
      dispatchTransaction(tr: Transaction) {
        // Applying runs the sync plugin, which writes the edit into the Automerge document; if
        // that fails the view keeps its previous state and the failure is shown, not swallowed.
        let next: EditorState;
        try {
          next = view.state.apply(tr);
        } catch (cause) {
          setError(
            t("journal.editError", {
              message: cause instanceof Error ? cause.message : String(cause),
            }),
          );
          return;
        }
        view.updateState(next);
        if (tr.docChanged || tr.selectionSet || tr.storedMarksSet) showTools(next);
      },
    });
    viewRef.current = view;
    showTools(view.state);
    return () => {
      viewRef.current = null;
      view.destroy();
    };
  }, [handle, t, showTools]);

  useEffect(() => {
    readOnlyRef.current = readOnly;
    // Re-reads `editable` and `attributes` from the props above.
    viewRef.current?.setProps({});
    if (readOnly) setLinkOpen(false);
  }, [readOnly]);

  const run = (action: ToolbarAction) => {
    const view = viewRef.current;
    if (!view || readOnlyRef.current) return;
    if (action === "link") {
      setLinkOpen((open) => !open);
      return;
    }
    COMMANDS[action](view.state, view.dispatch);
    view.focus();
  };

  return (
    <div className="journal">
      {tools ? (
        <JournalToolbar state={tools} disabled={readOnly} linkOpen={linkOpen} onAction={run} />
      ) : null}
      {linkOpen && tools ? (
        <LinkForm
          initialHref={tools.href}
          canRemove={tools.link}
          onApply={(href) => {
            const view = viewRef.current;
            if (!view) return "no-selection";
            const outcome = applyLink(view.state, view.dispatch, href);
            if (outcome === "applied") view.focus();
            return outcome;
          }}
          onRemove={() => {
            const view = viewRef.current;
            if (!view) return;
            removeLink(view.state, view.dispatch);
            view.focus();
          }}
          onClose={() => setLinkOpen(false)}
        />
      ) : null}
      {error ? (
        <p role="alert" className="journal-error">
          {error}
        </p>
      ) : null}
      {readOnly ? <p className="journal-readonly">{t("journal.readOnly")}</p> : null}
      <div ref={mountRef} className="journal-mount" />
    </div>
  );
}
