import type { DocHandle } from "@automerge/automerge-repo";
import { useTranslation } from "react-i18next";
import { useCurrentProfile } from "../profile/ProfileContext";
import { usePresence } from "./usePresence";

/** « Ici maintenant : Alice, Bob » under the atelier's title; nothing when no one else is here. */
export function PresenceBar({ handle }: { handle: DocHandle<unknown> | undefined }) {
  const { t } = useTranslation();
  const { profile } = useCurrentProfile();
  const present = usePresence(handle, profile);
  if (present.length === 0) return null;
  return (
    <div className="presence" role="group" aria-label={t("safety.presence.region")}>
      {present.map((p) => (
        <span
          key={p.profileId}
          className="presence-dot"
          style={{ background: p.color }}
          aria-hidden="true"
        />
      ))}
      <span>{t("safety.presence.here", { names: present.map((p) => p.name).join(", ") })}</span>
    </div>
  );
}
