/**
 * Rearranges `a[lo..hi]` so that `a[k]` holds the value it would have if that part were sorted,
 * with smaller-or-equal values before it and larger-or-equal after (Hoare's selection with a
 * median-of-three pivot). Linear time on average: cut points and medians need no full sort.
 * @example const a = Float64Array.of(5, 1, 4, 2, 3); selectKth(a, 1); a[1] // 2
 */
export function selectKth(a: Float64Array, k: number, lo = 0, hi = a.length - 1): number {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three as pivot keeps sorted and reversed inputs linear.
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k];
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/**
 * PERCENTILE.INC at each of the ascending probabilities `ps`, by selection on a scratch copy (or by
 * counting, for whole numbers in a narrow range): the same values as sorting and interpolating, in
 * linear time.
 * @example percentilesInc([4, 1, 3, 2], [0.3, 0.5]) // [1.9, 2.5]
 */
export function percentilesInc(values: ArrayLike<number>, ps: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return ps.map(() => Number.NaN);
  const span = integerSpan(values);
  if (span !== null && span.max - span.min <= Math.max(4096, 2 * n)) return percentilesByCounting(values, ps, span.min, span.max);
  const work = Float64Array.from(values);
  let from = 0;
  const kth = (k: number): number => {
    // Everything left of `from` is ≤ the previous selection, so each search narrows.
    const value = selectKth(work, k, from, n - 1);
    from = k;
    return value;
  };
  // Right after selecting the k-th, the next value up is the smallest one to its right.
  const successor = (k: number): number => {
    let next = Infinity;
    for (let i = k + 1; i < n; i++) if (work[i] < next) next = work[i];
    return next;
  };
  return interpolateInc(n, ps, kth, successor);
}

/**
 * PERCENTILE.INC from order statistics: `kth(k)` is the k-th smallest of the n values (0-based),
 * `successor(k)` the (k+1)-th, asked right after `kth(k)`; `ps` ascending.
 */
function interpolateInc(n: number, ps: readonly number[], kth: (k: number) => number, successor: (k: number) => number): number[] {
  return ps.map((p) => {
    const h = (n - 1) * p;
    const k = Math.floor(h);
    const low = kth(k);
    return h === k || k + 1 >= n ? low : low + (h - k) * (successor(k) - low);
  });
}

/** Smallest and largest value when every value is a whole number (and none is −0), else `null`. */
function integerSpan(values: ArrayLike<number>): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Math.floor(v) !== v || (v === 0 && 1 / v < 0) || v > Number.MAX_SAFE_INTEGER || v < -Number.MAX_SAFE_INTEGER) return null;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

/**
 * PERCENTILE.INC of whole numbers in a narrow range (days since the last purchase, order counts)
 * by counting each value: two passes, no reordering at all.
 */
function percentilesByCounting(values: ArrayLike<number>, ps: readonly number[], min: number, max: number): number[] {
  const n = values.length;
  // atMost[x] = how many values are ≤ min + x.
  const atMost = new Int32Array(max - min + 1);
  for (let i = 0; i < n; i++) atMost[values[i] - min]++;
  for (let x = 1; x < atMost.length; x++) atMost[x] += atMost[x - 1];
  /** The k-th smallest value (0-based): the first x with more than k values ≤ it. */
  const kth = (k: number): number => {
    let lo = 0;
    let hi = atMost.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (atMost[mid] > k) hi = mid;
      else lo = mid + 1;
    }
    return min + lo;
  };
  return interpolateInc(n, ps, kth, (k) => kth(k + 1));
}
