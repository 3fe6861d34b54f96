import { parseInvite } from "../../sync/invite";
import type { Invite, InviteError, InviteKind } from "../../sync/invite";
import { shareLink } from "../../sync/shareLink";

/** The marker of a « Mes liens » file. */
export const LINKS_FORMAT = "recolte-links";
export const LINKS_VERSION = 1;
/** A list of links is a few kilobytes; anything much bigger is not one. */
export const MAX_LINKS_FILE_BYTES = 1_000_000;

/** One atelier or seed of this device, as the file holds it. */
export interface LinkEntry {
  kind: InviteKind;
  documentId: string;
  title: string;
  link: string;
}

/** The JSON file « Mes liens » exports. */
export interface LinksFile {
  format: typeof LINKS_FORMAT;
  version: typeof LINKS_VERSION;
  exportedAt: string;
  links: LinkEntry[];
}

/** What an import would add: every entry already checked (nothing is written before that). */
export interface ReadLink {
  invite: Invite;
  title: string;
}

export type LinksError =
  | { code: "too-large" }
  | { code: "empty" }
  | { code: "not-links" }
  | { code: "bad-entry"; line: number; reason: InviteError | "wrong-kind" };

export type LinksResult = { ok: true; links: ReadLink[] } | { ok: false; error: LinksError };

/** The entries of this device's list, each with its share link (relay key included). */
export function linkEntries(
  items: readonly { documentId: string; title: string; kind: InviteKind }[],
  origin: string,
  relayUrl: string,
): LinkEntry[] {
  return items.map((item) => ({
    kind: item.kind,
    documentId: item.documentId,
    title: item.title,
    link: shareLink(
      origin,
      `${item.kind === "seed" ? "/graine/" : "/atelier/"}${item.documentId}`,
      relayUrl,
    ),
  }));
}

/** The file's text (pretty JSON: a person may open it to copy one link). */
export function encodeLinksFile(links: LinkEntry[], now: Date): string {
  const file: LinksFile = {
    format: LINKS_FORMAT,
    version: LINKS_VERSION,
    exportedAt: now.toISOString(),
    links,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The list as plain text, one link per line: what the list's QR code holds. */
export function encodeLinksText(links: readonly LinkEntry[]): string {
  return links.map((entry) => entry.link).join("\n");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readJson(data: Record<string, unknown>): LinksResult {
  if (data.format !== LINKS_FORMAT || !Array.isArray(data.links)) {
    return { ok: false, error: { code: "not-links" } };
  }
  const links: ReadLink[] = [];
  for (const [index, raw] of (data.links as unknown[]).entries()) {
    const line = index + 1;
    if (!isRecord(raw) || typeof raw.link !== "string") {
      return { ok: false, error: { code: "bad-entry", line, reason: "not-a-link" } };
    }
    const parsed = parseInvite(raw.link);
    if (!parsed.ok) return { ok: false, error: { code: "bad-entry", line, reason: parsed.error } };
    if (raw.kind !== undefined && raw.kind !== parsed.invite.kind) {
      return { ok: false, error: { code: "bad-entry", line, reason: "wrong-kind" } };
    }
    const title = typeof raw.title === "string" ? raw.title.slice(0, 500) : "";
    links.push({ invite: parsed.invite, title });
  }
  return { ok: true, links };
}

function readText(text: string): LinksResult {
  const links: ReadLink[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const value = raw.trim();
    if (!value || value.startsWith("#")) continue;
    const parsed = parseInvite(value);
    if (!parsed.ok) {
      // A text file whose first line is no link at all is not a list of links.
      if (links.length === 0 && parsed.error === "not-a-link") {
        return { ok: false, error: { code: "not-links" } };
      }
      return { ok: false, error: { code: "bad-entry", line: index + 1, reason: parsed.error } };
    }
    links.push({ invite: parsed.invite, title: "" });
  }
  return links.length ? { ok: true, links } : { ok: false, error: { code: "empty" } };
}

/** De-duplicates by document (the last title that is not empty wins). */
function unique(links: ReadLink[]): ReadLink[] {
  const byId = new Map<string, ReadLink>();
  for (const link of links) {
    const previous = byId.get(link.invite.documentId);
    byId.set(link.invite.documentId, {
      invite: link.invite,
      title: link.title || previous?.title || "",
    });
  }
  return [...byId.values()];
}

/**
 * Reads a « Mes liens » file — the JSON this app exports, or plain text with one link per line
 * (what the list's QR code holds) — checking every entry before anything is written. Pure.
 */
export function decodeLinksFile(text: string): LinksResult {
  if (text.length > MAX_LINKS_FILE_BYTES) return { ok: false, error: { code: "too-large" } };
  const body = text.replace(/^\uFEFF/, "").trim();
  if (!body) return { ok: false, error: { code: "empty" } };
  let result: LinksResult;
  if (body.startsWith("{") || body.startsWith("[")) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      return { ok: false, error: { code: "not-links" } };
    }
    result = isRecord(data) ? readJson(data) : { ok: false, error: { code: "not-links" } };
  } else {
    result = readText(body);
  }
  return result.ok ? { ok: true, links: unique(result.links) } : result;
}
