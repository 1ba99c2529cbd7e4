import { percentilesInc } from "../stats/selectKth";
import { scoreByCuts, type Direction } from "./scoreByCuts";

/**
 * Default scoring: cut points c_k = PERCENTILE.INC(values, k/n), k = 1…n−1 (found by selection,
 * no sort), then `scoreByCuts`.
 * @example scoreByQuantile(Float64Array.of(1, 2, 3, 4), 2, "higher").cuts // [2.5]
 */
export function scoreByQuantile(values: ArrayLike<number>, bins: number, direction: Direction): { scores: Uint8Array; cuts: number[] } {
  const ps: number[] = [];
  for (let k = 1; k < bins; k++) ps.push(k / bins);
  const cuts = percentilesInc(values, ps);
  return { scores: scoreByCuts(values, cuts, direction), cuts };
}
