/** Bundles a bench page with Vite (production React, as the app ships). */
import { resolve } from "node:path";
import { build } from "vite";
import wasm from "vite-plugin-wasm";

/**
 * Builds the HTML entries `input` (name → file in `root`) of a bench folder into `outDir`.
 * `base` "./" when the page is served from a sub-folder of another site (the app's origin).
 */
export async function buildBenchPage(options: {
  root: string;
  outDir: string;
  input: Record<string, string>;
  base?: string;
}): Promise<void> {
  const { root, outDir } = options;
  const input = Object.fromEntries(
    Object.entries(options.input).map(([name, file]) => [name, resolve(root, file)]),
  );
  await build({
    configFile: false,
    root,
    ...(options.base !== undefined && { base: options.base }),
    logLevel: "warn",
    plugins: [wasm()],
    esbuild: { jsx: "automatic" },
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: { outDir, emptyOutDir: true, target: "es2022", rollupOptions: { input } },
  });
}
