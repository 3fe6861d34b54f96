/**
 * The short link « Partager » shows: the document's own route on this origin, plus the relay's
 * access key when the relay URL carries one (`/sync?key=…`), so the person who opens it can sync.
 */
export function shareLink(origin: string, path: string, relayUrl: string): string {
  let key: string | null = null;
  try {
    key = new URL(relayUrl).searchParams.get("key");
  } catch {
    key = null;
  }
  return key ? `${origin}${path}?key=${encodeURIComponent(key)}` : `${origin}${path}`;
}
