/** Bundles the board bench page with Vite (production React, as the app ships). */
import { buildBenchPage } from "../lib/buildPage";

export function buildBoardPage(outDir: string): Promise<void> {
  return buildBenchPage({ root: import.meta.dirname, outDir, input: { page: "page.html" } });
}
