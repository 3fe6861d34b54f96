import { Component, lazy, Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { JournalEditorProps } from "./JournalEditor";

/**
 * The journal editor loaded on demand: ProseMirror and its Automerge binding (~250 KB of script)
 * stay out of the app's first chunk, so the home screen and the lists start as fast as before.
 * The chunk is precached by the service worker like every built asset, so it loads offline too.
 */
const JournalEditor = lazy(() =>
  import("./JournalEditor").then((module) => ({ default: module.JournalEditor })),
);

class LoadFailure extends Component<
  { message: (error: unknown) => string; children: ReactNode },
  { error: unknown }
> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <p role="alert" className="journal-error">
        {this.props.message(this.state.error)}
      </p>
    );
  }
}

/** Same props as {@link JournalEditor}; shows « Chargement… » while the editor's code loads. */
export function LazyJournalEditor(props: JournalEditorProps) {
  const { t } = useTranslation();
  return (
    <LoadFailure
      message={(error) =>
        t("journal.loadError", { message: error instanceof Error ? error.message : String(error) })
      }
    >
      <Suspense fallback={<p className="muted">{t("app.loading")}</p>}>
        <JournalEditor {...props} />
      </Suspense>
    </LoadFailure>
  );
}
