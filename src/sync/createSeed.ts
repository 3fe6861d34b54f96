import type { DocHandle, Repo } from "@automerge/automerge-repo";
import { initSeed } from "../domain";
import type { InitSeedArgs, SeedDoc } from "../domain";

/**
 * Creates a seed document, initialised once by its creator in ONE change (`seed/init`) that
 * also writes its schema stamp (DESIGN.md §3: two devices must never each create "the same"
 * document). The caller links it from the workshop (`linkSeed`): the link goes one way, the seed
 * keeps only the workshop's title. Throws the command's `DomainError` (e.g. an empty title)
 * before any document is created.
 */
export function createSeed(repo: Repo, args: InitSeedArgs): DocHandle<SeedDoc> {
  // Validate first, on a throwaway object, so bad input leaves no empty document behind.
  initSeed({} as SeedDoc, args);
  const handle = repo.create<SeedDoc>();
  handle.change((doc) => initSeed(doc, args), { message: "seed/init" });
  return handle;
}
