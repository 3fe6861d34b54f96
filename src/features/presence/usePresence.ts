import { useEffect, useState } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import { HEARTBEAT_MS, PRESENCE_LEAVE, PresenceRoster, presencePayload } from "./presence";
import type { Present } from "./presence";

interface ProfileLike {
  id: string;
  name: string;
  color: string;
}

/**
 * Says « I am here » on the document's handle every few seconds (and at once to a newcomer), and
 * lists the others heard of recently. Nothing is stored.
 */
export function usePresence(
  handle: DocHandle<unknown> | undefined,
  profile: ProfileLike,
): Present[] {
  const [present, setPresent] = useState<Present[]>([]);
  const { id, name, color } = profile;
  useEffect(() => {
    if (!handle) return;
    const roster = new PresenceRoster(id);
    const payload = presencePayload({ id, name, color });
    let lastSent = 0;
    const announce = () => {
      lastSent = Date.now();
      handle.broadcast(payload);
    };
    const refresh = () => {
      const now = Date.now();
      roster.prune(now);
      setPresent(roster.list(now));
    };
    const onMessage = ({ senderId, message }: { senderId: string; message: unknown }) => {
      const isNew = roster.receive(senderId, message, Date.now());
      // Answer a newcomer at once (at most once a second) so they see us without waiting.
      if (isNew && Date.now() - lastSent > 1_000) announce();
      refresh();
    };
    handle.on("ephemeral-message", onMessage);
    announce();
    const timer = setInterval(() => {
      announce();
      refresh();
    }, HEARTBEAT_MS);
    return () => {
      clearInterval(timer);
      handle.off("ephemeral-message", onMessage);
      handle.broadcast({ type: PRESENCE_LEAVE, profileId: id });
      setPresent([]);
    };
  }, [handle, id, name, color]);
  return present;
}
