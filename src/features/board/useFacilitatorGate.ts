import { useCallback, useState } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import { isDomainError, isFacilitator, setFacilitator } from "../../domain";
import type { WorkshopDoc, WorkshopView } from "../../domain";
import { useCurrentProfile } from "../profile/ProfileContext";

/**
 * Whether the current profile is one of the atelier's facilitators, and joining/leaving the set
 * (one labelled change on the workshop document). This gates the interface only: every tablet
 * holding the atelier holds the whole diagnostic, and the UI says so.
 */
export function useFacilitatorGate(
  workshop: DocHandle<WorkshopDoc> | undefined,
  view: WorkshopView,
  readOnly: boolean,
) {
  const { profile } = useCurrentProfile();
  const [error, setError] = useState<string | null>(null);
  const facilitator = isFacilitator(view, profile.id);
  const set = useCallback(
    (on: boolean) => {
      if (!workshop || readOnly) return;
      try {
        workshop.change((d) => setFacilitator(d, { profileId: profile.id, on }), {
          message: "workshop/setFacilitator",
          time: Math.floor(Date.now() / 1000),
        });
        setError(null);
      } catch (e) {
        setError(isDomainError(e) ? e.code : String(e));
      }
    },
    [workshop, readOnly, profile.id],
  );
  return { facilitator, setFacilitator: set, error };
}
