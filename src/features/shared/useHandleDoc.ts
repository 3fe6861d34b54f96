import { useCallback, useSyncExternalStore } from "react";
import type { DocHandle } from "@automerge/automerge-repo";

/** The current value of a document handle, re-rendering on every local or remote change. */
export function useHandleDoc<T>(handle: DocHandle<T> | undefined): T | undefined {
  const subscribe = useCallback(
    (notify: () => void) => {
      if (!handle) return () => undefined;
      handle.on("change", notify);
      return () => {
        handle.off("change", notify);
      };
    },
    [handle],
  );
  const read = useCallback(() => (handle?.isReady() ? handle.doc() : undefined), [handle]);
  return useSyncExternalStore(subscribe, read);
}
