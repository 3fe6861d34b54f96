/** The three relays compared side by side (issue 3). */
export const RELAY_KINDS = {
  /** Raw `ws` broadcast per room: no Automerge, no storage — the floor. */
  raw: "raw",
  /** automerge-repo-sync-server as shipped: Repo + NodeFSStorageAdapter + WebSocketServerAdapter. */
  stock: "stock",
  /** Récolte's hardened relay (`sync-server/src/relay.ts`). */
  ours: "ours",
} as const;
export type RelayKind = (typeof RELAY_KINDS)[keyof typeof RELAY_KINDS];

export function isRelayKind(value: unknown): value is RelayKind {
  return typeof value === "string" && Object.values(RELAY_KINDS).includes(value as RelayKind);
}

/** What a relay hosted in the child process exposes to the host loop. */
export interface HostedRelay {
  /** WebSocket URL for a room (only the raw relay uses the room). */
  wsUrl(room: string): string;
  /** Persist everything pending (no-op for the raw relay). */
  flush(): Promise<void>;
  close(): Promise<void>;
}
