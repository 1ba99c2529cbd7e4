/**
 * Excel's PERCENTILE.INC (numpy's default, R's type 7) on values sorted ascending: linear
 * interpolation between the two nearest ranks.
 * @example percentileInc(Float64Array.of(1, 2, 3, 4), 0.5) // 2.5
 */
export function percentileInc(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Ascending copy of the values as a typed array (numeric sort, no comparator). */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(values);
  out.sort();
  return out;
}
