import { useCallback, useState } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import { isDomainError } from "../../domain";

/**
 * Runs a domain command on a document in one change labelled `<kind>/<command>` (DESIGN.md §8:
 * components never call `handle.change` themselves). Bad input comes back as an error code for the
 * UI — nothing is written — never as an exception; a read-only document refuses every command.
 */
export function useDocCommand<T>(handle: DocHandle<T> | undefined, kind: string, locked: boolean) {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    (name: string, mutate: (doc: T) => void): boolean => {
      if (!handle || locked) return false;
      try {
        handle.change(mutate, { message: `${kind}/${name}`, time: Math.floor(Date.now() / 1000) });
        setError(null);
        return true;
      } catch (e) {
        setError(isDomainError(e) ? e.code : e instanceof Error ? e.message : String(e));
        return false;
      }
    },
    [handle, kind, locked],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, error, clearError };
}
