#!/usr/bin/env node
// `npm test`: unit + integration + in-browser suites (Vitest), then end-to-end (Playwright in
// Debian's Chromium). Ends with the line `N passed, N failed`. Usage: node tests/run.mjs [--only vitest|e2e]
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const only = process.argv.includes("--only")
  ? process.argv[process.argv.indexOf("--only") + 1]
  : null;
const bin = (name) => join(ROOT, "node_modules", ".bin", name);

function run(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const command = "apt-get update && apt-get install -y chromium";
  if (!isRoot || !existsSync("/usr/bin/apt-get")) {
    console.error(
      `Chromium is missing at ${CHROMIUM}. Install Debian's package, then re-run:\n  sudo sh -c '${command}'`,
    );
    process.exit(1);
  }
  console.log(`Chromium is missing: installing Debian's package (${command})`);
  if (
    run("sh", ["-c", `DEBIAN_FRONTEND=noninteractive ${command}`]) !== 0 ||
    !existsSync(CHROMIUM)
  ) {
    console.error(`Could not install Chromium. Run as root:\n  ${command}`);
    process.exit(1);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}

const out = mkdtempSync(join(tmpdir(), "recolte-test-"));
let passed = 0;
let failed = 0;
ensureChromium();

if (!only || only === "vitest") {
  const report = join(out, "vitest.json");
  const status = run(bin("vitest"), ["run", "--config", "tests/vitest.config.ts"], {
    VITEST_JSON: report,
  });
  const json = readJson(report);
  if (json) {
    passed += json.numPassedTests;
    failed += json.numFailedTests;
  }
  if (status !== 0 && (!json || json.numFailedTests === 0)) failed += 1; // a crash is a failure
}

if (!only || only === "e2e") {
  const buildStatus = run(bin("vite"), ["build", "--logLevel", "warn"]);
  if (buildStatus !== 0) {
    failed += 1;
  } else {
    const report = join(out, "playwright.json");
    const status = run(bin("playwright"), ["test", "--config", "tests/e2e/playwright.config.ts"], {
      PW_JSON: report,
    });
    const json = readJson(report);
    if (json?.stats) {
      passed += json.stats.expected + (json.stats.flaky ?? 0);
      failed += json.stats.unexpected;
    }
    if (status !== 0 && (!json?.stats || json.stats.unexpected === 0)) failed += 1;
  }
}

rmSync(out, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
