/** Bundles the benchmark pages (tests/bench/browser/*.html) with Vite into `outDir`. */
import { resolve } from "node:path";
import { build } from "vite";
import wasm from "vite-plugin-wasm";

export async function buildBenchPages(outDir: string): Promise<void> {
  const root = resolve(import.meta.dirname);
  await build({
    configFile: false,
    root,
    logLevel: "warn",
    plugins: [wasm()],
    build: {
      outDir,
      emptyOutDir: true,
      target: "es2022",
      rollupOptions: { input: { persistence: resolve(root, "persistence.html") } },
    },
  });
}
