import { useEffect, useState } from "react";
import { useServices } from "../../app/AppServices";
import { SafetyTracker } from "../../sync/safetyTracker";
import type { TrackedDocument } from "../../sync/safetyTracker";
import type { SafetyReport } from "../../sync/safety";
import type { UpstreamState } from "../../sync/upstreamWatcher";

export interface SafetyState {
  report: SafetyReport | null;
  upstream: UpstreamState | null;
}

/** Live « état de la sauvegarde » of the given documents (see {@link SafetyTracker}). */
export function useSafetyReport(documents: readonly TrackedDocument[]): SafetyState {
  const { relay, upstream, safetyAcks } = useServices();
  const [state, setState] = useState<SafetyState>({ report: null, upstream: null });
  const key = documents.map((d) => `${d.documentId}:${d.handle ? 1 : 0}:${d.title}`).join(",");
  useEffect(() => {
    const tracker = new SafetyTracker({
      documents,
      relay,
      upstream,
      store: safetyAcks,
      listener: (report, up) => setState({ report, upstream: up }),
    });
    void tracker.start();
    // Ask the relay now rather than at the next poll: the person is looking.
    void upstream?.refresh();
    return () => tracker.stop();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, relay, upstream, safetyAcks]);
  return state;
}
