/** Relative tolerance for comparing a value with a cut point (interpolation gives 67.99999999999999). */
export const RELATIVE_TOLERANCE = 1e-9;

/**
 * True when a and b are equal within the relative tolerance.
 * @example nearlyEqual(68, 67.99999999999999) // true
 */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Number of cut points strictly below the value; a value equal to a cut (within tolerance) does
 * not count it, so it lands in the lower bin.
 * @example countCutsBelow(Float64Array.of(2, 5), 5.0000000001) // 1
 */
export function countCutsBelow(cuts: ArrayLike<number>, value: number): number {
  let k = 0;
  for (let i = 0; i < cuts.length; i++) {
    const c = cuts[i];
    if (c < value && !nearlyEqual(c, value)) k++;
    else break;
  }
  return k;
}
