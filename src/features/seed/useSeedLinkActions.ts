import { useCallback } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import { archiveSeedLink, restoreSeed, restoreSeedLink } from "../../domain";
import type { DocUrl, ProfileId, SeedDoc, WorkshopDoc } from "../../domain";
import { toAutomergeUrl } from "../../sync/urls";
import { useServices } from "../../app/AppServices";
import { openDocument } from "../../sync/openDocument";
import { useCurrentProfile } from "../profile/ProfileContext";
import { useDocCommand } from "../shared/useDocCommand";

/** The atelier's side of the bin: a seed's link moved to « Corbeille » and back. */
export function useSeedLinkActions(
  workshopHandle: DocHandle<WorkshopDoc> | undefined,
  readOnly: boolean,
) {
  const { profile } = useCurrentProfile();
  const { run, error } = useDocCommand(workshopHandle, "workshop", readOnly);
  const by = profile.id as ProfileId;
  const archive = useCallback(
    (seedId: string) =>
      run("archiveSeedLink", (d) => archiveSeedLink(d, { seedId, by, now: Date.now() })),
    [run, by],
  );
  const { repo, quarantine } = useServices();
  /** Back to the list; the seed itself (at `url`) leaves its bin too when this device has it. */
  const restore = useCallback(
    (seedId: string, url: DocUrl | null) => {
      if (!run("restoreSeedLink", (d) => restoreSeedLink(d, { seedId }))) return;
      const target = url ? toAutomergeUrl(url) : null;
      if (!target) return;
      void openDocument<SeedDoc>(repo, target, "seed", { quarantine }).then((opened) => {
        if (opened.status !== "ready" || opened.readOnly) return;
        if (opened.handle.doc().archived == null) return;
        opened.handle.change((d) => restoreSeed(d), {
          message: "seed/restore",
          time: Math.floor(Date.now() / 1000),
        });
      });
    },
    [run, repo, quarantine],
  );
  return { archive, restore, error };
}
