import { createContext, useContext, useEffect, useMemo, useState } from "react";
import type { ReactNode } from "react";
import type { DocHandle } from "@automerge/automerge-repo";

interface TrackedDocumentsState {
  handles: DocHandle<unknown>[];
  setHandles(handles: DocHandle<unknown>[]): void;
}

const TrackedDocumentsContext = createContext<TrackedDocumentsState>({
  handles: [],
  setHandles: () => undefined,
});

/** Which documents the header's sync indicator speaks for (the open atelier's documents). */
export function TrackedDocumentsProvider({ children }: { children: ReactNode }) {
  const [handles, setHandles] = useState<DocHandle<unknown>[]>([]);
  const value = useMemo(() => ({ handles, setHandles }), [handles]);
  return (
    <TrackedDocumentsContext.Provider value={value}>{children}</TrackedDocumentsContext.Provider>
  );
}

export function useTrackedHandles(): DocHandle<unknown>[] {
  return useContext(TrackedDocumentsContext).handles;
}

/** Declares the documents of the page being shown, for as long as it is shown. */
export function useTrackDocuments(handles: (DocHandle<unknown> | undefined)[]): void {
  const { setHandles } = useContext(TrackedDocumentsContext);
  const ready = handles.filter((h): h is DocHandle<unknown> => h !== undefined);
  const key = ready.map((h) => h.documentId).join(",");
  useEffect(() => {
    setHandles(ready);
    return () => setHandles([]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, setHandles]);
}
