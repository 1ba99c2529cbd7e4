import { percentileInc } from "./percentileInc";
import { scoreByCuts, type Direction } from "./scoreByCuts";

/**
 * Default scoring: cut points c_k = PERCENTILE.INC(values, k/n), k = 1…n−1, then `scoreByCuts`.
 * `sorted` is the same values sorted ascending (computed once by the caller).
 * @example scoreByQuantile(Float64Array.of(1, 2, 3, 4), Float64Array.of(1, 2, 3, 4), 2, "higher").cuts // [2.5]
 */
export function scoreByQuantile(
  values: ArrayLike<number>,
  sorted: ArrayLike<number>,
  bins: number,
  direction: Direction,
): { scores: Uint8Array; cuts: number[] } {
  const cuts: number[] = [];
  for (let k = 1; k < bins; k++) cuts.push(percentileInc(sorted, k / bins));
  return { scores: scoreByCuts(values, cuts, direction), cuts };
}
