#!/usr/bin/env node
/**
 * `npm run bench` — Récolte's benchmark suite (DESIGN.md §10; issues 2 and 3).
 *
 * Usage: node tests/bench/run.mjs [--quick] [--only <name>[,<name>…]]
 *   --quick   smoke run with short durations and sizes (≈ 3 min instead of ≈ 15 min on 2 cores);
 *             its figures prove the harness works, they are not the reported figures.
 *   --only    run only the named benchmarks (comma-separated or repeated):
 *               cold-start         built PWA launched offline from the SW cache, 1× and 4× CPU throttle
 *               local-persistence  IndexedDB transactions/s and amplification, ours vs IndexedDBStorageAdapter
 *               relay-fanout       50×3 and 1×30 live fan-out: raw ws floor, stock sync server, ours
 *               cold-sync          fresh client fetching 1,000 and 5,000 documents, stock vs ours
 *               relay-memory       relay RSS per idle connection and per held document
 *               address-book       5,000 contacts: open (cached list, live), search, edit, memory
 *               bundle             .recolte export/import: 1,000 notes + 500 contacts, time and size
 *               reconnect          tablet back from 500/2,000 offline changes over slow 4G: bytes ÷ ideal, time
 *               board              état des lieux, 1,000 and 10,000 notes: change, drag, cold open vs flat and Yjs
 *               seed-journal       seed journal, 60,000 chars / 200,000 edits: keypress-to-paint 1×/4×, sync message per key
 *               seeds-list         atelier with 50 seeds: open → seed cards listed at 4×, vs repo.find of all 50
 *
 * Output: ONE JSON document on stdout (progress and child output go to stderr), also written to
 * `.bench-out/bench-<timestamp>.json`. Every benchmark reports the reference and ours measured in
 * the same run, medians/percentiles, ratios, its targets and `met: true|false`; a miss is reported
 * with its figure, never hidden. Exit code 0 when every benchmark ran (met or not), 1 if one crashed.
 *
 * Each benchmark runs in a child process of its own (`node --import tsx tests/bench/entry.ts`),
 * and every relay in another one, so CPU and memory figures belong to whom they claim.
 */
import { spawn } from "node:child_process";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, freemem, loadavg, platform, release, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const NAMES = [
  "cold-start",
  "local-persistence",
  "relay-fanout",
  "cold-sync",
  "relay-memory",
  "address-book",
  "bundle",
  "reconnect",
  "board",
  "seed-journal",
  "seeds-list",
];

function parseArgs(argv) {
  const only = [];
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--quick") quick = true;
    else if (arg === "--only") only.push(...(argv[++i] ?? "").split(",").filter(Boolean));
    else if (arg.startsWith("--only=")) only.push(...arg.slice(7).split(",").filter(Boolean));
    else throw new Error(`unknown argument ${arg} (use --quick, --only <name>)`);
  }
  const unknown = only.filter((name) => !NAMES.includes(name));
  if (unknown.length)
    throw new Error(`unknown benchmark ${unknown.join(", ")}; known: ${NAMES.join(", ")}`);
  return { quick, names: only.length ? NAMES.filter((n) => only.includes(n)) : NAMES };
}

function version(pkg) {
  try {
    return JSON.parse(readFileSync(join(ROOT, "node_modules", pkg, "package.json"), "utf8"))
      .version;
  } catch {
    return null;
  }
}

function quiet(command, args) {
  try {
    return execFileSync(command, args, {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return null;
  }
}

function environment(quick) {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  return {
    node: process.version,
    chromium: quiet(chromium, ["--version"]),
    packages: Object.fromEntries(
      [
        "@automerge/automerge",
        "@automerge/automerge-repo",
        "@automerge/automerge-repo-network-websocket",
        "@automerge/automerge-repo-storage-nodefs",
        "@automerge/automerge-repo-storage-indexeddb",
        "dexie",
        "ws",
        "vite",
        "playwright",
      ].map((pkg) => [pkg, version(pkg)]),
    ),
    cpu: {
      model: cpus()[0]?.model ?? null,
      cores: cpus().length,
      loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
    },
    memory: {
      totalMB: Math.round(totalmem() / 2 ** 20),
      freeAtStartMB: Math.round(freemem() / 2 ** 20),
    },
    os: `${platform()} ${release()}`,
    commit: quiet("git", ["rev-parse", "--short", "HEAD"]),
    quick,
  };
}

function runOne(name, quick, scratch) {
  const outFile = join(scratch, `${name}.json`);
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "tests/bench/entry.ts", name, quick ? "1" : "0", outFile],
      {
        cwd: ROOT,
        // Child stdout goes to our stderr: stdout carries the JSON document only.
        stdio: ["ignore", process.stderr, process.stderr],
      },
    );
    child.on("exit", (code, signal) => {
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      try {
        done({ ...JSON.parse(readFileSync(outFile, "utf8")), wallSeconds: seconds });
      } catch {
        done({
          name,
          error: `benchmark crashed (exit ${code ?? signal}); see stderr`,
          met: false,
          wallSeconds: seconds,
        });
      }
    });
  });
}

const { quick, names } = parseArgs(process.argv.slice(2));
const startedAt = new Date();
const env = environment(quick);
const scratch = join(tmpdir(), `recolte-bench-${process.pid}`);
mkdirSync(scratch, { recursive: true });
const benchmarks = [];
for (const name of names) {
  process.stderr.write(`\n=== ${name}${quick ? " (quick)" : ""} ===\n`);
  benchmarks.push(await runOne(name, quick, scratch));
}
rmSync(scratch, { recursive: true, force: true });

const summary = benchmarks.map((b) => ({
  name: b.name,
  met: b.met === true,
  ...(b.error ? { error: b.error } : {}),
  missed: (b.targets ?? [])
    .filter((t) => !t.met)
    .map((t) => `${t.metric}: ${t.value ?? "no figure"} (target ${t.target})`),
}));
const doc = {
  suite: "recolte-bench",
  startedAt: startedAt.toISOString(),
  wallSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
  environment: env,
  summary: { allMet: summary.every((s) => s.met), benchmarks: summary },
  benchmarks,
};
const text = JSON.stringify(doc, null, 2);
const outDir = join(ROOT, ".bench-out");
mkdirSync(outDir, { recursive: true });
const outPath = join(outDir, `bench-${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(outPath, text + "\n");
process.stdout.write(text + "\n");
process.stderr.write(`\nwritten to ${outPath}\n`);
process.exit(benchmarks.some((b) => b.error) ? 1 : 0);
