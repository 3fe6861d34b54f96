import { useCallback, useMemo, useState } from "react";
import type { ColumnMapping } from "../interop";
import type { ContactDraft, ContactView } from "../../../domain";
import { draftsToWrite, entriesOf, isProblem, parseFile, plan } from "./pipeline";
import type { FileProblem, ParsedFile } from "./pipeline";

/** Where the import stands; nothing is written before `confirm`. */
export type ImportStep =
  | { step: "idle" }
  | { step: "reading"; name: string }
  | { step: "failed"; name: string; problem: FileProblem }
  | { step: "ready"; name: string; parsed: ParsedFile; mapping: ColumnMapping | null }
  | { step: "done"; count: number };

/** Lets the browser paint (the progress message) before a long synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The import flow: pick a file → decode and parse → (CSV) check the column mapping → summary →
 * « Importer » writes every draft in ONE change through `write`.
 */
export function useImportFlow(
  contacts: readonly ContactView[],
  write: (drafts: ContactDraft[]) => boolean,
) {
  const [state, setState] = useState<ImportStep>({ step: "idle" });
  const [includeDuplicates, setIncludeDuplicates] = useState(false);

  const pick = useCallback(async (file: File) => {
    setState({ step: "reading", name: file.name });
    const bytes = new Uint8Array(await file.arrayBuffer());
    await nextFrame();
    const parsed = parseFile(file.name, bytes);
    if (isProblem(parsed)) setState({ step: "failed", name: file.name, problem: parsed });
    else
      setState({
        step: "ready",
        name: file.name,
        parsed,
        mapping: parsed.format === "csv" ? parsed.mapping : null,
      });
  }, []);

  const setMapping = useCallback(
    (mapping: ColumnMapping) => setState((s) => (s.step === "ready" ? { ...s, mapping } : s)),
    [],
  );

  const summary = useMemo(() => {
    if (state.step !== "ready") return null;
    try {
      return { plan: plan(contacts, entriesOf(state.parsed, state.mapping ?? undefined)) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [state, contacts]);

  const confirm = useCallback(() => {
    if (!summary?.plan) return;
    const drafts = draftsToWrite(summary.plan, includeDuplicates);
    if (drafts.length > 0 && write(drafts)) setState({ step: "done", count: drafts.length });
  }, [summary, write, includeDuplicates]);

  const reset = useCallback(() => setState({ step: "idle" }), []);
  return {
    state,
    pick,
    setMapping,
    summary,
    includeDuplicates,
    setIncludeDuplicates,
    confirm,
    reset,
  };
}
