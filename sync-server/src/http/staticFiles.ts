/**
 * Static file serving for the built PWA, confined to STATIC_DIR.
 *
 * The request path is decoded once and refused (400) if it holds `..`/`.` segments, backslashes
 * or NUL — in any encoding — then resolved and checked to lie inside the (real) static root, so
 * neither traversal nor a symlink can expose another file. Unknown non-file GETs that accept HTML
 * get index.html (SPA fallback: every app route opens the app shell).
 */
import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { cacheControl, contentType } from "./mime.js";

type Resolved =
  | { kind: "file"; file: string; size: number; mtimeMs: number }
  | { kind: "missing" }
  | { kind: "bad" };

/** Maps a URL path to a file inside `root` (a real path). */
export async function resolveStatic(root: string, urlPath: string): Promise<Resolved> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: "bad" };
  }
  if (/[\0\\]/.test(decoded)) return { kind: "bad" };
  const segments = decoded.split("/");
  if (segments.some((s) => s === ".." || s === ".")) return { kind: "bad" };
  // Dot-files (.env, .git) are never part of a build.
  if (segments.some((s) => s.startsWith("."))) return { kind: "missing" };
  let file = path.resolve(root, `.${decoded}`);
  if (file !== root && !file.startsWith(root + path.sep)) return { kind: "bad" };
  try {
    let stat = await fs.promises.stat(file);
    if (stat.isDirectory()) {
      file = path.join(file, "index.html");
      stat = await fs.promises.stat(file);
    }
    const real = await fs.promises.realpath(file);
    if (!real.startsWith(root + path.sep) || !stat.isFile()) return { kind: "missing" };
    return { kind: "file", file: real, size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    return { kind: "missing" };
  }
}

/** Streams a file with its type, cache policy and a weak ETag (304 when unchanged). */
export function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  found: { file: string; size: number; mtimeMs: number },
  urlPath: string,
): void {
  const etag = `W/"${found.size.toString(16)}-${Math.floor(found.mtimeMs).toString(16)}"`;
  res.setHeader("Content-Type", contentType(path.extname(found.file)));
  res.setHeader("Cache-Control", cacheControl(urlPath));
  res.setHeader("ETag", etag);
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304).end();
    return;
  }
  res.setHeader("Content-Length", found.size);
  if (req.method === "HEAD") {
    res.writeHead(200).end();
    return;
  }
  res.writeHead(200);
  const stream = fs.createReadStream(found.file);
  stream.on("error", () => res.destroy());
  stream.pipe(res);
}

/** The page shown when STATIC_DIR has no index.html. */
export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Récolte — relais</title></head>
<body><h1>Le relais Récolte fonctionne</h1>
<p>L'application n'est pas encore construite : lancez <code>npm run build</code> (ou <code>npm start</code>) puis rechargez.</p>
<p lang="en">The relay is running but the app is not built: run <code>npm run build</code>.</p>
</body></html>
`;
