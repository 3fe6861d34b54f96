/**
 * Prometheus metrics of one relay instance (its own registry, so several relays can live in one
 * process — tests and benchmarks start many).
 */
import { Counter, Gauge, Registry, collectDefaultMetrics } from "prom-client";

/** The relay's counters and gauges; labels are closed sets (never ids or content). */
export interface RelayMetrics {
  registry: Registry;
  connections: Gauge;
  peers: Gauge;
  documents: Gauge;
  storedBytes: Gauge;
  bytesIn: Counter;
  bytesOut: Counter;
  messagesIn: Counter<"type">;
  messagesOut: Counter<"type">;
  rejectedFrames: Counter<"reason">;
  refusedConnections: Counter<"reason">;
  throttled: Counter;
  storageErrors: Counter<"code">;
  quotaRefusals: Counter<"kind">;
  unavailableRequests: Counter;
  upstreamConnected: Gauge;
  upstreamConnects: Counter;
  upstreamBytes: Counter<"direction">;
  upstreamRejected: Counter<"reason">;
  upstreamPushed: Counter;
  upstreamLookups: Counter<"result">;
}

/** Creates the metrics; `documents`/`storedBytes` are read from `stats` at scrape time. */
export function createMetrics(stats: () => { documents: number; bytes: number }): RelayMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  const r = [registry];
  return {
    registry,
    connections: new Gauge({
      name: "relay_connections",
      help: "Open WebSocket connections",
      registers: r,
    }),
    peers: new Gauge({
      name: "relay_peers",
      help: "Peers that completed the join handshake",
      registers: r,
    }),
    documents: new Gauge({
      name: "relay_documents",
      help: "Documents held in DATA_DIR",
      registers: r,
      collect() {
        this.set(stats().documents);
      },
    }),
    storedBytes: new Gauge({
      name: "relay_stored_bytes",
      help: "Bytes stored under DATA_DIR",
      registers: r,
      collect() {
        this.set(stats().bytes);
      },
    }),
    bytesIn: new Counter({
      name: "relay_bytes_received_total",
      help: "WebSocket bytes received",
      registers: r,
    }),
    bytesOut: new Counter({
      name: "relay_bytes_sent_total",
      help: "WebSocket bytes sent",
      registers: r,
    }),
    messagesIn: new Counter({
      name: "relay_messages_received_total",
      help: "Accepted protocol messages by type",
      labelNames: ["type"],
      registers: r,
    }),
    messagesOut: new Counter({
      name: "relay_messages_sent_total",
      help: "Protocol messages sent by type",
      labelNames: ["type"],
      registers: r,
    }),
    rejectedFrames: new Counter({
      name: "relay_rejected_frames_total",
      help: "Frames refused (connection closed) by reason",
      labelNames: ["reason"],
      registers: r,
    }),
    refusedConnections: new Counter({
      name: "relay_refused_connections_total",
      help: "WebSocket upgrades refused by reason",
      labelNames: ["reason"],
      registers: r,
    }),
    throttled: new Counter({
      name: "relay_throttled_total",
      help: "Times a connection was paused by the message rate limit",
      registers: r,
    }),
    storageErrors: new Counter({
      name: "relay_storage_errors_total",
      help: "Storage operations that failed, by error code",
      labelNames: ["code"],
      registers: r,
    }),
    quotaRefusals: new Counter({
      name: "relay_quota_refusals_total",
      help: "Writes or sync messages refused by a storage quota",
      labelNames: ["kind"],
      registers: r,
    }),
    unavailableRequests: new Counter({
      name: "relay_unavailable_requests_total",
      help: "Requests for documents the relay does not hold, answered without loading anything",
      registers: r,
    }),
    upstreamConnected: new Gauge({
      name: "relay_upstream_connected",
      help: "1 while the link to UPSTREAM_URL has completed its handshake",
      registers: r,
    }),
    upstreamConnects: new Counter({
      name: "relay_upstream_connects_total",
      help: "Handshakes completed with the upstream relay",
      registers: r,
    }),
    upstreamBytes: new Counter({
      name: "relay_upstream_bytes_total",
      help: "WebSocket bytes exchanged with the upstream relay (before compression)",
      labelNames: ["direction"],
      registers: r,
    }),
    upstreamRejected: new Counter({
      name: "relay_upstream_rejected_frames_total",
      help: "Frames from the upstream relay refused, by reason",
      labelNames: ["reason"],
      registers: r,
    }),
    upstreamPushed: new Counter({
      name: "relay_upstream_documents_loaded_total",
      help: "Stored documents loaded to be synced with the upstream relay",
      registers: r,
    }),
    upstreamLookups: new Counter({
      name: "relay_upstream_lookups_total",
      help: "Requests for documents the relay lacked, asked of the upstream relay, by result",
      labelNames: ["result"],
      registers: r,
    }),
  };
}
