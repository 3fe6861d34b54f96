/**
 * The field relay's upstream (central relay), as its `GET /healthz` reports it:
 * `{ status, upstream: null | { host, connected, storageId, lastSyncAt } }`. A tablet learns the
 * central relay's storage id there, then follows that relay's heads by automerge-repo's remote-heads
 * gossiping (DESIGN.md §5). The answer comes over the network: checked field by field.
 */

/** What the app knows about the relay it talks to and that relay's own upstream. */
export interface UpstreamInfo {
  /** Host of the central relay (no key, no path). */
  host: string;
  connected: boolean;
  storageId: string | null;
  lastSyncAt: number | null;
}

/** The relay's health answer, reduced to what the status needs. */
export interface RelayHealth {
  /** `null`: the relay syncs with no upstream (it is the central relay itself). */
  upstream: UpstreamInfo | null;
}

const STORAGE_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** `ws(s)://host/sync?key=…` → `http(s)://host/healthz` (the key is not needed there). */
export function healthUrl(relayUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(relayUrl);
  } catch {
    return null;
  }
  const protocol = url.protocol === "wss:" ? "https:" : url.protocol === "ws:" ? "http:" : null;
  if (!protocol) return null;
  const path = url.pathname.replace(/\/sync\/?$/, "") + "/healthz";
  return `${protocol}//${url.host}${path.startsWith("/") ? path : `/${path}`}`;
}

/** Host of a relay URL, for display (« relais : 192.168.1.20:3030 »). */
export function relayHost(relayUrl: string | null | undefined): string | null {
  if (!relayUrl) return null;
  try {
    return new URL(relayUrl).host || null;
  } catch {
    return null;
  }
}

/** Parses `/healthz`; `undefined` when the answer is not a relay's health at all. */
export function parseHealth(value: unknown): RelayHealth | undefined {
  if (!isRecord(value) || typeof value.status !== "string") return undefined;
  const raw = value.upstream;
  if (raw === null || raw === undefined) return { upstream: null };
  if (!isRecord(raw)) return undefined;
  const host = typeof raw.host === "string" ? raw.host.slice(0, 200) : "";
  const storageId =
    typeof raw.storageId === "string" && STORAGE_ID.test(raw.storageId) ? raw.storageId : null;
  const lastSyncAt =
    typeof raw.lastSyncAt === "number" && Number.isFinite(raw.lastSyncAt) ? raw.lastSyncAt : null;
  return { upstream: { host, connected: raw.connected === true, storageId, lastSyncAt } };
}

/** Asks the relay for its health; throws with a readable reason on failure. */
export async function fetchRelayHealth(
  relayUrl: string,
  fetchFn: typeof fetch = fetch,
): Promise<RelayHealth> {
  const url = healthUrl(relayUrl);
  if (!url) throw new Error(`not a relay URL: ${relayUrl}`);
  const response = await fetchFn(url, { cache: "no-store" });
  const health = parseHealth(await response.json());
  if (!health) throw new Error(`unexpected /healthz answer (${response.status})`);
  return health;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
