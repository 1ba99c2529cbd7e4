import type { Metric, ThresholdRow } from "../types";
import { countScores } from "./buildThresholds";
import { percentileInc } from "./percentileInc";
import type { Direction } from "./scoreByCuts";

/**
 * The R package `rfm`'s rule, for users who must match its output: inner breaks are type-7
 * quantiles plus 1; bins are [lower, upper) with lower = (min, breaks…) and upper = (breaks…,
 * max + 1); bin i scores i (recency: n + 1 − i). Its thresholds are reported as R reports them
 * (`lower` inclusive, `upper` exclusive).
 * @example scoreByRfmR(Float64Array.of(1, 2, 3, 4), Float64Array.of(1, 2, 3, 4), 2, "higher", "frequency").scores // [1, 1, 2, 2]
 */
export function scoreByRfmR(
  values: ArrayLike<number>,
  sorted: ArrayLike<number>,
  bins: number,
  direction: Direction,
  metric: Metric,
): { scores: Uint8Array; thresholds: ThresholdRow[] } {
  const n = sorted.length;
  const inner: number[] = [];
  for (let k = 1; k < bins; k++) inner.push(percentileInc(sorted, k / bins) + 1);
  const lower = [n > 0 ? sorted[0] : 0, ...inner];
  const upper = [...inner, n > 0 ? sorted[n - 1] + 1 : 1];
  const scores = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    // R assigns in order, so a later bin overwrites an earlier one when breaks coincide.
    for (let b = 0; b < bins; b++) {
      if (v >= lower[b] && v < upper[b]) scores[i] = direction === "higher" ? b + 1 : bins - b;
    }
  }
  const counts = countScores(scores, bins);
  const thresholds: ThresholdRow[] = [];
  for (let b = 0; b < bins; b++) {
    const score = direction === "higher" ? b + 1 : bins - b;
    thresholds.push({ metric, score, lower: lower[b], upper: upper[b], customers: counts[score], closed: "lower" });
  }
  return { scores, thresholds };
}
