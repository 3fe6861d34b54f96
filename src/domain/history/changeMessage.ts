/**
 * Change messages: every command runs in one Automerge change labelled `<kind>/<command>`
 * (DESIGN.md §3). Since the « Quoi de neuf ? » view, the label may carry who made it on a second
 * line, as JSON: `address-book/addContact\n{"by":"<profile id>","name":"Alice"}`. Older messages
 * (the bare label) still parse; the author is then unknown. Messages come from peers: everything is
 * checked and capped here, never trusted.
 */

/** Who made a change, as recorded in its message. */
export interface ChangeAuthor {
  profileId: string;
  name: string;
}

/** A parsed change message. */
export interface ParsedChangeMessage {
  kind: string;
  command: string;
  author: ChangeAuthor | null;
}

/** Longest profile name kept from a message (a hostile peer may send anything). */
export const MAX_AUTHOR_NAME = 60;
const MAX_ID = 80;
const LABEL = /^([a-z][a-z0-9-]{0,39})\/([A-Za-z0-9-]{1,60})$/;

/** Builds the message of a command's change; `author` is omitted for system changes. */
export function formatChangeMessage(
  kind: string,
  command: string,
  author?: ChangeAuthor | null,
): string {
  const label = `${kind}/${command}`;
  if (!author) return label;
  const name = author.name.slice(0, MAX_AUTHOR_NAME);
  return `${label}\n${JSON.stringify({ by: author.profileId.slice(0, MAX_ID), name })}`;
}

/** Parses a change message; `null` for anything that is not a command label. */
export function parseChangeMessage(message: string | null | undefined): ParsedChangeMessage | null {
  if (typeof message !== "string" || message.length > 1_000) return null;
  const newline = message.indexOf("\n");
  const label = newline === -1 ? message : message.slice(0, newline);
  const match = LABEL.exec(label);
  if (!match) return null;
  const [, kind = "", command = ""] = match;
  const author = newline === -1 ? null : parseAuthor(message.slice(newline + 1));
  return { kind, command, author };
}

function parseAuthor(text: string): ChangeAuthor | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const { by, name } = value as Record<string, unknown>;
  if (typeof by !== "string" || by.length === 0 || by.length > MAX_ID) return null;
  const cleanName = typeof name === "string" ? cleanText(name) : "";
  return { profileId: by, name: cleanName };
}

/** Drops control characters and caps the length of a name coming from a peer. */
export function cleanText(text: string, max = MAX_AUTHOR_NAME): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    out += ch;
  }
  return [...out.trim()].slice(0, max).join("");
}
