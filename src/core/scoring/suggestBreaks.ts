/**
 * Breaks that split sorted values into up to `bins` groups of similar size without separating
 * equal values: what to offer when quantile cut points coincide. Fewer than bins−1 breaks come
 * back when the data has too few distinct values.
 * @example suggestBreaks(Float64Array.of(1, 1, 1, 1, 1, 2, 2, 3, 4, 6), 5) // [1, 2, 3, 4]
 */
export function suggestBreaks(sorted: ArrayLike<number>, bins: number): number[] {
  const n = sorted.length;
  const breaks: number[] = [];
  let i = 0;
  while (i < n && breaks.length < bins - 1) {
    const v = sorted[i];
    while (i < n && sorted[i] === v) i++;
    if (i >= n) break;
    // Close a group once it reaches its share of what is left, so one huge tie does not starve the rest.
    const groupsLeft = bins - breaks.length;
    const startOfGroup = breaks.length === 0 ? 0 : indexAfter(sorted, breaks[breaks.length - 1]);
    const target = (n - startOfGroup) / groupsLeft;
    if (i - startOfGroup >= target) breaks.push(v);
  }
  return breaks;
}

function indexAfter(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
