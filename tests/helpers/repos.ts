import { Repo } from "@automerge/automerge-repo";
import type { NetworkAdapterInterface } from "@automerge/automerge-repo";
import { MessageChannelNetworkAdapter } from "@automerge/automerge-repo-network-messagechannel";

/** A link between two in-memory repos that can be cut and re-established (a tablet going offline). */
export interface RepoLink {
  connect(): void;
  disconnect(): void;
}

/**
 * Two Repos joined by an in-memory MessageChannel, each with no storage: the fastest faithful
 * stand-in for two devices syncing through any transport.
 */
export function connectedRepos(): { a: Repo; b: Repo; link: RepoLink } {
  const a = new Repo({ network: [] });
  const b = new Repo({ network: [] });
  let adapters: NetworkAdapterInterface[] = [];
  const link: RepoLink = {
    connect() {
      const { port1, port2 } = new MessageChannel();
      const left = new MessageChannelNetworkAdapter(port1);
      const right = new MessageChannelNetworkAdapter(port2);
      adapters = [left, right];
      a.networkSubsystem.addNetworkAdapter(left);
      b.networkSubsystem.addNetworkAdapter(right);
    },
    disconnect() {
      for (const adapter of adapters) adapter.disconnect();
      adapters = [];
    },
  };
  link.connect();
  return { a, b, link };
}
