import type { RelayClientAdapter } from "./RelayClientAdapter";
import { fetchRelayHealth } from "./upstream";
import type { RelayHealth, UpstreamInfo } from "./upstream";

/** Where the last known upstream of a relay survives a reload (so the status is right offline). */
export interface UpstreamStore {
  load(relayKey: string): Promise<UpstreamInfo | null | undefined>;
  save(relayKey: string, info: UpstreamInfo | null): Promise<void>;
}

/** What the app knows of the relay's upstream. */
export interface UpstreamState {
  /** `undefined` = not known yet; `null` = the relay has no upstream (it is the central relay). */
  info: UpstreamInfo | null | undefined;
  /** Why the last check failed (shown, never swallowed); null when it worked. */
  error: string | null;
  checkedAt: number | null;
}

export interface UpstreamWatcherOptions {
  relay: RelayClientAdapter | null;
  store: UpstreamStore;
  /** `repo.subscribeToRemotes`: the central relay's heads then reach us by gossip. */
  subscribe(storageIds: string[]): void;
  /**
   * Called when a central storage id is subscribed while the relay is already connected: the relay
   * sends the heads it holds for a new subscriber only for documents opened afterwards, so the
   * caller reconnects once to have them now.
   */
  onLateSubscription?(): void;
  fetchHealth?(relayUrl: string): Promise<RelayHealth>;
  pollMs?: number;
}

/**
 * Follows the relay's `/healthz` while connected to learn whether it is a field relay and the
 * central relay's storage id, persists it, and subscribes the Repo to that storage id.
 */
export class UpstreamWatcher {
  #options: UpstreamWatcherOptions;
  #state: UpstreamState = { info: undefined, error: null, checkedAt: null };
  #listeners = new Set<(state: UpstreamState) => void>();
  #subscribed = new Set<string>();
  #timer: ReturnType<typeof setInterval> | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(options: UpstreamWatcherOptions) {
    this.#options = options;
  }

  get state(): UpstreamState {
    return this.#state;
  }

  /** Relay URL without its query (the access key is not part of the identity). */
  get relayKey(): string | null {
    const url = this.#options.relay?.url;
    return url ? url.split("?")[0]! : null;
  }

  onChange(listener: (state: UpstreamState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async start(): Promise<void> {
    const { relay, store } = this.#options;
    const key = this.relayKey;
    if (!relay || !key) return;
    const known = await store.load(key).catch(() => undefined);
    if (known !== undefined && this.#state.info === undefined) {
      this.#set({ ...this.#state, info: known });
      this.#subscribeTo(known);
    }
    this.#unsubscribe = relay.onStateChange((state) => {
      if (state === "connected") void this.refresh();
    });
    if (relay.state === "connected") void this.refresh();
    this.#timer = setInterval(() => {
      if (relay.state === "connected") void this.refresh();
    }, this.#options.pollMs ?? 15_000);
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#unsubscribe?.();
  }

  /** Asks the relay now. */
  async refresh(): Promise<void> {
    const relay = this.#options.relay;
    const key = this.relayKey;
    // Offline, the last known answer stands (asking would only fail).
    if (!relay || !key || relay.state !== "connected") return;
    try {
      const health = await (this.#options.fetchHealth ?? fetchRelayHealth)(relay.url);
      this.#set({ info: health.upstream, error: null, checkedAt: Date.now() });
      await this.#options.store.save(key, health.upstream);
      const isNew = this.#subscribeTo(health.upstream);
      if (isNew && relay.state === "connected") this.#options.onLateSubscription?.();
    } catch (error) {
      this.#set({ ...this.#state, error: error instanceof Error ? error.message : String(error) });
    }
  }

  #subscribeTo(info: UpstreamInfo | null | undefined): boolean {
    const id = info?.storageId;
    if (!id || this.#subscribed.has(id)) return false;
    this.#subscribed.add(id);
    this.#options.subscribe([id]);
    return true;
  }

  #set(state: UpstreamState): void {
    this.#state = state;
    for (const listener of this.#listeners) listener(state);
  }
}
