/**
 * Runs the relay as a child process (the CLI through tsx, or `npm start`'s script) and reads the
 * port it picked from its JSON log line `{"msg":"relay listening","port":…}`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface RelayProcess {
  child: ChildProcess;
  port: number;
  url: string;
  httpUrl: string;
  /** Every stdout line (JSON logs). */
  logs: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface SpawnOptions {
  dataDir: string;
  /** "cli": node --import tsx sync-server/src/index.ts; "start": node sync-server/bin/start.mjs --no-build. */
  via?: "cli" | "start";
  env?: Record<string, string>;
  timeout?: number;
}

/** Spawns a relay on a free port and resolves once it is listening and ready. */
export function spawnRelay({
  dataDir,
  via = "cli",
  env = {},
  timeout = 20_000,
}: SpawnOptions): Promise<RelayProcess> {
  const args =
    via === "cli"
      ? ["--import", "tsx", path.join(ROOT, "sync-server", "src", "index.ts")]
      : [path.join(ROOT, "sync-server", "bin", "start.mjs"), "--no-build"];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr += String(chunk)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`relay did not start within ${timeout} ms\n${stderr}`));
    }, timeout);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`relay exited early (${code})\n${stderr}`));
    });
    createInterface({ input: child.stdout! }).on("line", (line) => {
      logs.push(line);
      let entry: unknown;
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      if (
        typeof entry === "object" &&
        entry !== null &&
        "msg" in entry &&
        entry.msg === "relay listening"
      ) {
        clearTimeout(timer);
        const port = (entry as unknown as { port: number }).port;
        resolve({
          child,
          port,
          url: `ws://127.0.0.1:${port}/sync`,
          httpUrl: `http://127.0.0.1:${port}`,
          logs,
          exited,
        });
      }
    });
  });
}
