/**
 * The only link targets a journal may carry: `https:` and `mailto:`. Journals arrive from peers and
 * from pasted HTML, so every path that could turn text into an `href` goes through this check
 * (schema parse rules, rendering, the « Lien » form).
 */
const ALLOWED_PROTOCOLS = new Set(["https:", "mailto:"]);

/** The normalised href if `raw` is an allowed absolute link, otherwise `null`. */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const trimmed = raw.trim();
  // Control characters and whitespace inside a scheme are how `java\nscript:` slips past naive checks;
  // URL parsing below strips them, so refuse them up front rather than accept a rewritten address.
  for (let i = 0; i < trimmed.length; i++) {
    const code = trimmed.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return null;
  }
  if (trimmed.length === 0 || trimmed.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === "https:" && url.hostname === "") return null;
  return url.href;
}
