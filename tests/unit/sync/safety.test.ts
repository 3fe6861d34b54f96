import { describe, expect, it } from "vitest";
import * as A from "@automerge/automerge";
import { buildSafetyReport } from "../../../src/sync/safety";
import type { DocumentInput } from "../../../src/sync/safety";
import { healthUrl, parseHealth, relayHost } from "../../../src/sync/upstream";

type D = { n: number };
const edit = (doc: A.Doc<D>, times: number) => {
  for (let i = 0; i < times; i++) doc = A.change(doc, (d) => void (d.n += 1));
  return doc;
};
const heads = (doc: A.Doc<unknown>) => A.getHeads(doc);
const ack = (documentId: string, relayStorageId: string, doc: A.Doc<unknown>, at = 1) => ({
  documentId,
  relayStorageId,
  heads: heads(doc),
  lastSyncAt: at,
});

function twoDocs() {
  const a0 = A.from<D>({ n: 0 });
  const b0 = A.from<D>({ n: 0 });
  return { a0, b0 };
}

describe("buildSafetyReport", () => {
  it("says everything is on the server only when every document is fully acknowledged", () => {
    const { a0, b0 } = twoDocs();
    const a1 = edit(a0, 3);
    const inputs: DocumentInput[] = [
      { documentId: "a", kind: "workshop", title: "", doc: a1, acks: [ack("a", "relay", a0)] },
      { documentId: "b", kind: "diagnostic", title: "", doc: b0, acks: [ack("b", "relay", b0, 5)] },
    ];
    const report = buildSafetyReport(inputs, "relay", null, false);
    expect(report.documents.map((d) => d.relay.pending)).toEqual([3, 0]);
    expect(report.relayPending).toBe(3);
    expect(report.relayHasAll).toBe(false);
    expect(report.allSaved).toBe(false);
    expect(report.centralHasAll).toBeNull();

    const synced = buildSafetyReport(
      [{ ...inputs[0]!, acks: [ack("a", "relay", a1, 9)] }, inputs[1]!],
      "relay",
      null,
      false,
    );
    expect(synced.allSaved).toBe(true);
    expect(synced.lastSyncAt).toBe(9);
  });

  it("counts nothing as saved by a relay with another storage id (wiped data directory)", () => {
    const { a0 } = twoDocs();
    const report = buildSafetyReport(
      [{ documentId: "a", kind: "workshop", title: "", doc: a0, acks: [ack("a", "old", a0)] }],
      "new",
      null,
      false,
    );
    expect(report.documents[0]?.relay).toMatchObject({ acknowledged: false, pending: 1 });
    expect(report.allSaved).toBe(false);
  });

  it("through a field relay: the laptop has everything, the central relay is missing changes", () => {
    const { a0 } = twoDocs();
    const a1 = edit(a0, 2);
    const input: DocumentInput = {
      documentId: "a",
      kind: "address-book",
      title: "",
      doc: a1,
      acks: [ack("a", "laptop", a1, 20), ack("a", "central", a0, 10)],
    };
    const report = buildSafetyReport([input], "laptop", "central", true);
    expect(report.relayHasAll).toBe(true);
    expect(report.centralHasAll).toBe(false);
    expect(report.centralPending).toBe(2);
    expect(report.allSaved).toBe(false);

    const later = buildSafetyReport(
      [{ ...input, acks: [ack("a", "laptop", a1), ack("a", "central", a1, 30)] }],
      "laptop",
      "central",
      true,
    );
    expect(later.centralHasAll).toBe(true);
    expect(later.allSaved).toBe(true);
    expect(later.lastSyncAt).toBe(30);
  });

  it("claims nothing about a central relay whose storage id is not known yet", () => {
    const { a0 } = twoDocs();
    const input = {
      documentId: "a",
      kind: "x",
      title: "",
      doc: a0,
      acks: [ack("a", "laptop", a0)],
    };
    const report = buildSafetyReport([input], "laptop", undefined, true);
    expect(report.relayHasAll).toBe(true);
    expect(report.centralHasAll).toBe(false);
    expect(report.allSaved).toBe(false);
  });

  it("ignores acknowledged heads this device does not know (others' newer work)", () => {
    const { a0 } = twoDocs();
    const other = edit(A.clone(a0), 1);
    const mine = edit(a0, 1);
    const input = {
      documentId: "a",
      kind: "x",
      title: "",
      doc: mine,
      acks: [ack("a", "r", other)],
    };
    // The relay reports heads unknown here: nothing of mine counts as acknowledged (init + edit).
    expect(buildSafetyReport([input], "r", null, false).relayPending).toBe(2);
    const both = A.merge(A.clone(mine), other);
    const saved = { ...input, acks: [ack("a", "r", both)] };
    expect(buildSafetyReport([saved], "r", null, false).relayPending).toBe(0);
  });

  it("a document not on this device yet is not saved", () => {
    const report = buildSafetyReport(
      [{ documentId: "s", kind: "seed", title: "Jardin", doc: undefined, acks: [] }],
      "r",
      null,
      false,
    );
    expect(report.missing).toBe(1);
    expect(report.allSaved).toBe(false);
  });
});

describe("relay health", () => {
  it("derives the health URL and host from the sync URL, without the key", () => {
    expect(healthUrl("wss://relais.example/sync?key=secret")).toBe(
      "https://relais.example/healthz",
    );
    expect(healthUrl("ws://192.168.1.20:3030/sync")).toBe("http://192.168.1.20:3030/healthz");
    expect(healthUrl("not a url")).toBeNull();
    expect(relayHost("ws://192.168.1.20:3030/sync?key=k")).toBe("192.168.1.20:3030");
  });

  it("reads the upstream shape and rejects junk", () => {
    expect(parseHealth({ status: "ready", upstream: null })).toEqual({ upstream: null });
    expect(parseHealth({ status: "ready" })).toEqual({ upstream: null });
    expect(
      parseHealth({
        status: "ready",
        upstream: { host: "central.example", connected: true, storageId: "abc-123", lastSyncAt: 5 },
      }),
    ).toEqual({
      upstream: { host: "central.example", connected: true, storageId: "abc-123", lastSyncAt: 5 },
    });
    expect(
      parseHealth({ status: "ready", upstream: { storageId: "../../etc", connected: "yes" } })
        ?.upstream,
    ).toEqual({ host: "", connected: false, storageId: null, lastSyncAt: null });
    expect(parseHealth("<html>")).toBeUndefined();
    expect(parseHealth({ status: "ready", upstream: [1] })).toBeUndefined();
  });
});
