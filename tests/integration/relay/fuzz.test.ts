/**
 * Seeded fuzzing of the relay's WebSocket input (set RELAY_FUZZ_SEED to replay a run): thousands
 * of malformed, truncated, oversized and hostile frames on fresh connections, while two honest
 * stock clients keep syncing. Asserts the relay stays up, honest sync continues throughout, and no
 * file appears outside DATA_DIR (nor any oddly named file inside it).
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Repo } from "@automerge/automerge-repo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import {
  connectClient,
  findOn,
  relayHolds,
  startRelay,
  tempDir,
  waitFor,
  type TestRelay,
} from "../../helpers/relay.js";
import { Gen, MARKER, randomAttack, seededRandom, type Attack } from "../../helpers/relayFuzz.js";

const SEED = Number(process.env.RELAY_FUZZ_SEED ?? 20_240_611);
const ATTACKS = Number(process.env.RELAY_FUZZ_ATTACKS ?? 2000);
const CONCURRENCY = 8;
const CHECK_EVERY = 300;

interface Board {
  notes: Record<string, number>;
}

/** Sends an attack on a fresh connection; resolves when the relay closed it or answered a ping. */
function run(url: string, attack: Attack): Promise<void> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { perMessageDeflate: attack.compressed === true });
    const done = (): void => {
      clearTimeout(timer);
      ws.terminate();
      resolve();
    };
    const timer = setTimeout(done, 3000);
    ws.on("error", done);
    ws.on("close", done);
    ws.on("unexpected-response", done);
    ws.on("pong", done);
    ws.on("open", () => {
      for (const frame of attack.frames) ws.send(frame, { binary: typeof frame !== "string" });
      ws.ping();
    });
  });
}

async function listAll(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries.map((e) => path.join(e.parentPath, e.name)).sort();
}

let root: string;
let relay: TestRelay;
let writer: Repo;
let reader: Repo;

beforeAll(async () => {
  root = await tempDir("recolte-fuzz-");
  relay = await startRelay({
    dataDir: path.join(root, "data"),
    limits: { maxFrameBytes: 256 * 1024 },
  });
  writer = connectClient(relay.url);
  reader = connectClient(relay.url);
});

afterAll(async () => {
  await Promise.all([writer.shutdown(), reader.shutdown()]);
  await relay.close();
  await fs.rm(root, { recursive: true, force: true });
});

describe("relay fuzzing", () => {
  it(`survives ${ATTACKS} hostile connections (seed ${SEED}) while honest peers keep syncing`, async () => {
    const outsideBefore = (await listAll(root)).filter((f) => !f.startsWith(relay.dataDir));
    const board = writer.create<Board>({ notes: {} });
    await relayHolds(relay, board.documentId);
    const copy = await findOn<Board>(reader, board.url);

    // Continuous honest traffic in the background.
    let tick = 0;
    const background = setInterval(() => board.change((d) => (d.notes.tick = ++tick)), 50);
    const roundTrip = async (n: number): Promise<void> => {
      board.change((d) => (d.notes[`check${n}`] = n));
      await waitFor(() => copy.doc().notes[`check${n}`] === n, {
        timeout: 10_000,
        message: `honest round trip ${n}`,
      });
    };

    const g = new Gen(seededRandom(SEED));
    const ctx = {
      relayPeerId: relay.repo.peerId,
      honestPeerId: writer.peerId,
      honestDocId: board.documentId,
    };
    const attacks = Array.from({ length: ATTACKS }, () => randomAttack(g, ctx));
    const kinds = new Set(attacks.map((a) => a.name));
    try {
      for (let start = 0; start < attacks.length; start += CHECK_EVERY) {
        const batch = attacks.slice(start, start + CHECK_EVERY);
        let next = 0;
        await Promise.all(
          Array.from({ length: CONCURRENCY }, async () => {
            while (next < batch.length) await run(relay.url, batch[next++]!);
          }),
        );
        await roundTrip(start);
      }
    } finally {
      clearInterval(background);
    }

    // The relay is up, serves new peers, and counted what it refused.
    const health = await fetch(`${relay.httpUrl}/healthz`);
    expect(health.status).toBe(200);
    const late = connectClient(relay.url);
    try {
      const lateCopy = await findOn<Board>(late, board.url);
      await waitFor(() => lateCopy.doc().notes.tick === tick, {
        message: "late client has everything",
      });
    } finally {
      await late.shutdown();
    }
    const rejected = await relay.metrics.rejectedFrames.get();
    const total = rejected.values.reduce((sum, v) => sum + v.value, 0);
    const reasons = new Set(rejected.values.map((v) => v.labels.reason));
    expect(total).toBeGreaterThan(ATTACKS / 2);
    for (const reason of [
      "not-cbor",
      "not-joined",
      "sender-mismatch",
      "bad-document-id",
      "too-large",
      "bad-data",
    ]) {
      expect(reasons, `reason ${reason}`).toContain(reason);
    }
    expect(kinds.size).toBeGreaterThanOrEqual(15);

    // Nothing outside DATA_DIR changed; nothing odd inside it.
    await relay.repo.flush();
    const outsideAfter = (await listAll(root)).filter((f) => !f.startsWith(relay.dataDir));
    expect(outsideAfter).toEqual(outsideBefore);
    const top = await fs.readdir(os.tmpdir());
    expect(top.filter((name) => name.includes(MARKER))).toEqual([]);
    for (const file of await listAll(relay.dataDir)) {
      // An atomic write may still be in flight (`<file>.<pid>-<random>.tmp`): judge its final name.
      const relative = path.relative(relay.dataDir, file).replace(/\.\d+-[a-z0-9]+\.tmp$/, "");
      expect(
        relative.split(path.sep).every((part) => /^[A-Za-z0-9_-]+$/.test(part)),
        relative,
      ).toBe(true);
    }
  }, 120_000);
});
