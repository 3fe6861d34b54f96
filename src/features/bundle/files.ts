/** Reading a picked file with progress, and saving bytes as a file — both fully offline. */
import { downloadBlob } from "../shared/download";

/**
 * Reads a file chunk by chunk (progress for big bundles), without copying it twice. Stops at the
 * file's declared size: the caller checked that size against the caps before calling.
 */
export async function readWithProgress(
  file: Blob,
  onProgress: (loaded: number, total: number) => void,
): Promise<Uint8Array> {
  const out = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let offset = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = Math.min(value.length, out.length - offset);
    out.set(value.subarray(0, room), offset);
    offset += room;
    onProgress(offset, out.length);
    if (room < value.length) break;
  }
  return offset === out.length ? out : out.subarray(0, offset);
}

/** Saves bytes through a Blob URL (nothing leaves the device). */
export function downloadBytes(filename: string, bytes: Uint8Array, type: string): void {
  downloadBlob(filename, new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
}

/** Whether this browser can hand a file to the system share sheet (Web Share API level 2). */
export function canShareFiles(): boolean {
  if (typeof navigator.canShare !== "function" || typeof navigator.share !== "function")
    return false;
  try {
    const probe = new File([new Uint8Array(1)], "probe.recolte", {
      type: "application/octet-stream",
    });
    return navigator.canShare({ files: [probe] });
  } catch {
    return false;
  }
}

/** Human-readable size (« 1,2 Mo »). */
export function formatBytes(bytes: number, language: string): string {
  const units = language.startsWith("fr") ? ["o", "ko", "Mo", "Go"] : ["B", "kB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: unit === 0 ? 0 : 1 });
  return `${format.format(value)} ${units[unit]}`;
}
