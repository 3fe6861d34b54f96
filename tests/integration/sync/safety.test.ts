/**
 * « État de la sauvegarde » against real relays: a client through a relay learns what it
 * acknowledged (and what it lacks after offline edits); through a field relay with an upstream, the
 * app learns the central relay's storage id from /healthz, follows its heads by remote-heads
 * gossiping, and says separately whether the laptop and the central relay have everything.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { rm } from "node:fs/promises";
import { WebSocket as NodeWebSocket } from "ws";
import { Repo } from "@automerge/automerge-repo";
import type { AutomergeUrl, DocHandle, StorageId } from "@automerge/automerge-repo";
import { RelayClientAdapter } from "../../../src/sync/RelayClientAdapter";
import { createAtelier } from "../../../src/sync/createDocument";
import { SafetyTracker } from "../../../src/sync/safetyTracker";
import type { SafetyAckStore } from "../../../src/sync/safetyTracker";
import { UpstreamWatcher } from "../../../src/sync/upstreamWatcher";
import type { UpstreamInfo } from "../../../src/sync/upstream";
import type { SafetyReport } from "../../../src/sync/safety";
import type { RelayAck } from "../../../src/sync/syncStatus";
import { setWorkshopText, type ProfileId, type WorkshopDoc } from "../../../src/domain";
import { startRelay, waitFor, type TestRelay } from "../../helpers/relay";

beforeAll(() => {
  (globalThis as { WebSocket?: unknown }).WebSocket ??= NodeWebSocket;
});

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function relay(options: Parameters<typeof startRelay>[0] = {}): Promise<TestRelay> {
  const r = await startRelay({ host: "127.0.0.1", ...options });
  cleanups.push(async () => {
    await r.close();
    await rm(r.dataDir, { recursive: true, force: true });
  });
  return r;
}

function memoryAcks(): SafetyAckStore & { rows: RelayAck[] } {
  const rows: RelayAck[] = [];
  return {
    rows,
    loadAll: async (id) => rows.filter((r) => r.documentId === id),
    save: async (ack) => {
      const i = rows.findIndex(
        (r) => r.documentId === ack.documentId && r.relayStorageId === ack.relayStorageId,
      );
      if (i >= 0) rows.splice(i, 1);
      rows.push(ack);
    },
  };
}

/** A tablet as the app builds it: our relay client, gossip on, upstream watcher, safety tracker. */
async function tablet(
  url: string,
  existing?: Record<"workshop" | "addressBook" | "diagnostic", string>,
) {
  const client = new RelayClientAdapter(url);
  const repo = new Repo({
    network: [client],
    sharePolicy: async () => true,
    enableRemoteHeadsGossiping: true,
  });
  const upstreams = new Map<string, UpstreamInfo | null>();
  const upstream = new UpstreamWatcher({
    relay: client,
    store: {
      load: async (key) => upstreams.get(key),
      save: async (key, info) => void upstreams.set(key, info),
    },
    subscribe: (ids) => repo.subscribeToRemotes(ids as StorageId[]),
    onLateSubscription: () => {
      client.disconnect();
      client.connect(client.peerId!, client.peerMetadata);
    },
    pollMs: 500,
  });
  await upstream.start();
  cleanups.push(async () => {
    upstream.stop();
    await repo.shutdown();
  });
  const atelier = existing
    ? {
        workshop: await waitFor(() => repo.find<WorkshopDoc>(existing.workshop as AutomergeUrl)),
        addressBook: await waitFor(() => repo.find<unknown>(existing.addressBook as AutomergeUrl)),
        diagnostic: await waitFor(() => repo.find<unknown>(existing.diagnostic as AutomergeUrl)),
      }
    : createAtelier(repo, { title: "Atelier", by: "p1" as ProfileId, now: 1 });
  const documents = (
    [
      ["workshop", atelier.workshop],
      ["address-book", atelier.addressBook],
      ["diagnostic", atelier.diagnostic],
    ] as const
  ).map(([kind, handle]) => ({
    documentId: handle.documentId,
    kind,
    title: "",
    handle: handle as DocHandle<unknown>,
  }));
  const acks = memoryAcks();
  let report: SafetyReport | null = null;
  const tracker = new SafetyTracker({
    documents,
    relay: client,
    upstream,
    store: acks,
    listener: (r) => (report = r),
  });
  await tracker.start();
  cleanups.push(() => tracker.stop());
  const edit = (text: string) =>
    atelier.workshop.change((d) => setWorkshopText(d, { field: "title", value: text }));
  return {
    client,
    repo,
    atelier,
    acks,
    upstream,
    edit,
    report: () => report ?? tracker.snapshot(),
  };
}

describe("safety report against real relays", () => {
  it("a client through a relay: everything saved, then offline edits are missing, then saved again", async () => {
    const central = await relay();
    const t = await tablet(central.url);
    await waitFor(() => t.report().allSaved, { timeout: 15_000, message: "all saved" });
    expect(t.report().centralHasAll).toBeNull(); // no field relay here
    expect(t.upstream.state.info).toBeNull();
    expect(t.acks.rows.length).toBeGreaterThanOrEqual(3); // persisted per (document, relay)

    t.client.disconnect();
    t.edit("Atelier hors ligne");
    t.edit("Atelier hors ligne 2");
    expect(t.report().allSaved).toBe(false);
    expect(t.report().relayPending).toBe(2);

    t.client.connect(t.client.peerId!, t.client.peerMetadata);
    await waitFor(() => t.report().allSaved, { timeout: 15_000, message: "saved again" });
  });

  it("through a field relay: learns the central relay's heads; laptop has it while the central relay lacks it", async () => {
    const central = await relay();
    const field = await relay({
      upstreamUrl: central.url,
      upstreamBackoffMs: { min: 100, max: 300 },
    });
    const t = await tablet(field.url);
    const centralId = await central.repo.storageId();
    await waitFor(() => t.upstream.state.info?.storageId === centralId, {
      timeout: 15_000,
      message: "central storage id learnt from /healthz",
    });
    t.edit("Sur le terrain");
    // The laptop's own acknowledgement and the gossiped central heads arrive in either order.
    await waitFor(() => t.report().allSaved && t.report().relayHasAll, {
      timeout: 30_000,
      message: "central relay has everything (remote heads by gossip)",
    });
    const report = t.report();
    expect(report.relayHasAll).toBe(true);

    // A second tablet opens the same atelier while nothing changes any more: it learns the central
    // storage id after connecting, and still learns that the central relay has everything.
    const quiet = await tablet(field.url, {
      workshop: t.atelier.workshop.url,
      addressBook: t.atelier.addressBook.url,
      diagnostic: t.atelier.diagnostic.url,
    });
    await waitFor(() => quiet.report().allSaved && quiet.report().centralHasAll === true, {
      timeout: 30_000,
      message: "a quiet tablet learns the central relay's heads",
    });
    expect(report.centralHasAll).toBe(true);
    expect(t.acks.rows.some((r) => r.relayStorageId === centralId)).toBe(true);

    // The central relay goes away: the laptop still takes the work, the central relay lacks it.
    await central.close();
    await waitFor(() => t.upstream.state.info?.connected === false, {
      timeout: 15_000,
      message: "field relay reports its upstream as disconnected",
    });
    t.edit("Sans Internet");
    await waitFor(() => t.report().relayHasAll, { timeout: 15_000, message: "laptop has it" });
    expect(t.report().centralHasAll).toBe(false);
    expect(t.report().centralPending).toBe(1);
    expect(t.report().allSaved).toBe(false);
  });
});
