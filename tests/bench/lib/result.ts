/** The shape every benchmark returns; run.mjs assembles them into one JSON document. */

/** One target checked against one measured figure. A missing figure is a miss, never a pass. */
export interface TargetCheck {
  metric: string;
  /** Human-readable target, e.g. "≤ 1.0 s at 4× CPU throttle". */
  target: string;
  value: number | null;
  met: boolean;
}

export interface BenchResult {
  name: string;
  /** Issue the benchmark comes from. */
  issue: number;
  description: string;
  /** Settings that shape the figures (durations, throttle, sizes, concurrency). */
  settings: Record<string, unknown>;
  /** The figures: reference and ours side by side, with medians and ratios. */
  results: unknown;
  targets: TargetCheck[];
  /** True only if every target is met (false when there is none to meet is impossible: see below). */
  met: boolean;
  notes: string[];
}

/** `value ≤ limit` (a null value is a miss). */
export function atMost(
  metric: string,
  value: number | null,
  limit: number,
  target: string,
): TargetCheck {
  return { metric, target, value, met: value !== null && Number.isFinite(value) && value <= limit };
}

/** `value < limit` (a null value is a miss). */
export function below(
  metric: string,
  value: number | null,
  limit: number | null,
  target: string,
): TargetCheck {
  return { metric, target, value, met: value !== null && limit !== null && value < limit };
}

/** `value > limit` (a null value is a miss). */
export function above(
  metric: string,
  value: number | null,
  limit: number,
  target: string,
): TargetCheck {
  return { metric, target, value, met: value !== null && Number.isFinite(value) && value > limit };
}

/** Every target met; a benchmark without targets (report-only) is `met` when it produced figures. */
export function allMet(targets: readonly TargetCheck[]): boolean {
  return targets.every((t) => t.met);
}

/** Options every benchmark receives from run.mjs. */
export interface BenchOptions {
  quick: boolean;
}
