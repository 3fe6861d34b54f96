import type { LocalServices } from "../../app/AppServices";
import { decodeLinksFile, MAX_LINKS_FILE_BYTES } from "./linksFile";
import type { LinksError } from "./linksFile";
import { rememberInvite } from "./rememberLink";

export type ImportLinksResult =
  | { ok: true; count: number; restart: boolean }
  | { ok: false; error: LinksError | { code: "read"; message: string } };

/**
 * Reads a « Mes liens » file and re-adds its entries to this device's list. Every entry is checked
 * first: a bad file writes nothing. The entries then load through the relay, or wait for it.
 */
export async function importLinksFile(
  services: Pick<LocalServices, "local" | "defaultRelayUrl">,
  file: Blob,
): Promise<ImportLinksResult> {
  if (file.size > MAX_LINKS_FILE_BYTES) return { ok: false, error: { code: "too-large" } };
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return {
      ok: false,
      error: { code: "read", message: e instanceof Error ? e.message : String(e) },
    };
  }
  const decoded = decodeLinksFile(text);
  if (!decoded.ok) return decoded;
  let restart = false;
  for (const { invite, title } of decoded.links) {
    if (await rememberInvite(services, invite, title)) restart = true;
  }
  return { ok: true, count: decoded.links.length, restart };
}
