import { BUNDLE_EXTENSION } from "./format";

/** A file name safe on every OS: `<titre>-<YYYY-MM-DD>.recolte` (accents dropped, dashes). */
export function bundleFilename(title: string, now: Date = new Date()): string {
  const slug =
    title
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "atelier";
  return `${slug}-${now.toISOString().slice(0, 10)}${BUNDLE_EXTENSION}`;
}
