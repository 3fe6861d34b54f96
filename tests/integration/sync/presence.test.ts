/**
 * Presence goes through the relay as automerge-repo ephemeral messages. automerge-repo forwards a
 * received ephemeral message to its other peers with the original sender id; the relay binds each
 * connection to its own sender id and closes it on a mismatch. The app's relay client sends only
 * its own ephemeral messages to the relay: both tablets stay connected and hear each other.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { rm } from "node:fs/promises";
import { WebSocket as NodeWebSocket } from "ws";
import { Repo } from "@automerge/automerge-repo";
import type { DocHandle } from "@automerge/automerge-repo";
import { HubRelayClientAdapter } from "../../../src/sync/HubRelayClientAdapter";
import { RelayClientAdapter } from "../../../src/sync/RelayClientAdapter";
import { PresenceRoster, presencePayload } from "../../../src/features/presence/presence";
import { startRelay, waitFor, type TestRelay } from "../../helpers/relay";

beforeAll(() => {
  (globalThis as { WebSocket?: unknown }).WebSocket ??= NodeWebSocket;
});

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function relay(): Promise<TestRelay> {
  const r = await startRelay({ host: "127.0.0.1" });
  cleanups.push(async () => {
    await r.close();
    await rm(r.dataDir, { recursive: true, force: true });
  });
  return r;
}

function tablet(url: string, Adapter: typeof RelayClientAdapter) {
  const client = new Adapter(url);
  let drops = 0;
  client.onStateChange((state) => {
    if (state === "offline") drops += 1;
  });
  const repo = new Repo({ network: [client], sharePolicy: async () => true });
  cleanups.push(() => repo.shutdown());
  return { client, repo, drops: () => drops };
}

function listen(handle: DocHandle<unknown>, me: string) {
  const roster = new PresenceRoster(me);
  handle.on("ephemeral-message", ({ senderId, message }) => {
    roster.receive(senderId, message, Date.now());
  });
  return roster;
}

async function twoTablets(Adapter: typeof RelayClientAdapter) {
  const r = await relay();
  const a = tablet(r.url, Adapter);
  const b = tablet(r.url, Adapter);
  const docA = a.repo.create<{ title: string }>({ title: "Atelier" });
  await waitFor(() => r.storage.has(docA.documentId), { message: "relay holds the document" });
  await waitFor(() => b.client.state === "connected", { message: "B connected" });
  const docB = await waitFor(() => b.repo.find<{ title: string }>(docA.url), {
    message: "B finds it",
  });
  return { a, b, docA: docA as DocHandle<unknown>, docB: docB as DocHandle<unknown> };
}

describe("presence through the relay", () => {
  it("both tablets hear each other and stay connected", async () => {
    const { a, b, docA, docB } = await twoTablets(HubRelayClientAdapter);
    const rosterA = listen(docA, "p-alex");
    const rosterB = listen(docB, "p-bea");
    const alex = presencePayload({ id: "p-alex", name: "Alex", color: "#2f8f4e" });
    const bea = presencePayload({ id: "p-bea", name: "Bea", color: "#aa3355" });
    for (let round = 0; round < 5; round++) {
      docA.broadcast(alex);
      docB.broadcast(bea);
      await waitFor(
        () =>
          rosterA.list(Date.now()).some((p) => p.name === "Bea") &&
          rosterB.list(Date.now()).some((p) => p.name === "Alex"),
        { message: `round ${round}: each hears the other` },
      );
    }
    expect(a.drops() + b.drops()).toBe(0);
    expect(a.client.state).toBe("connected");
    expect(b.client.state).toBe("connected");
  });

  it("the plain client echoes the other's message to the relay and gets disconnected (why the hub client exists)", async () => {
    const { a, b, docA } = await twoTablets(RelayClientAdapter);
    docA.broadcast(presencePayload({ id: "p-alex", name: "Alex", color: "#2f8f4e" }));
    await waitFor(() => b.drops() > 0, { message: "B's echo closed its connection" });
    expect(a.drops()).toBe(0);
  });
});
