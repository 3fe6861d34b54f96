import { useCallback } from "react";
import { useServices } from "../../app/AppServices";
import { createAtelier } from "../../sync/createDocument";
import { useCurrentProfile } from "../profile/ProfileContext";
import type { ProfileId } from "../../domain";

/** Creates an atelier (its three documents) and records it on this device; returns its id. */
export function useCreateAtelier(): (title: string) => Promise<string> {
  const { repo, local, persistNow } = useServices();
  const { profile } = useCurrentProfile();
  return useCallback(
    async (title: string) => {
      const created = createAtelier(repo, {
        title,
        by: profile.id as ProfileId,
        now: Date.now(),
      });
      const documentId = created.workshop.documentId;
      // A new atelier must survive the tablet being closed the very next second.
      await persistNow([documentId, created.addressBook.documentId, created.diagnostic.documentId]);
      await local.upsertAtelier({ documentId, url: created.workshop.url, title, kind: "atelier" });
      return documentId;
    },
    [repo, local, persistNow, profile.id],
  );
}
