/** Bundles the seed-journal bench page with Vite (production React, as the app ships). */
import { buildBenchPage } from "../../lib/buildPage";

export function buildJournalPage(outDir: string): Promise<void> {
  return buildBenchPage({ root: import.meta.dirname, outDir, input: { page: "page.html" } });
}
