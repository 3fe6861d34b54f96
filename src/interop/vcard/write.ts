/** vCard 4.0 writing primitives: escaping (RFC 6350 §3.4) and folding at 75 octets (§3.2). */

const encoder = new TextEncoder();

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
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = 74; // continuation lines start with one space
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}
