/**
 * Unfolding and 2.1 → 3.0 rewriting of one card's content lines, the pre-processing ical.js lacks:
 * it parses 3.0 and 4.0 but refuses 2.1's bare parameters (`TEL;CELL:`), and knows neither
 * quoted-printable (with its `=` soft line breaks) nor CHARSET.
 */
import { decodeBase64Text, decodeQuotedPrintable } from "./quotedPrintable";

/** Properties carrying binary data; they are dropped before parsing (photos are not imported). */
const BINARY_PROPERTIES = new Set(["PHOTO", "LOGO", "SOUND", "KEY"]);
const NAME = /^(?:[A-Za-z0-9-]+\.)?[A-Za-z0-9-]+$/;

/** Splits `s` on `sep` outside double quotes. */
function splitOutsideQuotes(s: string, sep: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '"') quoted = !quoted;
    else if (s[i] === sep && !quoted) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

/** Index of the `:` ending a property's name and parameters (quoted parameter values may hold one). */
function valueColon(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ":" && !quoted) return i;
  }
  return -1;
}

function isQuotedPrintable(head: string): boolean {
  return /;\s*(?:ENCODING\s*=\s*)?QUOTED-PRINTABLE\s*(?:;|$)/i.test(head);
}

/** Joins folded lines (leading space/tab) and quoted-printable soft breaks (`=` at line end). */
export function unfold(lines: readonly string[]): string[] {
  const out: string[] = [];
  let softBreak = false;
  for (const line of lines) {
    const last = out.length - 1;
    if (softBreak && last >= 0) {
      out[last] = out[last]!.slice(0, -1) + line;
    } else if ((line.startsWith(" ") || line.startsWith("\t")) && last >= 0) {
      out[last] += line.slice(1);
    } else if (line.trim() === "") {
      continue;
    } else {
      out.push(line);
    }
    const current = out[out.length - 1] ?? "";
    const colon = valueColon(current);
    softBreak = colon > 0 && current.endsWith("=") && isQuotedPrintable(current.slice(0, colon));
  }
  return out;
}

/**
 * Escapes a decoded value's line breaks for a 3.0 text line. `;` and `,` stay structural and
 * backslashes are kept, as the writer meant them (2.1 escapes only `\;`).
 */
function escapeDecoded(value: string): string {
  return value.replace(/\r\n|\r|\n/g, "\\n");
}

function quoteParam(value: string): string {
  const clean = value.replace(/"/g, "");
  return /[;:,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * Rewrites one unfolded line into a form ical.js parses, or returns undefined to drop it (binary
 * properties, lines that are not properties). Lines already in 3.0/4.0 form pass unchanged.
 */
export function rewriteLine(line: string): string | undefined {
  const colon = valueColon(line);
  if (colon <= 0) return undefined;
  const [name = "", ...rawParams] = splitOutsideQuotes(line.slice(0, colon), ";");
  const trimmedName = name.trim();
  if (!NAME.test(trimmedName)) return undefined;
  const bareName = trimmedName.replace(/^.*\./, "").toUpperCase();
  if (BINARY_PROPERTIES.has(bareName)) return undefined;
  let value = line.slice(colon + 1);
  if (bareName === "VERSION") return `VERSION:${value.trim() === "4.0" ? "4.0" : "3.0"}`;
  const bare = rawParams.some((p) => !p.includes("="));
  const hasEncoding = rawParams.some(
    (p) => /^\s*(ENCODING|CHARSET)\s*=/i.test(p) || /^\s*QUOTED-PRINTABLE\s*$/i.test(p),
  );
  if (!bare && !hasEncoding) return line;

  let encoding = "";
  let charset: string | undefined;
  const params: string[] = [];
  for (const raw of rawParams) {
    const eq = raw.indexOf("=");
    const key = (eq < 0 ? "" : raw.slice(0, eq)).trim().toUpperCase();
    const val = (eq < 0 ? raw : raw.slice(eq + 1)).trim();
    if (val === "") continue;
    if (
      key === "ENCODING" ||
      (key === "" && /^(QUOTED-PRINTABLE|BASE64|B|8BIT|7BIT)$/i.test(val))
    ) {
      encoding = val.toUpperCase();
    } else if (key === "CHARSET") {
      charset = val;
    } else if (key === "") {
      params.push(`TYPE=${quoteParam(val)}`);
    } else {
      params.push(`${key}=${quoteParam(val)}`);
    }
  }
  if (encoding === "QUOTED-PRINTABLE") value = escapeDecoded(decodeQuotedPrintable(value, charset));
  else if (encoding === "BASE64" || encoding === "B") {
    const decoded = decodeBase64Text(value, charset);
    if (decoded === undefined) return undefined;
    value = escapeDecoded(decoded);
  }
  return [trimmedName, ...params].join(";") + ":" + value;
}
