import { useContext, useEffect, useRef } from "react";
import type { DocHandle, Repo } from "@automerge/automerge-repo";
import { useServices } from "../../app/AppServices";
import { renameSeedLink } from "../../domain";
import type { WorkshopDoc } from "../../domain";
import { formatChangeMessage } from "../../domain/history";
import { openDocument } from "../../sync/openDocument";
import { ProfileContext } from "../profile/ProfileContext";
import { linkNeedsTitle, seedLinkTitle } from "./seedLinkTitle";

/** Typing settles before the atelier's copy is written (one workshop change, not one per key). */
const SETTLE_MS = 400;

/** Workshops loaded on this device that link the seed: the one named by the page, and any open. */
function linkingWorkshops(
  repo: Repo,
  seedId: string,
  named: DocHandle<WorkshopDoc> | undefined,
): DocHandle<unknown>[] {
  const found = new Map<string, DocHandle<unknown>>();
  if (named) found.set(named.documentId, named as DocHandle<unknown>);
  for (const handle of Object.values(repo.handles)) {
    if (!handle.isReady() || found.has(handle.documentId)) continue;
    if (seedLinkTitle(handle.doc(), seedId) !== null) found.set(handle.documentId, handle);
  }
  return [...found.values()];
}

/**
 * Keeps the title copied in the atelier's link in step with the seed's own title, whenever the
 * atelier's workshop document is loaded on this device (opened from the atelier's list, or the
 * atelier was visited in this session): a rename here, or one synced from a groupe-action's
 * tablet, reaches the atelier's list. A workshop written by a newer app (read-only) is left alone.
 */
export function useSeedTitleLink(
  seedId: string | undefined,
  title: string | undefined,
  workshop: DocHandle<WorkshopDoc> | undefined,
  readOnly: boolean,
): void {
  const { repo, quarantine } = useServices();
  const profile = useContext(ProfileContext)?.profile;
  const author = profile ? { profileId: profile.id, name: profile.name } : null;
  const authorRef = useRef(author);
  authorRef.current = author;

  /** The copy waiting for typing to settle: run at once if the page closes first. */
  const pending = useRef<(() => void) | null>(null);

  useEffect(() => {
    pending.current = null;
    if (!seedId || title === undefined || readOnly) return;
    const copy = async () => {
      for (const handle of linkingWorkshops(repo, seedId, workshop)) {
        if (!linkNeedsTitle(seedLinkTitle(handle.doc(), seedId), title)) continue;
        const opened = await openDocument<WorkshopDoc>(repo, handle.url, "workshop", {
          quarantine,
        });
        if (opened.status !== "ready" || opened.readOnly) continue;
        // Read again after the await: a later copy may have written it meanwhile.
        if (!linkNeedsTitle(seedLinkTitle(opened.handle.doc(), seedId), title)) continue;
        opened.handle.change((d) => renameSeedLink(d, { seedId, title }), {
          message: formatChangeMessage("workshop", "renameSeedLink", authorRef.current),
          time: Math.floor(Date.now() / 1000),
        });
      }
    };
    const run = () => {
      pending.current = null;
      copy().catch((error: unknown) => console.error("renameSeedLink", error));
    };
    pending.current = run;
    const timer = setTimeout(run, SETTLE_MS);
    // Not cleared here: on unmount the effect below still needs it.
    return () => clearTimeout(timer);
  }, [repo, quarantine, seedId, title, workshop, readOnly]);

  // Leaving the page before typing settled: copy the last title now.
  useEffect(
    () => () => {
      const run = pending.current;
      pending.current = null;
      run?.();
    },
    [],
  );
}
