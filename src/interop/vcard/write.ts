/** vCard 4.0 writing primitives: escaping (RFC 6350 §3.4) and folding at 75 octets (§3.2). */

/** UTF-8 length of one code point, without encoding it (this runs for every character). */
function octets(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * Escapes a text value: backslash, comma and line breaks. A semicolon is escaped only inside
 * structured values (RFC 6350 §3.4): several 4.0 readers, ical.js among them, keep `\;` as is
 * in a plain text value.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** A structured value (ADR, N, ORG): components escaped, `;` included, joined by `;`. */
export function structured(components: readonly string[]): string {
  return components.map((c) => escapeText(c).replace(/;/g, "\\;")).join(";");
}

/**
 * Folds one content line so no physical line exceeds 75 octets of UTF-8, never splitting a
 * character (a split multi-byte sequence corrupts accents in strict readers).
 */
export function foldLine(line: string): string {
  if (line.length <= 18) return line; // 18 characters are at most 72 octets
  const parts: string[] = [];
  let current = "";
  let used = 0;
  let limit = 75;
  for (const ch of line) {
    const size = octets(ch);
    if (used + size > limit) {
      parts.push(current);
      current = "";
      used = 0;
      limit = 74; // continuation lines start with one space
    }
    current += ch;
    used += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}
