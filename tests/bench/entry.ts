/**
 * Child entry for one benchmark: `node --import tsx tests/bench/entry.ts <name> <quick 0|1> <outFile>`.
 * Runs it in a process of its own (clean CPU/memory figures) and writes its JSON result to outFile.
 */
import { writeFile } from "node:fs/promises";
import type { BenchOptions, BenchResult } from "./lib/result";
import { jsonSafe } from "./lib/stats";

const BENCHES: Record<string, () => Promise<{ run(o: BenchOptions): Promise<BenchResult> }>> = {
  "cold-start": () => import("./coldStart/index"),
  "local-persistence": () => import("./persistence/index"),
  "relay-fanout": () => import("./fanout/index"),
  "cold-sync": () => import("./coldSync/index"),
  "relay-memory": () => import("./memory/index"),
  "address-book": () => import("./addressBook/index"),
  bundle: () => import("./bundle/index"),
  reconnect: () => import("./reconnect/index"),
  board: () => import("./board/index"),
  "seed-journal": () => import("./seed/journal/index"),
  "seeds-list": () => import("./seed/list/index"),
};

const [name = "", quick = "0", outFile = ""] = process.argv.slice(2);
const load = BENCHES[name];
if (!load || !outFile)
  throw new Error(`usage: entry.ts <${Object.keys(BENCHES).join("|")}> <0|1> <outFile>`);
const result = await (await load()).run({ quick: quick === "1" });
await writeFile(outFile, JSON.stringify(jsonSafe(result), null, 2));
process.exit(0);
