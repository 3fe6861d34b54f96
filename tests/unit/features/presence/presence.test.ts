import { describe, expect, it } from "vitest";
import {
  EXPIRY_MS,
  MAX_PEERS,
  PRESENCE_LEAVE,
  PresenceRoster,
  presencePayload,
  readPresence,
} from "../../../../src/features/presence/presence";

const bob = presencePayload({ id: "p-bob", name: "Bob", color: "#123456" });

describe("presence payloads", () => {
  it("accepts a well-formed payload", () => {
    expect(readPresence(bob)).toEqual(bob);
  });

  it("ignores unknown shapes and caps names (hostile peers)", () => {
    for (const junk of [
      null,
      "hello",
      [bob],
      { ...bob, type: "other" },
      { ...bob, v: 2 },
      { ...bob, profileId: "../etc" },
      { ...bob, profileId: 7 },
      { ...bob, name: 42 },
      { ...bob, name: "\u0001\u0002" },
    ]) {
      expect(readPresence(junk)).toBeNull();
    }
    const long = readPresence({ ...bob, name: "B".repeat(10_000), color: "red;}" });
    expect(long).toMatchObject({ name: "B".repeat(40), color: "#888888" });
  });
});

describe("PresenceRoster", () => {
  it("lists others heard of recently, not me, and forgets them after the expiry", () => {
    const roster = new PresenceRoster("p-alice");
    expect(roster.receive("peer-b", bob, 0)).toBe(true);
    expect(roster.receive("peer-b", bob, 1_000)).toBe(false);
    roster.receive(
      "peer-a2",
      presencePayload({ id: "p-alice", name: "Alice", color: "#000000" }),
      0,
    );
    roster.receive(
      "peer-c",
      presencePayload({ id: "p-chloe", name: "Chloé", color: "#ffffff" }),
      0,
    );
    expect(roster.list(2_000).map((p) => p.name)).toEqual(["Bob", "Chloé"]);
    // Bob keeps saying he is here, Chloé went quiet.
    roster.receive("peer-b", bob, EXPIRY_MS);
    expect(roster.list(EXPIRY_MS + 1).map((p) => p.name)).toEqual(["Bob"]);
    roster.prune(EXPIRY_MS * 3);
    expect(roster.list(EXPIRY_MS * 3)).toEqual([]);
  });

  it("one line per person even with two tabs; a leave message removes that tab only", () => {
    const roster = new PresenceRoster("p-alice");
    roster.receive("tab-1", bob, 0);
    roster.receive("tab-2", bob, 0);
    expect(roster.list(1)).toHaveLength(1);
    roster.receive("tab-1", { type: PRESENCE_LEAVE, profileId: "p-bob" }, 1);
    expect(roster.list(2)).toHaveLength(1);
    roster.receive("tab-2", { type: PRESENCE_LEAVE, profileId: "p-bob" }, 2);
    expect(roster.list(3)).toHaveLength(0);
  });

  it("a flood of fake senders cannot grow the roster past its bound", () => {
    const roster = new PresenceRoster("p-alice");
    for (let i = 0; i < MAX_PEERS * 3; i++) {
      roster.receive(
        `peer-${i}`,
        presencePayload({ id: `p-${i}`, name: `N${i}`, color: "#000000" }),
        0,
      );
    }
    expect(roster.list(1)).toHaveLength(MAX_PEERS);
  });
});
