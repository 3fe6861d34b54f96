/**
 * Walks DATA_DIR at start: sizes of every stored file (for quotas and the documents count) and
 * removal of temp files a crash left behind. Symlinks are never followed.
 */
import fs from "node:fs/promises";
import path from "node:path";
import type { StorageKey } from "@automerge/automerge-repo";
import { MAX_KEY_PARTS, isKeyPart, keyFromRelative } from "./keys.js";

export interface ScannedFile {
  key: StorageKey;
  file: string;
  size: number;
}

/** Lists the regular files under `dir` whose names are valid key parts, at most `depth` deep. */
export async function listFiles(dir: string, depth: number): Promise<string[]> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") return [];
    throw error;
  }
  const out: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isFile() && isKeyPart(entry.name)) out.push(full);
    else if (entry.isDirectory() && depth > 1 && isKeyPart(entry.name))
      out.push(...(await listFiles(full, depth - 1)));
  }
  return out;
}

/** Deletes `*.tmp` files (interrupted atomic writes) anywhere under `dir`. */
async function removeTempFiles(dir: string, depth: number): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isFile() && entry.name.endsWith(".tmp")) await fs.unlink(full).catch(() => undefined);
    else if (entry.isDirectory() && depth > 1) await removeTempFiles(full, depth - 1);
  }
}

/** Scans the whole data directory. */
export async function scanDataDir(dataDir: string): Promise<ScannedFile[]> {
  await removeTempFiles(dataDir, MAX_KEY_PARTS + 1);
  const files = await listFiles(dataDir, MAX_KEY_PARTS + 1);
  const out: ScannedFile[] = [];
  for (const file of files) {
    const key = keyFromRelative(path.relative(dataDir, file));
    if (!key) continue;
    const stat = await fs.lstat(file);
    out.push({ key, file, size: stat.size });
  }
  return out;
}
