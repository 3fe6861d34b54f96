import { isValidAutomergeUrl } from "@automerge/automerge-repo";
import type { AutomergeUrl } from "@automerge/automerge-repo";
import type { DocUrl } from "../domain";

/**
 * Domain documents hold links as `DocUrl` (the domain never imports automerge-repo); this is the
 * one place where they become repo URLs, with the repo's own checksum validation.
 */
export function toAutomergeUrl(url: DocUrl): AutomergeUrl | null {
  return isValidAutomergeUrl(url) ? url : null;
}

/** The reverse direction, for documents created by the repo and linked from a domain document. */
export function toDocUrl(url: AutomergeUrl): DocUrl {
  return url as string as DocUrl;
}
