/**
 * The relay URL to use when none is configured: the same origin's `/sync` (the relay serves the
 * app). Kept apart from the Repo wiring so the first screen can be drawn before it loads.
 */
export function defaultRelayUrl(location: Pick<Location, "protocol" | "host">): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}/sync`;
}

/** A shared link to an access-protected relay carries `?key=`; the relay URL keeps it. */
export function relayUrlWithKey(base: string, key: string): string {
  return `${base}?key=${encodeURIComponent(key)}`;
}
