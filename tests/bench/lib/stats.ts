/** Summary statistics used by every benchmark (no timing logic here: pure numbers in, numbers out). */

/** Rounds to `digits` decimals so the JSON stays readable without losing what matters. */
export function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The p-th percentile (0–100) by nearest rank; NaN for an empty sample. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

/** The median (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? Number.NaN) + hi) / 2;
}

/** Latency summary in milliseconds. */
export interface LatencySummary {
  samples: number;
  p50: number;
  p99: number;
  max: number;
}

export function summarizeLatency(values: readonly number[]): LatencySummary {
  return {
    samples: values.length,
    p50: round(percentile(values, 50), 2),
    p99: round(percentile(values, 99), 2),
    max: round(values.length ? Math.max(...values) : Number.NaN, 2),
  };
}

/** `ours ÷ reference`, or null when either side is missing or the reference is zero. */
export function ratio(
  ours: number | null | undefined,
  reference: number | null | undefined,
): number | null {
  if (ours == null || reference == null || !Number.isFinite(ours) || !Number.isFinite(reference))
    return null;
  if (reference === 0) return null;
  return round(ours / reference, 3);
}

/**
 * JSON cannot hold NaN/Infinity; they become null so a missing figure is visible as null rather
 * than silently dropped by JSON.stringify.
 */
export function jsonSafe(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) =>
      typeof v === "number" && !Number.isFinite(v) ? null : v,
    ),
  );
}
