import type { Metric, ThresholdRow } from "../types";
import type { Direction } from "./scoreByCuts";

/**
 * The thresholds table for cut-based scoring: per score, the exclusive lower and inclusive upper
 * bound (`null` = unbounded) and how many customers got it.
 * @example buildThresholds("frequency", [2, 4], "higher", Uint8Array.of(1, 2, 3))[0]
 * // { metric: "frequency", score: 1, lower: null, upper: 2, customers: 1 }
 */
export function buildThresholds(metric: Metric, cuts: readonly number[], direction: Direction, scores: Uint8Array): ThresholdRow[] {
  const n = cuts.length + 1;
  const counts = countScores(scores, n);
  const rows: ThresholdRow[] = [];
  for (let s = 1; s <= n; s++) {
    // Bin b (0-based from the smallest values) holds values in (cuts[b-1], cuts[b]].
    const b = direction === "higher" ? s - 1 : n - s;
    rows.push({ metric, score: s, lower: b === 0 ? null : cuts[b - 1], upper: b === n - 1 ? null : cuts[b], customers: counts[s] });
  }
  return rows;
}

/** How many customers have each score (index = score). */
export function countScores(scores: Uint8Array, n: number): number[] {
  const counts = new Array<number>(n + 1).fill(0);
  for (let i = 0; i < scores.length; i++) counts[scores[i]]++;
  return counts;
}
