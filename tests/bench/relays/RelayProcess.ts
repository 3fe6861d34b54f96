import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { forkTs, freePort, IpcChild, stopChild } from "../lib/proc";
import type { ProcStats } from "../lib/proc";
import type { RelayKind } from "./kinds";

/** A relay running in its own process, driven from the benchmark. */
export interface RelayProcess {
  kind: RelayKind;
  port: number;
  dataDir: string;
  /** Client WebSocket URL (the raw relay keys rooms by path). */
  wsUrl(room?: string): string;
  stats(): Promise<ProcStats>;
  /** Full GC in the relay, then its stats. */
  gcStats(): Promise<ProcStats>;
  flush(): Promise<void>;
  /** Graceful close; the data directory is removed unless `keepData`. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/** Starts a relay of `kind` in a child process; reuses `dataDir` when given (restart from disk). */
export async function startRelayProcess(
  kind: RelayKind,
  options: { dataDir?: string; staticDir?: string } = {},
): Promise<RelayProcess> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), `recolte-bench-${kind}-`)));
  const port = await freePort();
  const args = [kind, String(port), dataDir, ...(options.staticDir ? [options.staticDir] : [])];
  const child = forkTs("tests/bench/relays/host.ts", args);
  const ipc = new IpcChild(child);
  await new Promise<void>((done, fail) => {
    const onMessage = (message: unknown): void => {
      if ((message as { id?: unknown }).id !== 0) return;
      child.off("message", onMessage);
      done();
    };
    child.on("message", onMessage);
    child.once("exit", (code) => fail(new Error(`${kind} relay exited with ${code} before ready`)));
  });
  const base = `ws://127.0.0.1:${port}`;
  return {
    kind,
    port,
    dataDir,
    wsUrl: (room = "") =>
      kind === "raw"
        ? `${base}/room/${encodeURIComponent(room)}`
        : kind === "ours"
          ? `${base}/sync`
          : base,
    stats: () => ipc.call<ProcStats>("stats"),
    gcStats: () => ipc.call<ProcStats>("gc"),
    flush: async () => void (await ipc.call<boolean>("flush")),
    async stop({ keepData = false } = {}) {
      try {
        await ipc.call<boolean>("close", {}, 30_000);
      } catch {
        // A relay that cannot close gracefully is stopped by signal below.
      }
      await stopChild(child);
      if (!keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
