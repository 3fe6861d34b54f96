import * as A from "@automerge/automerge";
import type { DocHandle, Repo } from "@automerge/automerge-repo";
import { createElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { initI18n } from "../../../../../src/i18n";
import type { JournalHost } from "../../../../../src/features/seed/journal/bindJournal";
import { JournalEditor } from "../../../../../src/features/seed/journal/JournalEditor";
import { LazyJournalEditor } from "../../../../../src/features/seed/journal/LazyJournalEditor";
import { waitFor } from "../../../../helpers/waitFor";

/** A mounted journal editor inside its own container, with a way to re-render and remove it. */
export interface MountedJournal {
  container: HTMLElement;
  editable: HTMLElement;
  rerender(readOnly: boolean): void;
  unmount(): void;
}

let i18nReady: Promise<unknown> | null = null;

/** Renders `<JournalEditor>` for `handle` into a fresh container appended to the page. */
export async function mountJournal(
  handle: DocHandle<JournalHost>,
  { readOnly = false, lazy = false } = {},
): Promise<MountedJournal> {
  const Editor = lazy ? LazyJournalEditor : JournalEditor;
  i18nReady ??= initI18n("fr");
  await i18nReady;
  const container = document.createElement("div");
  document.body.append(container);
  const root: Root = createRoot(container);
  root.render(createElement(Editor, { handle, readOnly }));
  const editable = await waitFor(
    () => container.querySelector<HTMLElement>('[role="textbox"][aria-label="Journal"]'),
    { message: "the journal editor" },
  );
  return {
    container,
    editable,
    rerender: (next) => root.render(createElement(Editor, { handle, readOnly: next })),
    unmount: () => {
      root.unmount();
      container.remove();
    },
  };
}

/** A repo document with a journal holding one paragraph of `text` (as the editor would write it). */
export function journalDoc(repo: Repo, text = ""): DocHandle<JournalHost> {
  const handle = repo.create<JournalHost>({ journal: "" });
  handle.change((doc) => {
    A.splitBlock(doc, ["journal"], 0, {
      type: new A.ImmutableString("paragraph"),
      parents: [],
      attrs: {},
    });
    if (text) A.splice(doc, ["journal"], 1, 0, text);
  });
  return handle;
}

/** The journal's plain text (block markers dropped) and its spans, for comparing replicas. */
export function journalText(handle: DocHandle<JournalHost>): string {
  return A.spans(handle.doc(), ["journal"])
    .map((span) => (span.type === "text" ? span.value : "\n"))
    .join("");
}

export function journalSpans(handle: DocHandle<JournalHost>): string {
  return JSON.stringify(A.spans(handle.doc(), ["journal"]));
}
