import { describe, expect, it } from "vitest";
import { Repo } from "@automerge/automerge-repo";
import type { NetworkAdapterInterface, PeerId } from "@automerge/automerge-repo";
import { MessageChannelNetworkAdapter } from "@automerge/automerge-repo-network-messagechannel";
import * as A from "@automerge/automerge";
import { onArrival, requestAgain } from "../../../../src/sync/openDocument";
import { waitFor } from "../../../helpers/waitFor";

/** A relay-like repo (never announces) and a tablet connected to it. */
function tabletAndRelay() {
  const relay = new Repo({
    network: [],
    peerId: "relay" as PeerId,
    sharePolicy: () => Promise.resolve(false),
  });
  const tablet = new Repo({ network: [], peerId: "tablet" as PeerId });
  const { port1, port2 } = new MessageChannel();
  const adapters: NetworkAdapterInterface[] = [
    new MessageChannelNetworkAdapter(port1),
    new MessageChannelNetworkAdapter(port2),
  ];
  relay.networkSubsystem.addNetworkAdapter(adapters[0]!);
  tablet.networkSubsystem.addNetworkAdapter(adapters[1]!);
  return {
    relay,
    tablet,
    close: () => {
      for (const adapter of adapters) adapter.disconnect();
      port1.close();
      port2.close();
    },
  };
}

/** A document made elsewhere (tablet A), as bytes. */
function atelierBytes(): Uint8Array {
  return A.save(A.change(A.init<{ title: string }>(), (doc) => (doc.title = "Atelier du jeudi")));
}

async function unavailableOn(repo: Repo, id: string) {
  await expect(repo.find(id as never)).rejects.toThrow(/unavailable/);
}

describe("a joined document that is not here yet", () => {
  it("opens when a bundle with it is imported on this device", async () => {
    const tablet = new Repo({ network: [] });
    const source = new Repo({ network: [] }).import<{ title: string }>(atelierBytes());
    const id = source.documentId;
    await unavailableOn(tablet, id);
    let arrived = 0;
    const stop = onArrival(tablet, id, () => arrived++);
    tablet.import(atelierBytes(), { docId: id });
    await waitFor(() => arrived === 1, { message: "arrival after import" });
    expect((await tablet.find<{ title: string }>(id)).doc().title).toBe("Atelier du jeudi");
    stop();
  });

  it("arrives from the relay once it has it, when asked again (and only then)", async () => {
    const { relay, tablet, close } = tabletAndRelay();
    try {
      const id = new Repo({ network: [] }).import(atelierBytes()).documentId;
      await unavailableOn(tablet, id);
      let arrived = false;
      const stop = onArrival(tablet, id, () => (arrived = true));
      // The person who shared the link uploads it to the relay after this tablet asked.
      relay.import(atelierBytes(), { docId: id });
      await waitFor(() => relay.handles[id]?.isReady(), { message: "relay holds it" });
      // Naive variant: without asking again, the tablet never hears of it (the relay does not
      // announce documents). Settle a full round of messages by a round-trip on another doc.
      const probe = relay.create<{ n: number }>({ n: 1 });
      await tablet.find(probe.url);
      expect(tablet.handles[id]?.isReady()).toBe(false);
      expect(arrived).toBe(false);

      expect(requestAgain(tablet, id, "relay" as PeerId)).toBe(true);
      await waitFor(() => arrived, { message: "arrival from the relay" });
      expect(tablet.handles[id]?.doc()).toMatchObject({ title: "Atelier du jeudi" });
      expect(requestAgain(tablet, id, "relay" as PeerId)).toBe(false);
      stop();
    } finally {
      close();
    }
  });
});
