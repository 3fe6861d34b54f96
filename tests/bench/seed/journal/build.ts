/** Bundles the seed-journal bench page with Vite (production React, as the app ships). */
import { resolve } from "node:path";
import { build } from "vite";
import wasm from "vite-plugin-wasm";

export async function buildJournalPage(outDir: string): Promise<void> {
  const root = resolve(import.meta.dirname);
  await build({
    configFile: false,
    root,
    logLevel: "warn",
    plugins: [wasm()],
    esbuild: { jsx: "automatic" },
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: {
      outDir,
      emptyOutDir: true,
      target: "es2022",
      rollupOptions: { input: { page: resolve(root, "page.html") } },
    },
  });
}
