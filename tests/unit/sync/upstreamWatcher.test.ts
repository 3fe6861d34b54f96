import { describe, expect, it } from "vitest";
import { UpstreamWatcher } from "../../../src/sync/upstreamWatcher";
import type {
  RelayClientAdapter,
  RelayConnectionState,
} from "../../../src/sync/RelayClientAdapter";
import type { RelayHealth, UpstreamInfo } from "../../../src/sync/upstream";
import { waitFor } from "../../helpers/waitFor";

/** The part of the relay client the watcher uses, driven by the test. */
function fakeRelay(state: RelayConnectionState) {
  const listeners = new Set<(s: RelayConnectionState) => void>();
  const relay = {
    url: "ws://192.168.1.20:3030/sync?key=secret",
    state,
    onStateChange(listener: (s: RelayConnectionState) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next: RelayConnectionState) {
      relay.state = next;
      for (const l of listeners) l(next);
    },
  };
  return relay;
}

const central: UpstreamInfo = {
  host: "central.example",
  connected: true,
  storageId: "central-1",
  lastSyncAt: 5,
};

function setup(options: {
  state: RelayConnectionState;
  stored?: UpstreamInfo | null;
  answer: () => Promise<RelayHealth>;
}) {
  const relay = fakeRelay(options.state);
  const saved = new Map<string, UpstreamInfo | null>();
  const subscribed: string[][] = [];
  const asked: string[] = [];
  let late = 0;
  const watcher = new UpstreamWatcher({
    relay: relay as unknown as RelayClientAdapter,
    store: {
      load: async () => options.stored,
      save: async (key, info) => void saved.set(key, info),
    },
    subscribe: (ids) => subscribed.push(ids),
    onLateSubscription: () => (late += 1),
    fetchHealth: (url) => {
      asked.push(url);
      return options.answer();
    },
    pollMs: 60_000,
  });
  return { relay, watcher, saved, subscribed, asked, late: () => late };
}

describe("UpstreamWatcher", () => {
  it("offline with a stored upstream: subscribes at once, asks nothing", async () => {
    const t = setup({
      state: "offline",
      stored: central,
      answer: async () => ({ upstream: null }),
    });
    await t.watcher.start();
    t.watcher.stop();
    expect(t.watcher.state.info).toEqual(central);
    expect(t.subscribed).toEqual([["central-1"]]);
    expect(t.asked).toEqual([]);
    expect(t.late()).toBe(0);
  });

  it("learns the central relay on connection, persists it under the key-less relay URL, reconnects once", async () => {
    const t = setup({ state: "connecting", answer: async () => ({ upstream: central }) });
    await t.watcher.start();
    expect(t.watcher.state.info).toBeUndefined();
    t.relay.set("connected");
    await waitFor(() => t.watcher.state.info !== undefined, { message: "asked" });
    t.watcher.stop();
    expect(t.asked).toEqual(["ws://192.168.1.20:3030/sync?key=secret"]);
    expect([...t.saved.entries()]).toEqual([["ws://192.168.1.20:3030/sync", central]]);
    expect(t.subscribed).toEqual([["central-1"]]);
    expect(t.late()).toBe(1);
    // Asking again changes nothing: already subscribed, no second reconnect.
    t.relay.set("connected");
    await t.watcher.refresh();
    expect(t.subscribed).toHaveLength(1);
    expect(t.late()).toBe(1);
  });

  it("a relay without upstream is the central relay: nothing to subscribe", async () => {
    const t = setup({ state: "connected", answer: async () => ({ upstream: null }) });
    await t.watcher.start();
    await waitFor(() => t.watcher.state.info === null, { message: "answered" });
    t.watcher.stop();
    expect(t.subscribed).toEqual([]);
  });

  it("a failed check is reported, never swallowed, and keeps the last known answer", async () => {
    const t = setup({
      state: "connected",
      stored: central,
      answer: async () => {
        throw new Error("HTTP 502");
      },
    });
    await t.watcher.start();
    await waitFor(() => t.watcher.state.error !== null, { message: "error reported" });
    t.watcher.stop();
    expect(t.watcher.state.error).toBe("HTTP 502");
    expect(t.watcher.state.info).toEqual(central);
  });
});
