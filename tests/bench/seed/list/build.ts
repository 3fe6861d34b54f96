/** Bundles the seeds-list helper page (seeding + naive reference) with Vite, into the app's folder. */
import { buildBenchPage } from "../../lib/buildPage";

export function buildRefPage(outDir: string): Promise<void> {
  return buildBenchPage({
    root: import.meta.dirname,
    outDir,
    input: { ref: "ref.html" },
    base: "./",
  });
}
