/** Description and recorded versions of the `board` benchmark. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../lib/proc";

function version(pkg: string): string | null {
  try {
    const text = readFileSync(join(ROOT, "node_modules", pkg, "package.json"), "utf8");
    return (JSON.parse(text) as { version?: string }).version ?? null;
  } catch {
    return null;
  }
}

/** Versions that shape the figures (the suite's environment records the rest). */
export function versions(chromium: string | null) {
  return {
    chromium,
    "@automerge/automerge": version("@automerge/automerge"),
    "@automerge/automerge-repo": version("@automerge/automerge-repo"),
    yjs: version("yjs"),
    react: version("react"),
    "@dnd-kit/core": version("@dnd-kit/core"),
  };
}

export function describe(sizes: readonly number[]): string {
  const list = sizes.map((n) => n.toLocaleString("en")).join(" and ");
  return `Boards of ${list} notes in Chromium at 1× and 4× CPU: one edit and one drop (command + Automerge patch + React commit of the real board) and their arrival on a second client, frames and long tasks during a pointer drag, cold open offline to first paint; references: the naive flat-map model and a Yjs map of maps, same notes, same operations`;
}
