import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { Repo } from "@automerge/automerge-repo";
import { MessageChannelNetworkAdapter } from "@automerge/automerge-repo-network-messagechannel";
import { DexieStorageAdapter } from "../../../src/storage/DexieStorageAdapter";
import { createAtelier } from "../../../src/sync/createDocument";
import { openDocument } from "../../../src/sync/openDocument";
import type { ProfileId, WorkshopDoc } from "../../../src/domain";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe("bytes that fail to load", () => {
  it("are kept aside in quarantine and the document is recovered from a peer", async () => {
    const storage = new DexieStorageAdapter(`quarantine-${Math.random()}`);
    const { port1, port2 } = new MessageChannel();
    const peer = new Repo({ network: [new MessageChannelNetworkAdapter(port1)] });
    const created = createAtelier(peer, { title: "Atelier sauvé", by: "p" as ProfileId, now: 1 });
    const documentId = created.workshop.documentId;

    // This device's copy is corrupted on disk (a torn write, a bad sector).
    await storage.save(
      [documentId, "snapshot", "torn"],
      new Uint8Array([0x85, 0x6f, 0x4a, 0x83, 1, 2, 3]),
    );
    await storage.flush();

    const device = new Repo({
      storage,
      network: [new MessageChannelNetworkAdapter(port2)],
      sharePolicy: async () => true,
    });
    cleanups.push(async () => {
      await peer.shutdown();
      storage.dispose();
    });

    const quarantine = (id: string, reason: string) => storage.quarantineDocument(id, reason);
    const opened = await openDocument<WorkshopDoc>(device, created.workshop.url, "workshop", {
      quarantine,
    });
    expect(opened.status).toBe("corrupt");
    const kept = await storage.db.quarantine.where("documentId").equals(documentId).toArray();
    expect(Array.from(kept[0]?.data ?? [])).toEqual([0x85, 0x6f, 0x4a, 0x83, 1, 2, 3]);

    // The next start of the app (a fresh Repo on the same storage) fetches it from the peer. (The
    // failed Repo is simply dropped, as a reload does: its flush would throw on the failed handle.)
    const { port1: again1, port2: again2 } = new MessageChannel();
    peer.networkSubsystem.addNetworkAdapter(new MessageChannelNetworkAdapter(again1));
    const restarted = new Repo({ storage, network: [new MessageChannelNetworkAdapter(again2)] });
    // automerge-repo's shutdown flushes every handle and throws on ones still syncing (the peer
    // announced the atelier's other documents): only loaded ones are flushed, as the app does.
    cleanups.push(() =>
      restarted.flush(
        Object.values(restarted.handles)
          .filter((handle) => handle.isReady())
          .map((handle) => handle.documentId),
      ),
    );
    const reopened = await openDocument<WorkshopDoc>(restarted, created.workshop.url, "workshop", {
      quarantine,
    });
    expect(reopened.status).toBe("ready");
    if (reopened.status === "ready") expect(reopened.handle.doc().title).toBe("Atelier sauvé");
  });
});
