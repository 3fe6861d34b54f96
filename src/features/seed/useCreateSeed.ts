import { useCallback } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import { useServices } from "../../app/AppServices";
import { linkSeed } from "../../domain";
import type { NoteId, ProfileId, WorkshopDoc } from "../../domain";
import { createSeed } from "../../sync/createSeed";
import { toDocUrl } from "../../sync/urls";
import { useCurrentProfile } from "../profile/ProfileContext";
import { useDocCommand } from "../shared/useDocCommand";
import type { NeedDraft } from "./needDraft";

/**
 * « Nouvelle graine »: creates the seed document (initialised once, here), links it from the
 * atelier's workshop, writes both to this device's storage and records the seed in this device's
 * list; returns the seed's document id.
 */
export function useCreateSeed(
  workshopHandle: DocHandle<WorkshopDoc> | undefined,
  workshopTitle: string,
  readOnly: boolean,
) {
  const { repo, local, persistNow } = useServices();
  const { profile } = useCurrentProfile();
  const { run, error } = useDocCommand(workshopHandle, "workshop", readOnly);
  const create = useCallback(
    async (title: string, need: NeedDraft | null): Promise<string> => {
      if (!workshopHandle) throw new Error("workshop not loaded");
      const by = profile.id as ProfileId;
      const now = Date.now();
      const seed = createSeed(repo, {
        title,
        workshopTitle,
        needs: need
          ? [{ noteId: need.noteId as NoteId, text: need.text, categoryTitle: need.categoryTitle }]
          : [],
        by,
        now,
      });
      const documentId = seed.documentId;
      const linked = run("linkSeed", (doc) =>
        linkSeed(doc, { seedId: documentId, url: toDocUrl(seed.url), title }),
      );
      if (!linked) throw new Error("linkSeed");
      await persistNow([documentId, workshopHandle.documentId]);
      await local.upsertAtelier({ documentId, url: seed.url, title, kind: "seed" });
      return documentId;
    },
    [repo, local, persistNow, profile.id, workshopHandle, workshopTitle, run],
  );
  return { create, error };
}
