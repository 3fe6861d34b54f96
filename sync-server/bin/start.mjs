#!/usr/bin/env node
/**
 * `npm start`: builds the PWA if `dist/index.html` is missing or older than its sources, then runs
 * the relay (TypeScript through tsx) with the same arguments, forwarding signals and exit code.
 *
 * Skip the build with `--no-build` or SKIP_BUILD=1 (tests, or a deployment that ships dist/).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2).filter((a) => a !== "--no-build");
const skipBuild = process.argv.includes("--no-build") || process.env.SKIP_BUILD === "1";

/** Newest modification time under `entry` (a file or a directory), 0 if absent. */
function newest(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    max = Math.max(max, newest(path.join(entry, name)));
  }
  return max;
}

function buildIfNeeded() {
  if (skipBuild) return;
  const viteConfig = ["vite.config.ts", "vite.config.mts", "vite.config.js"].find((f) =>
    fs.existsSync(path.join(root, f)),
  );
  if (!viteConfig) {
    process.stderr.write(
      "start: no vite config found; skipping the app build (the relay will say so).\n",
    );
    return;
  }
  const built = newest(path.join(root, "dist", "index.html"));
  const sources = Math.max(
    ...["src", "public", "index.html", viteConfig, "package.json"].map((p) =>
      newest(path.join(root, p)),
    ),
  );
  if (built > 0 && built >= sources) return;
  process.stderr.write(
    built === 0
      ? "start: building the app (first run)…\n"
      : "start: sources changed, rebuilding the app…\n",
  );
  const vite = path.join(root, "node_modules", "vite", "bin", "vite.js");
  const result = spawnSync(process.execPath, [vite, "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    process.stderr.write(
      "start: the app build failed; starting the relay anyway (it serves what dist/ holds).\n",
    );
  }
}

buildIfNeeded();
const tsx = import.meta.resolve("tsx");
const child = spawn(
  process.execPath,
  ["--import", tsx, path.join(root, "sync-server", "src", "index.ts"), ...args],
  {
    stdio: "inherit",
  },
);
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", (code, signal) => {
  process.exit(code ?? (signal === "SIGTERM" || signal === "SIGINT" ? 0 : 1));
});
