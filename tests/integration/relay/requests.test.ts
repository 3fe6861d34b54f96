import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as A from "@automerge/automerge";
import { generateAutomergeUrl, parseAutomergeUrl } from "@automerge/automerge-repo";
import { WebSocket } from "ws";
import { Decoder } from "cbor-x";
import { encode } from "../../helpers/relayFuzz.js";
import { MAX_PARKED_DOCUMENTS } from "../../../sync-server/src/network/RelayNetworkAdapter.js";
import { WebSocketClientAdapter } from "@automerge/automerge-repo-network-websocket";
import { connectClient, findOn, startRelay, waitFor, type TestRelay } from "../../helpers/relay.js";

const decoder = new Decoder({ useRecords: false });
let relay: TestRelay;

beforeAll(async () => {
  relay = await startRelay();
});
afterAll(async () => {
  await relay.close();
});

describe("requests for documents the relay does not hold", () => {
  it("cost no Repo handle: invented ids are answered doc-unavailable, honest peers carry on", async () => {
    const socket = new WebSocket(relay.url);
    const replies: { type: string; documentId?: string }[] = [];
    let relayPeerId = "";
    socket.on("message", (data: Buffer) => {
      const frame = decoder.decode(data) as { type: string; senderId: string; documentId?: string };
      if (frame.type === "peer") relayPeerId = frame.senderId;
      else replies.push(frame);
    });
    await new Promise((resolve) => socket.once("open", resolve));
    const me = "hostile-peer";
    socket.send(
      encode({ type: "join", senderId: me, peerMetadata: {}, supportedProtocolVersions: ["1"] }),
    );
    await waitFor(() => relayPeerId !== "", { message: "handshake" });

    const handlesBefore = Object.keys(relay.repo.handles).length;
    const data = A.generateSyncMessage(A.init(), A.initSyncState())[1];
    const invented = 2_000;
    for (let i = 0; i < invented; i++) {
      const { documentId } = parseAutomergeUrl(generateAutomergeUrl());
      socket.send(
        encode({ type: "request", senderId: me, targetId: relayPeerId, documentId, data }),
      );
    }
    // Beyond the parking capacity, the oldest waiters are answered at once; the rest when they expire.
    await waitFor(
      () =>
        replies.filter((r) => r.type === "doc-unavailable").length >=
        invented - MAX_PARKED_DOCUMENTS,
      { timeout: 30_000, message: "doc-unavailable for the evicted invented ids" },
    );
    expect(Object.keys(relay.repo.handles).length).toBe(handlesBefore);

    const writer = connectClient(relay.url);
    const reader = connectClient(relay.url);
    const handle = writer.create<{ n: number }>({ n: 1 });
    const copy = await findOn<{ n: number }>(reader, handle.url);
    expect(copy.doc().n).toBe(1);
    socket.close();
    await Promise.all([writer.shutdown(), reader.shutdown()]);
  });

  it("wait for an upload still on its way, and get the document when it lands", async () => {
    const writer = connectClient(relay.url, { offline: true });
    const handle = writer.create<{ title: string }>({ title: "arrive après la demande" });
    const reader = connectClient(relay.url);
    const asked = reader.find<{ title: string }>(handle.url);
    // Once the reader's request has reached the relay, the writer comes online and uploads.
    await waitFor(() => reader.peers.length > 0, { message: "reader connected" });
    const adapter = new WebSocketClientAdapter(relay.url, 200);
    adapter.onError = () => undefined;
    writer.networkSubsystem.addNetworkAdapter(adapter);
    const copy = await asked;
    expect(copy.doc().title).toBe("arrive après la demande");
    await Promise.all([writer.shutdown(), reader.shutdown()]);
  });
});
