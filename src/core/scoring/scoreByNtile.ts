import type { Direction } from "./scoreByCuts";

/**
 * Equal-sized groups (dplyr's `ntile`): customers sorted worst to best by value, ties broken by
 * customer id, then score = ⌊n·rank/N⌋ + 1. Equal values may get different scores; the caller
 * reports how many.
 * @example Array.from(scoreByNtile(Float64Array.of(5, 1, 3, 3), ["a", "b", "c", "d"], 2, "higher")) // [2, 1, 1, 2]
 */
export function scoreByNtile(values: ArrayLike<number>, ids: readonly string[], bins: number, direction: Direction): Uint8Array {
  const N = values.length;
  const order = new Int32Array(N);
  for (let i = 0; i < N; i++) order[i] = i;
  const sign = direction === "higher" ? 1 : -1;
  const sorted = Array.from(order).sort((a, b) => sign * (values[a] - values[b]) || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
  const scores = new Uint8Array(N);
  for (let rank = 0; rank < N; rank++) scores[sorted[rank]] = Math.floor((bins * rank) / N) + 1;
  return scores;
}
