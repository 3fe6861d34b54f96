import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WebSocket as NodeWebSocket } from "ws";
import { Repo } from "@automerge/automerge-repo";
import type { DocHandle } from "@automerge/automerge-repo";
import { createRelay } from "../../../sync-server/src/relay";
import type { Relay } from "../../../sync-server/src/relay";
import { RelayClientAdapter } from "../../../src/sync/RelayClientAdapter";
import { SyncStatusTracker } from "../../../src/sync/syncStatus";
import type { RelayAck, RelayAckStore, SyncStatus } from "../../../src/sync/syncStatus";
import { createAtelier } from "../../../src/sync/createDocument";
import { setWorkshopText, type ProfileId } from "../../../src/domain";
import { waitFor } from "../../helpers/waitFor";

/** The app's relay client runs on the browser's WebSocket; in Node 20 `ws` stands in for it. */
beforeAll(() => {
  (globalThis as { WebSocket?: unknown }).WebSocket ??= NodeWebSocket;
});

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startRelay(port = 0): Promise<Relay> {
  const dataDir = await mkdtemp(join(tmpdir(), "recolte-status-"));
  const relay = await createRelay({ port, dataDir });
  await relay.ready();
  cleanups.push(async () => {
    await relay.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  return relay;
}

function memoryAcks(): RelayAckStore & { saved: Map<string, RelayAck> } {
  const saved = new Map<string, RelayAck>();
  return {
    saved,
    load: async (id) => saved.get(id),
    save: async (ack) => void saved.set(ack.documentId, ack),
  };
}

function track(
  handles: DocHandle<unknown>[],
  relay: RelayClientAdapter | null,
  acks: RelayAckStore,
) {
  let latest: SyncStatus = { connection: "none", pending: -1, lastSyncAt: null };
  const tracker = new SyncStatusTracker(handles, relay, acks, (status) => (latest = status));
  cleanups.push(async () => tracker.stop());
  return { start: () => tracker.start(), status: () => latest, snapshot: () => tracker.snapshot() };
}

describe("sync status against the real relay", () => {
  it("goes pending → synchronised, counts offline edits, and re-uploads to a relay that lost everything", async () => {
    const relay = await startRelay();
    const client = new RelayClientAdapter(relay.url);
    const repo = new Repo({ network: [client], sharePolicy: async () => true });
    cleanups.push(() => repo.shutdown());
    const atelier = createAtelier(repo, { title: "Atelier", by: "p1" as ProfileId, now: 1 });
    const handles = [
      atelier.workshop,
      atelier.addressBook,
      atelier.diagnostic,
    ] as DocHandle<unknown>[];
    const acks = memoryAcks();
    const status = track(handles, client, acks);
    await status.start();

    await waitFor(
      () => status.status().connection === "connected" && status.status().pending === 0,
      {
        message: "synchronised",
      },
    );
    expect(status.status().lastSyncAt).not.toBeNull();
    expect(acks.saved.size).toBe(3);

    atelier.workshop.change((d) =>
      setWorkshopText(d, { field: "title", value: "Atelier modifié" }),
    );
    expect(status.snapshot().pending).toBeGreaterThan(0);
    await waitFor(() => status.status().pending === 0, { message: "edit acknowledged" });

    // The relay goes away: edits are counted as pending while offline.
    const port = relay.port;
    await relay.close();
    await waitFor(() => status.status().connection !== "connected", { message: "offline" });
    atelier.workshop.change((d) => setWorkshopText(d, { field: "theme", value: "Eau" }));
    expect(status.snapshot()).toMatchObject({ pending: 1 });

    // An offline reload: a new tracker with no relay reads the persisted acknowledgements.
    const reloaded = track(handles, null, acks);
    await reloaded.start();
    expect(reloaded.snapshot().pending).toBe(1);

    // A relay with an emptied data directory comes back on the same port: nothing it holds, so
    // nothing is « Synchronisé » until the documents are uploaded again.
    const fresh = await startRelay(port);
    client.retryNow();
    await waitFor(
      () => status.status().connection === "connected" && status.status().pending === 0,
      {
        timeout: 20_000,
        message: "re-uploaded to the fresh relay",
      },
    );
    const ids = handles.map((h) => h.documentId);
    await waitFor(
      async () => {
        const held = await Promise.all(
          ids.map((id) =>
            fresh.repo.find(id).then(
              () => true,
              () => false,
            ),
          ),
        );
        return held.every(Boolean);
      },
      { message: "fresh relay holds every document" },
    );
  });
});
