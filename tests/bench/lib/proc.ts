/** Process-level helpers: free ports, child relays over IPC, resource readings. */
import { fork } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../../..");

/** Asks the kernel for a free loopback port (listen on 0, read it, close). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** CPU time (ms, user + system) and memory of a process, as it reports them itself. */
export interface ProcStats {
  cpuMs: number;
  rss: number;
  heapUsed: number;
}

/** Reads this process's own figures. */
export function selfStats(): ProcStats {
  const cpu = process.cpuUsage();
  const mem = process.memoryUsage();
  return { cpuMs: (cpu.user + cpu.system) / 1000, rss: mem.rss, heapUsed: mem.heapUsed };
}

/** Typed request/response over a forked child's IPC channel. */
export class IpcChild {
  readonly child: ChildProcess;
  #nextId = 1;
  #pending = new Map<number, (value: unknown) => void>();

  constructor(child: ChildProcess) {
    this.child = child;
    child.on("message", (message: unknown) => {
      if (typeof message !== "object" || message === null) return;
      const { id, result } = message as { id?: unknown; result?: unknown };
      if (typeof id !== "number") return;
      this.#pending.get(id)?.(result);
      this.#pending.delete(id);
    });
  }

  /** Sends `{ id, type, ...args }` and resolves with the child's `{ id, result }`. */
  call<T>(type: string, args: Record<string, unknown> = {}, timeoutMs = 120_000): Promise<T> {
    const id = this.#nextId++;
    return new Promise<T>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`IPC ${type} timed out`)), timeoutMs);
      const onExit = (): void => fail(new Error(`child exited during IPC ${type}`));
      this.child.once("exit", onExit);
      this.#pending.set(id, (value) => {
        clearTimeout(timer);
        this.child.off("exit", onExit);
        done(value as T);
      });
      this.child.send({ id, type, ...args });
    });
  }
}

/**
 * Forks a TypeScript module (through tsx) with an IPC channel. `--expose-gc` lets the benchmark ask
 * for a collection before reading RSS, so memory figures measure what is held, not garbage.
 */
export function forkTs(
  file: string,
  args: readonly string[],
  env: Record<string, string> = {},
): ChildProcess {
  return fork(resolve(ROOT, file), args, {
    cwd: ROOT,
    execArgv: ["--import", "tsx", "--expose-gc"],
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
}

/** Waits for a child to exit (SIGTERM first, SIGKILL after `graceMs`). */
export async function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}
