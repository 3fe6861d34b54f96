/** Builds the app into a private folder and serves it (through our relay, as `npm start` does). */
import { spawnSync } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { ROOT } from "../lib/proc";
import { serveStatic } from "../lib/staticServer";
import { startRelayProcess } from "../relays/RelayProcess";

/** `vite build` with the project's config into `outDir` (never touches the shared `dist/`). */
export function buildApp(outDir: string): number {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, "node_modules/vite/bin/vite.js"),
      "build",
      "--outDir",
      outDir,
      "--emptyOutDir",
      "--logLevel",
      "warn",
    ],
    { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] },
  );
  if (result.status !== 0) throw new Error(`vite build failed (${result.status})`);
  return performance.now() - started;
}

/** Sizes of the built automerge wasm: raw, brotli (zlib defaults: quality 11) and gzip. */
export async function wasmSizes(outDir: string) {
  const assets = join(outDir, "assets");
  const names = (await readdir(assets)).filter((name) => name.endsWith(".wasm"));
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(join(assets, name));
      return {
        file: name,
        raw: bytes.byteLength,
        brotli: brotliCompressSync(bytes).byteLength,
        gzip: gzipSync(bytes).byteLength,
      };
    }),
  );
}

/** Serves `outDir` through Récolte's relay; falls back to a bare static server if it cannot start. */
export async function serveApp(
  outDir: string,
): Promise<{ url: string; server: string; close(): Promise<void> }> {
  try {
    const relay = await startRelayProcess("ours", { staticDir: outDir });
    return {
      url: `http://127.0.0.1:${relay.port}`,
      server: "recolte relay",
      close: () => relay.stop(),
    };
  } catch (error) {
    process.stderr.write(
      `[cold-start] relay unavailable (${String(error)}), using a static server\n`,
    );
    const server = await serveStatic(outDir);
    return { url: server.url, server: "bench static server", close: () => server.close() };
  }
}
