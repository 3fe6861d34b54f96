import { downloadBlob } from "../../shared/download";

/** Saves text as a file through a Blob URL (works offline; nothing leaves the device). */
export function downloadText(filename: string, text: string, type: string): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/** A file name safe on every OS: `carnet-<title>-<date>.<ext>`. */
export function exportFilename(title: string, ext: "vcf" | "csv", now = new Date()): string {
  const slug =
    title
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "atelier";
  const date = now.toISOString().slice(0, 10);
  return `carnet-${slug}-${date}.${ext}`;
}
