import { useMemo } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import { normalizeSeed } from "../../domain";
import type { ProfileId, SeedDoc } from "../../domain";
import { useHandleDoc } from "../shared/useHandleDoc";
import { useDocCommand } from "../shared/useDocCommand";
import { useCurrentProfile } from "../profile/ProfileContext";
import { seedActions } from "./seedActions";

/**
 * The seed document as its page uses it: the tolerant view plus the domain commands bound to the
 * handle. Each command runs in one change labelled `seed/<command>`, attributed to the current
 * profile; bad input comes back as an error code for the UI (nothing is written).
 */
export function useSeed(handle: DocHandle<SeedDoc> | undefined, readOnly: boolean) {
  const { profile } = useCurrentProfile();
  const doc = useHandleDoc(handle);
  const normalized = useMemo(() => (doc ? normalizeSeed(doc) : undefined), [doc]);
  const { run, error, clearError } = useDocCommand(handle, "seed", readOnly);
  const by = profile.id as ProfileId;
  const actions = useMemo(() => seedActions(run, by), [run, by]);
  return {
    view: normalized?.value,
    problems: normalized?.problems ?? [],
    error,
    clearError,
    actions,
  };
}

/** The commands bound by {@link useSeed}. */
export type SeedActions = ReturnType<typeof seedActions>;
