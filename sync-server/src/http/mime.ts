/** Content types of the files a Vite/Workbox build produces. */
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
};

/** The Content-Type for a file extension (lower-case, with the dot). */
export function contentType(ext: string): string {
  return TYPES[ext.toLowerCase()] ?? "application/octet-stream";
}

/**
 * Cache policy: Vite's hashed `/assets/*` never change (immutable for a year); everything else —
 * index.html, the service worker, workbox runtime, manifest, icons — is revalidated each time so
 * an update is picked up on the next visit.
 */
export function cacheControl(urlPath: string): string {
  if (urlPath.startsWith("/assets/")) return "public, max-age=31536000, immutable";
  return "no-cache";
}
