/**
 * Decoding and validation of inbound WebSocket frames, as a pure function of the bytes.
 *
 * Every frame from a peer goes through {@link parseFrame} before anything reaches the Repo. The
 * result is a freshly built message holding only the fields the protocol defines, so junk fields
 * never travel further (ephemeral messages are forwarded to other peers).
 */
import { Decoder } from "cbor-x";
import * as Automerge from "@automerge/automerge";
import type {
  DocumentId,
  PeerId,
  PeerMetadata,
  RepoMessage,
  SessionId,
  StorageId,
} from "@automerge/automerge-repo";
import { isDocumentId, isEncodedHead, isPeerId, isStorageId } from "./ids.js";

/** Why a frame was refused; also the `reason` label of the rejected-frames metric. */
export const REJECT_REASONS = [
  "binary-expected",
  "not-cbor",
  "not-a-map",
  "unknown-type",
  "bad-sender",
  "bad-target",
  "bad-document-id",
  "bad-storage-id",
  "bad-data",
  "bad-field",
  "not-joined",
  "sender-mismatch",
  "unsupported-protocol",
  "too-large",
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** The handshake message a client sends first. */
export interface JoinFrame {
  type: "join";
  senderId: PeerId;
  peerMetadata: PeerMetadata;
  supportedProtocolVersions: string[];
}

/** A frame the relay accepts; `peer` is valid but meaningless from a client and is ignored. */
export type InboundFrame = JoinFrame | { type: "peer"; senderId: PeerId } | RepoMessage;

export type ParseResult =
  { ok: true; frame: InboundFrame } | { ok: false; reason: RejectReason; detail?: string };

/** Caps on individual fields, far above what honest peers send. */
const EPHEMERAL_MAX_BYTES = 1024 * 1024;
const MAX_LIST = 1024;
const MAX_STRING = 128;

const decoder = new Decoder({ mapsAsObjects: true, useRecords: false });

class Invalid extends Error {
  constructor(
    readonly reason: RejectReason,
    detail: string,
  ) {
    super(detail);
  }
}

function fail(reason: RejectReason, detail: string): never {
  throw new Invalid(reason, detail);
}

type Obj = Record<string, unknown>;

function isPlainObject(value: unknown): value is Obj {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function bytes(value: unknown, field: string, max: number): Uint8Array {
  if (!(value instanceof Uint8Array)) fail("bad-data", `${field} is not bytes`);
  if (value.byteLength === 0) fail("bad-data", `${field} is empty`);
  if (value.byteLength > max) fail("too-large", `${field} is ${value.byteLength} bytes`);
  return value;
}

function documentId(msg: Obj): DocumentId {
  if (!isDocumentId(msg.documentId)) fail("bad-document-id", "malformed documentId");
  return msg.documentId;
}

function storageIds(value: unknown, field: string): StorageId[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > MAX_LIST)
    fail("bad-field", `${field} is not a short list`);
  for (const id of value) if (!isStorageId(id)) fail("bad-storage-id", `malformed id in ${field}`);
  return value as StorageId[];
}

/** The sync payload must at least parse as an Automerge sync message (cheap, no apply). */
function syncData(value: unknown, maxBytes: number): Uint8Array {
  const data = bytes(value, "data", maxBytes);
  try {
    Automerge.decodeSyncMessage(data);
  } catch {
    fail("bad-data", "data is not an Automerge sync message");
  }
  return data;
}

function parseJoin(msg: Obj, senderId: PeerId): JoinFrame {
  const versions = msg.supportedProtocolVersions ?? ["1"];
  if (
    !Array.isArray(versions) ||
    versions.length > 16 ||
    !versions.every((v) => typeof v === "string" && v.length <= 16)
  ) {
    fail("bad-field", "supportedProtocolVersions");
  }
  const meta = msg.peerMetadata ?? {};
  if (!isPlainObject(meta)) fail("bad-field", "peerMetadata is not an object");
  const peerMetadata: PeerMetadata = {};
  if (meta.storageId !== undefined) {
    if (!isStorageId(meta.storageId)) fail("bad-storage-id", "malformed peerMetadata.storageId");
    peerMetadata.storageId = meta.storageId;
  }
  if (meta.isEphemeral !== undefined) {
    if (typeof meta.isEphemeral !== "boolean") fail("bad-field", "peerMetadata.isEphemeral");
    peerMetadata.isEphemeral = meta.isEphemeral;
  }
  return { type: "join", senderId, peerMetadata, supportedProtocolVersions: versions as string[] };
}

function parseNewHeads(value: unknown): Record<StorageId, { heads: string[]; timestamp: number }> {
  if (!isPlainObject(value)) fail("bad-field", "newHeads is not an object");
  const entries = Object.entries(value);
  if (entries.length === 0 || entries.length > 64) fail("bad-field", "newHeads size");
  const out: Record<StorageId, { heads: string[]; timestamp: number }> = {};
  for (const [storageId, info] of entries) {
    if (!isStorageId(storageId)) fail("bad-storage-id", "malformed storage id in newHeads");
    if (!isPlainObject(info)) fail("bad-field", "newHeads entry");
    const { heads, timestamp } = info;
    if (!Array.isArray(heads) || heads.length > MAX_LIST || !heads.every(isEncodedHead)) {
      fail("bad-field", "newHeads heads");
    }
    if (typeof timestamp !== "number" || !Number.isFinite(timestamp))
      fail("bad-field", "newHeads timestamp");
    out[storageId] = { heads: heads as string[], timestamp };
  }
  return out;
}

function parseRepoMessage(
  msg: Obj,
  senderId: PeerId,
  targetId: PeerId,
  maxBytes: number,
): RepoMessage {
  switch (msg.type) {
    case "sync":
    case "request":
      return {
        type: msg.type,
        senderId,
        targetId,
        documentId: documentId(msg),
        data: syncData(msg.data, maxBytes),
      };
    case "doc-unavailable":
      return { type: "doc-unavailable", senderId, targetId, documentId: documentId(msg) };
    case "ephemeral": {
      const { count, sessionId } = msg;
      if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0)
        fail("bad-field", "count");
      if (
        typeof sessionId !== "string" ||
        sessionId.length === 0 ||
        sessionId.length > MAX_STRING
      ) {
        fail("bad-field", "sessionId");
      }
      const data = bytes(msg.data, "data", EPHEMERAL_MAX_BYTES);
      try {
        decoder.decode(data);
      } catch {
        fail("bad-data", "ephemeral data is not CBOR");
      }
      return {
        type: "ephemeral",
        senderId,
        targetId,
        documentId: documentId(msg),
        count,
        sessionId: sessionId as SessionId,
        data,
      };
    }
    case "remote-subscription-change": {
      const add = storageIds(msg.add, "add");
      const remove = storageIds(msg.remove, "remove");
      return {
        type: "remote-subscription-change",
        senderId,
        targetId,
        ...(add && { add }),
        ...(remove && { remove }),
      };
    }
    case "remote-heads-changed":
      return {
        type: "remote-heads-changed",
        senderId,
        targetId,
        documentId: documentId(msg),
        newHeads: parseNewHeads(msg.newHeads),
      };
    default:
      return fail("unknown-type", "type not in the allow-list");
  }
}

/**
 * Decodes one binary frame and validates it against the protocol's allow-list.
 *
 * @param relayPeerId - the only acceptable `targetId` for repo messages.
 * @param maxDataBytes - cap on a sync payload (the frame cap already bounds it).
 */
export function parseFrame(
  bytesIn: Uint8Array,
  relayPeerId: PeerId,
  maxDataBytes: number,
): ParseResult {
  // A CBOR map starts with major type 5 (0xa0–0xbf); refusing anything else early is cheap.
  const first = bytesIn[0];
  if (first === undefined || first >> 5 !== 5) return { ok: false, reason: "not-a-map" };
  let decoded: unknown;
  try {
    decoded = decoder.decode(bytesIn);
  } catch {
    return { ok: false, reason: "not-cbor" };
  }
  try {
    if (!isPlainObject(decoded)) fail("not-a-map", "top level is not a map");
    const msg = decoded;
    if (typeof msg.type !== "string") fail("unknown-type", "missing type");
    if (!isPeerId(msg.senderId)) fail("bad-sender", "malformed senderId");
    const senderId = msg.senderId;
    if (msg.type === "join") return { ok: true, frame: parseJoin(msg, senderId) };
    if (msg.type === "peer") return { ok: true, frame: { type: "peer", senderId } };
    if (msg.targetId !== relayPeerId) fail("bad-target", "targetId is not this relay");
    return { ok: true, frame: parseRepoMessage(msg, senderId, relayPeerId, maxDataBytes) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.reason, detail: error.message };
    return { ok: false, reason: "bad-field", detail: "validation error" };
  }
}
