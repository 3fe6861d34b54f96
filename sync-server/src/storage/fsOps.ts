/**
 * The file-system calls SafeFileStorage makes, behind a seam so tests can inject failures
 * (EACCES, ENOSPC) that cannot be produced for real in a sandbox running as root.
 */
import fs from "node:fs/promises";

export interface FsOps {
  readFile(file: string): Promise<Uint8Array>;
  /** Writes `data` to `file` and fsyncs it before resolving. */
  writeDurable(file: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  mkdir(dir: string): Promise<void>;
}

export const nodeFsOps: FsOps = {
  readFile: (file) => fs.readFile(file),
  async writeDurable(file, data) {
    const handle = await fs.open(file, "wx", 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fs.rename(from, to),
  unlink: (file) => fs.unlink(file),
  mkdir: async (dir) => {
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  },
};

/** The `code` of a Node error, or "UNKNOWN". */
export function errorCode(error: unknown): string {
  if (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof error.code === "string"
  ) {
    return error.code;
  }
  return "UNKNOWN";
}
