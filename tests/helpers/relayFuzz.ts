/**
 * Seeded generators of hostile frames for the relay fuzz test: random bytes, random CBOR,
 * truncated and bit-flipped valid frames, huge declared lengths, and protocol-valid but hostile
 * sequences (sync before join, foreign sender ids, path-shaped ids, wrong field types).
 */
import * as Automerge from "@automerge/automerge";
import { Encoder } from "cbor-x";

/** mulberry32: a small, fast, seedable PRNG (reproducible runs). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Gen {
  constructor(readonly rand: () => number) {}
  int(max: number): number {
    return Math.floor(this.rand() * max);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.int(256);
    return out;
  }
}

const encoder = new Encoder({ tagUint8Array: false, useRecords: false });
export const encode = (value: unknown): Uint8Array => encoder.encode(value);

/** Names that must never appear as files anywhere (path-shaped ids carry them). */
export const MARKER = "recolte-fuzz-marker";

export const HOSTILE_IDS: unknown[] = [
  `../../${MARKER}`,
  `../${MARKER}`,
  `/tmp/${MARKER}`,
  `..%2f..%2f${MARKER}`,
  `..\\..\\${MARKER}`,
  `${MARKER}\0`,
  "",
  ".",
  "..",
  "a".repeat(10_000),
  "2EFqgzHo9kwc3JnUdduq7mFCrzKl", // bs58 alphabet, bad checksum
  42,
  null,
  { $ne: 1 },
  ["x"],
  new Uint8Array(16),
  -1,
  true,
];

/** A random CBOR-encodable value, including tags cbor-x knows (Error, RegExp, Set, Map, Date). */
export function randomValue(g: Gen, depth = 0): unknown {
  const kind = g.int(depth > 4 ? 8 : 14);
  switch (kind) {
    case 0:
      return g.int(2 ** 31) - 2 ** 30;
    case 1:
      return g.rand() * 1e300;
    case 2:
      return g.pick(["join", "sync", "request", "peer", "ephemeral", "", "x".repeat(g.int(300))]);
    case 3:
      return g.bytes(g.int(64));
    case 4:
      return g.pick([null, undefined, true, false, Number.NaN, Infinity]);
    case 5:
      return BigInt(g.int(1e9)) * 10n ** 20n;
    case 6:
      return g.pick(HOSTILE_IDS);
    case 7:
      return new Date(g.int(2 ** 40));
    case 8:
      return Array.from({ length: g.int(6) }, () => randomValue(g, depth + 1));
    case 9:
      return Object.fromEntries(
        Array.from({ length: g.int(6) }, () => [
          g.pick([
            "type",
            "senderId",
            "targetId",
            "documentId",
            "data",
            "__proto__",
            "constructor",
            "k",
          ]),
          randomValue(g, depth + 1),
        ]),
      );
    case 10:
      return new Set([randomValue(g, depth + 1)]);
    case 11:
      return new Map([[randomValue(g, depth + 1), randomValue(g, depth + 1)]]);
    case 12:
      return g.pick([new Error("boom"), /a+b/]);
    default:
      return {
        type: g.pick(["sync", "request", "join"]),
        senderId: randomValue(g, depth + 1),
        data: randomValue(g, depth + 1),
      };
  }
}

/** CBOR heads that declare absurd lengths with little or no data behind them. */
export function hugeLengthFrame(g: Gen): Uint8Array {
  const header = g.pick([0x5b, 0x7b, 0x9b, 0xbb]); // bytes, text, array, map with an 8-byte length
  const len = new Uint8Array(8);
  new DataView(len.buffer).setBigUint64(0, 2n ** BigInt(32 + g.int(31)));
  // {"type": "sync", "data": <huge>}: a map, so it passes the cheap first-byte check.
  const head = [
    0xa2,
    0x64,
    ...Buffer.from("type"),
    0x64,
    ...Buffer.from("sync"),
    0x64,
    ...Buffer.from("data"),
  ];
  return new Uint8Array([...head, header, ...len, ...g.bytes(g.int(16))]);
}

/** Deep nesting that would overflow a recursive decoder's stack. */
export function deepFrame(depth: number): Uint8Array {
  const out = new Uint8Array(depth + 2);
  out[0] = 0xa1; // map(1) … key is an array nest
  out.fill(0x81, 1, depth + 1); // array(1) repeated
  out[depth + 1] = 0x00;
  return out;
}

/** A valid sync message for some unrelated document. */
export function foreignSyncData(g: Gen): Uint8Array {
  let doc = Automerge.from<Record<string, number>>({ [`k${g.int(1e6)}`]: g.int(100) });
  doc = Automerge.change(doc, (d) => {
    d.extra = 1;
  });
  const [, message] = Automerge.generateSyncMessage(doc, Automerge.initSyncState());
  return message ?? g.bytes(8);
}

export interface Context {
  relayPeerId: string;
  honestPeerId: string;
  honestDocId: string;
}

/** One attack: the frames to send on one fresh connection (binary unless `text`). */
export interface Attack {
  name: string;
  frames: (Uint8Array | string)[];
  /** Send uncompressed size ≫ maxFrameBytes through permessage-deflate (a zip bomb). */
  compressed?: boolean;
}

/** Builds a random attack. */
export function randomAttack(g: Gen, ctx: Context): Attack {
  const me = `fuzz-${g.int(1e9)}`;
  const join = (senderId: unknown = me, peerMetadata: unknown = {}) =>
    encode({ type: "join", senderId, peerMetadata, supportedProtocolVersions: ["1"] });
  const msg = (fields: Record<string, unknown>) =>
    encode({ senderId: me, targetId: ctx.relayPeerId, documentId: ctx.honestDocId, ...fields });
  const validSync = () => msg({ type: "sync", data: foreignSyncData(g) });
  switch (g.int(16)) {
    case 0:
      return { name: "random bytes", frames: [g.bytes(g.int(2000))] };
    case 1:
      return { name: "random cbor", frames: [encode(randomValue(g))] };
    case 2: {
      const frame = g.pick([join(), validSync()]);
      return { name: "truncated", frames: [join(), frame.subarray(0, g.int(frame.length))] };
    }
    case 3: {
      const frame = new Uint8Array(validSync());
      for (let i = 0; i < 1 + g.int(4); i++) {
        const at = g.int(frame.length);
        frame[at] = (frame[at] ?? 0) ^ (1 << g.int(8));
      }
      return { name: "bit flips", frames: [join(), frame] };
    }
    case 4:
      return { name: "huge declared length", frames: [join(), hugeLengthFrame(g)] };
    case 5:
      return { name: "sync before join", frames: [validSync()] };
    case 6:
      return {
        name: "foreign sender id",
        frames: [
          join(),
          encode({
            type: "sync",
            senderId: ctx.honestPeerId,
            targetId: ctx.relayPeerId,
            documentId: ctx.honestDocId,
            data: foreignSyncData(g),
          }),
        ],
      };
    case 7:
      return { name: "hijack honest peer id", frames: [join(ctx.honestPeerId)] };
    case 8:
      return {
        name: "path-shaped document id",
        frames: [
          join(),
          msg({
            type: g.pick([
              "sync",
              "request",
              "doc-unavailable",
              "ephemeral",
              "remote-heads-changed",
            ]),
            documentId: g.pick(HOSTILE_IDS),
            data: foreignSyncData(g),
          }),
        ],
      };
    case 9:
      return {
        name: "path-shaped storage id",
        frames: [
          g.rand() < 0.5
            ? join(me, { storageId: g.pick(HOSTILE_IDS), isEphemeral: false })
            : join(me, { storageId: "ok-storage-id-123" }),
          msg({
            type: "remote-subscription-change",
            add: [g.pick(HOSTILE_IDS)],
            remove: g.pick(HOSTILE_IDS),
          }),
        ],
      };
    case 10:
      return {
        name: "wrong field types",
        frames: [
          join(),
          msg({
            type: g.pick(["sync", "request", "ephemeral"]),
            [g.pick(["data", "documentId", "targetId", "count", "sessionId"])]: randomValue(g),
          }),
        ],
      };
    case 11:
      return {
        name: "garbage sync data",
        frames: [join(), msg({ type: "sync", data: g.bytes(1 + g.int(500)) })],
      };
    case 12:
      return {
        name: "hostile remote heads",
        frames: [
          join(),
          msg({
            type: "remote-heads-changed",
            newHeads: {
              [String(g.pick(HOSTILE_IDS))]: { heads: [randomValue(g)], timestamp: randomValue(g) },
            },
          }),
        ],
      };
    case 13:
      return { name: "oversized frame", frames: [join(), g.bytes(300 * 1024)] };
    case 14:
      return {
        name: "zip bomb",
        frames: [join(), new Uint8Array(4 * 1024 * 1024)],
        compressed: true,
      };
    default:
      return {
        name: "deep nesting or text",
        frames: g.rand() < 0.5 ? [deepFrame(50_000 + g.int(50_000))] : [join(), '{"type":"sync"}'],
      };
  }
}
