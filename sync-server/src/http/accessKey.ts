/** Constant-time check of the optional ACCESS_KEY. */
import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string): Buffer => createHash("sha256").update(value).digest();

/** True when no key is configured, or `given` equals it. */
export function keyMatches(
  expected: string | undefined,
  given: string | null | undefined,
): boolean {
  if (expected === undefined) return true;
  if (typeof given !== "string") return false;
  return timingSafeEqual(digest(expected), digest(given));
}

/** The key a request carries: `?key=` or `Authorization: Bearer …`. */
export function requestKey(url: URL, authorization: string | undefined): string | null {
  const fromQuery = url.searchParams.get("key");
  if (fromQuery !== null) return fromQuery;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  return match?.[1] ?? null;
}
