import type { LocalServices } from "../../app/AppServices";
import type { Invite } from "../../sync/invite";
import { relayUrlWithKey } from "../../sync/relayUrl";

/** The access key a relay URL carries (`?key=`), if any. */
function keyOf(relayUrl: string): string | null {
  try {
    return new URL(relayUrl).searchParams.get("key");
  } catch {
    return null;
  }
}

/** A relay URL without its query (the key goes there). */
function withoutQuery(relayUrl: string): string {
  try {
    const url = new URL(relayUrl);
    url.search = "";
    return url.toString();
  } catch {
    return relayUrl;
  }
}

/**
 * Stores the relay access key a link carries, as `createLocalServices` does for a link opened
 * directly. Returns true when the relay URL changed: the relay connection is made at start, so
 * the caller reloads the app to use the key.
 */
export async function rememberRelayKey(
  services: Pick<LocalServices, "local" | "defaultRelayUrl">,
  key: string | null,
): Promise<boolean> {
  if (!key) return false;
  const settings = await services.local.getSettings();
  const current = settings.relayUrl ?? services.defaultRelayUrl;
  if (keyOf(current) === key) return false;
  await services.local.saveSettings({
    ...settings,
    relayUrl: relayUrlWithKey(withoutQuery(current), key),
  });
  return true;
}

/**
 * Joining: records the atelier or seed in this device's list (it opens from home and « Mes liens »
 * from now on, waiting for its documents if they are not here) and keeps the relay key. Returns
 * whether the app must restart to use a new relay key.
 */
export async function rememberInvite(
  services: Pick<LocalServices, "local" | "defaultRelayUrl">,
  invite: Invite,
  title = "",
): Promise<boolean> {
  const existing = (await services.local.listAteliers()).find(
    (entry) => entry.documentId === invite.documentId,
  );
  await services.local.upsertAtelier({
    documentId: invite.documentId,
    url: `automerge:${invite.documentId}`,
    title: existing?.title || title,
    kind: invite.kind,
  });
  return rememberRelayKey(services, invite.key);
}
