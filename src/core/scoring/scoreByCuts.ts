import { countCutsBelow } from "./countCutsBelow";

/** Whether a larger value is better (frequency, monetary) or a smaller one (recency). */
export type Direction = "higher" | "lower";

/**
 * Scores 1…n from n−1 ascending cut points (SPEC §3): higher-is-better gets 1 + cuts below the
 * value; lower-is-better (recency) gets n − cuts below. Equal values always get equal scores.
 * @example Array.from(scoreByCuts(Float64Array.of(1, 5, 9), [4, 8], "higher")) // [1, 2, 3]
 */
export function scoreByCuts(values: ArrayLike<number>, cuts: readonly number[], direction: Direction): Uint8Array {
  const n = cuts.length + 1;
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const below = countCutsBelow(cuts, values[i]);
    out[i] = direction === "higher" ? 1 + below : n - below;
  }
  return out;
}
