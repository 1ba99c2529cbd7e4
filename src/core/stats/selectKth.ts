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
 * PERCENTILE.INC at each of the ascending probabilities `ps`, by selection on a scratch copy:
 * the same values as sorting and interpolating, in linear time.
 * @example percentilesInc([4, 1, 3, 2], [0.3, 0.5]) // [1.9, 2.5]
 */
export function percentilesInc(values: ArrayLike<number>, ps: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return ps.map(() => Number.NaN);
  const work = Float64Array.from(values);
  const out: number[] = [];
  let from = 0;
  for (const p of ps) {
    const h = (n - 1) * p;
    const k = Math.floor(h);
    // Everything left of `from` is ≤ the previous selection, so each search narrows.
    const low = selectKth(work, k, from, n - 1);
    from = k;
    if (h === k || k + 1 >= n) {
      out.push(low);
      continue;
    }
    let next = Infinity;
    for (let i = k + 1; i < n; i++) if (work[i] < next) next = work[i];
    out.push(low + (h - k) * (next - low));
  }
  return out;
}
