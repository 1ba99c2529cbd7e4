import { percentilesInc } from "./selectKth";

/**
 * Median (mean of the two middle values for an even count); 0 for no values. Linear time.
 * @example median([5, 1, 3, 2]) // 2.5
 */
export function median(values: ArrayLike<number>): number {
  return values.length === 0 ? 0 : percentilesInc(values, [0.5])[0];
}
