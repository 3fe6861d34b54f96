import { useEffect, useState } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import { useServices } from "../../app/AppServices";
import { SyncStatusTracker } from "../../sync/syncStatus";
import type { SyncStatus } from "../../sync/syncStatus";

/** Live sync status of a set of documents against the relay's acknowledged heads. */
export function useSyncStatus(handles: DocHandle<unknown>[]): SyncStatus {
  const { relay, acks } = useServices();
  const [status, setStatus] = useState<SyncStatus>({
    connection: relay ? relay.state : "none",
    pending: 0,
    lastSyncAt: null,
  });
  useEffect(() => {
    const tracker = new SyncStatusTracker(handles, relay, acks, setStatus);
    void tracker.start();
    return () => tracker.stop();
  }, [handles, relay, acks]);
  return status;
}
