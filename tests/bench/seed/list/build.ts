/** Bundles the seeds-list helper page (seeding + naive reference) with Vite, into the app's folder. */
import { resolve } from "node:path";
import { build } from "vite";
import wasm from "vite-plugin-wasm";

export async function buildRefPage(outDir: string): Promise<void> {
  const root = resolve(import.meta.dirname);
  await build({
    configFile: false,
    root,
    base: "./",
    logLevel: "warn",
    plugins: [wasm()],
    esbuild: { jsx: "automatic" },
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: {
      outDir,
      emptyOutDir: true,
      target: "es2022",
      rollupOptions: { input: { ref: resolve(root, "ref.html") } },
    },
  });
}
