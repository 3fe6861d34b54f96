import { Repo } from "@automerge/automerge-repo";
import type { NetworkAdapterInterface, StorageAdapterInterface } from "@automerge/automerge-repo";
import { BroadcastChannelNetworkAdapter } from "@automerge/automerge-repo-network-broadcastchannel";
import type { RelayClientAdapter } from "./RelayClientAdapter";
import { HubRelayClientAdapter } from "./HubRelayClientAdapter";

/** What the composition root needs to build the app's Repo. */
export interface CreateRepoOptions {
  /** Browser storage (the Dexie adapter in the app, anything in tests). */
  storage: StorageAdapterInterface;
  /** WebSocket URL of the relay, or null to run without one. */
  relayUrl: string | null;
  /** Sync between tabs of the same origin (on by default). */
  tabSync?: boolean;
}

export interface RecolteRepo {
  repo: Repo;
  /** The relay link, when one is configured. */
  relay: RelayClientAdapter | null;
}

/**
 * Builds the single Repo of the app: Dexie storage, the relay over WebSocket and the other tabs over
 * BroadcastChannel. Documents are announced to other tabs (they are this device) but never to the
 * relay unprompted beyond what automerge-repo syncs for documents we hold: the relay is our backup.
 */
export function createRepo({ storage, relayUrl, tabSync = true }: CreateRepoOptions): RecolteRepo {
  const network: NetworkAdapterInterface[] = [];
  if (tabSync && typeof BroadcastChannel !== "undefined") {
    network.push(new BroadcastChannelNetworkAdapter({ channelName: "recolte" }));
  }
  const relay = relayUrl ? new HubRelayClientAdapter(relayUrl) : null;
  if (relay) network.push(relay);
  const repo = new Repo({
    storage,
    network,
    enableRemoteHeadsGossiping: true,
    // Every document this device holds is pushed to the relay (its backup) and to sibling tabs.
    sharePolicy: async () => true,
  });
  return { repo, relay };
}
