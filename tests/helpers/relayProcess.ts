import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { waitFor } from "./waitFor";

const ROOT = resolve(import.meta.dirname, "../..");

export interface RelayProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Runs the relay CLI as a child process (as `npm start` does, minus the build) on a fixed port
 * with a throw-away data directory, serving the built app from `dist/`.
 */
export async function startRelayProcess(options: {
  port: number;
  dataDir?: string;
  env?: Record<string, string>;
}): Promise<RelayProcess> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), "recolte-e2e-")));
  const child = spawn(process.execPath, ["--import", "tsx", "sync-server/src/index.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(options.port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      STATIC_DIR: join(ROOT, "dist"),
      LOG_LEVEL: "warn",
      ...options.env,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://localhost:${options.port}`;
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`relay exited with ${child.exitCode}`);
      try {
        return (await fetch(`${url}/healthz`)).ok;
      } catch {
        return false;
      }
    },
    { timeout: 30_000, message: "relay /healthz" },
  );
  return {
    url,
    dataDir,
    child,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once("exit", done));
        child.kill("SIGTERM");
        await exited;
      }
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
