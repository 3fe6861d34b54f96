/**
 * Child process: a FRESH client (no storage, nothing cached) that fetches every document.
 * `fetcher.ts <wsUrl> <urlsJsonFile> <batch>`; replies over IPC with wall time and its own CPU.
 */
import { readFile } from "node:fs/promises";
import type { AutomergeUrl } from "@automerge/automerge-repo";
import { selfStats } from "../lib/proc";
import { clientRepo, connected } from "../lib/repoClients";

const [wsUrl = "", urlsFile = "", batchArg = "100"] = process.argv.slice(2);
const urls = JSON.parse(await readFile(urlsFile, "utf8")) as AutomergeUrl[];
const batch = Number(batchArg);

const repo = clientRepo(wsUrl);
await connected(repo);
const cpu0 = selfStats().cpuMs;
const t0 = performance.now();
let failed = 0;
// Batches of `batch` concurrent finds, as an app opening many linked documents would.
for (let i = 0; i < urls.length; i += batch) {
  const results = await Promise.allSettled(urls.slice(i, i + batch).map((url) => repo.find(url)));
  failed += results.filter((r) => r.status === "rejected").length;
}
const ms = performance.now() - t0;
const cpuMs = selfStats().cpuMs - cpu0;
process.send?.({ id: 0, result: { ms, cpuMs, failed, fetched: urls.length - failed } }, () =>
  process.exit(0),
);
