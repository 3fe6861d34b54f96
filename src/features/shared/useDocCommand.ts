import { useCallback, useContext, useState } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import { isDomainError } from "../../domain";
import { formatChangeMessage } from "../../domain/history";
import { ProfileContext } from "../profile/ProfileContext";

/**
 * Runs a domain command on a document in one change labelled `<kind>/<command>` (DESIGN.md §8:
 * components never call `handle.change` themselves). Bad input comes back as an error code for the
 * UI — nothing is written — never as an exception; a read-only document refuses every command.
 * The message also names the profile making the change (« Quoi de neuf ? » groups by person).
 */
export function useDocCommand<T>(handle: DocHandle<T> | undefined, kind: string, locked: boolean) {
  const [error, setError] = useState<string | null>(null);
  const profile = useContext(ProfileContext)?.profile;
  const profileId = profile?.id;
  const profileName = profile?.name;
  const run = useCallback(
    (name: string, mutate: (doc: T) => void): boolean => {
      if (!handle || locked) return false;
      try {
        const author = profileId ? { profileId, name: profileName ?? "" } : null;
        handle.change(mutate, {
          message: formatChangeMessage(kind, name, author),
          time: Math.floor(Date.now() / 1000),
        });
        setError(null);
        return true;
      } catch (e) {
        setError(isDomainError(e) ? e.code : e instanceof Error ? e.message : String(e));
        return false;
      }
    },
    [handle, kind, locked, profileId, profileName],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, error, clearError };
}
