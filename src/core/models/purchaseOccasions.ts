/** Time units of the customer-value models, in days. */
export const UNIT_DAYS = { day: 1, week: 7, month: 30.4375 } as const;
export type Period = keyof typeof UNIT_DAYS;

/** Per-customer repeat summary in the model's time unit, aligned with the customer list given. */
export interface OccasionSummary {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** Mean spend of the repeat occasions (0 when there are none). */
  zbar: Float64Array;
}

/**
 * Purchase occasions per customer: purchases on one day are one occasion (their spend summed).
 * x = occasions − 1, t_x = last − first occasion, T = as-of − first occasion, in `period` units;
 * zbar = mean spend of the occasions after the first. Two stable counting sorts (by day, then by
 * customer) put the purchases in order in linear time.
 * @example purchaseOccasions({ customer: [0, 0, 0], day: [10, 10, 24], amount: [5, 5, 20], length: 3 }, [0], 31, "week")
 * // { x: [1], tx: [2], T: [3], zbar: [20] }
 */
export function purchaseOccasions(
  purchases: { customer: ArrayLike<number>; day: ArrayLike<number>; amount: ArrayLike<number>; length: number },
  customers: ArrayLike<number>,
  asOf: number,
  period: Period,
): OccasionSummary {
  const m = purchases.length;
  const unit = UNIT_DAYS[period];
  let maxCustomer = 0;
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < m; i++) {
    if (purchases.customer[i] > maxCustomer) maxCustomer = purchases.customer[i];
    if (purchases.day[i] < minDay) minDay = purchases.day[i];
    if (purchases.day[i] > maxDay) maxDay = purchases.day[i];
  }
  const byDay = countingOrder(m, (i) => purchases.day[i] - minDay, m > 0 ? maxDay - minDay + 1 : 0, null);
  const order = countingOrder(m, (i) => purchases.customer[i], maxCustomer + 1, byDay);

  const stats = new Map<number, { first: number; last: number; occasions: number; repeatSpend: number }>();
  let i = 0;
  while (i < m) {
    const c = purchases.customer[order[i]];
    const current = { first: purchases.day[order[i]], last: purchases.day[order[i]], occasions: 0, repeatSpend: 0 };
    while (i < m && purchases.customer[order[i]] === c) {
      const day = purchases.day[order[i]];
      let spend = 0;
      while (i < m && purchases.customer[order[i]] === c && purchases.day[order[i]] === day) spend += purchases.amount[order[i++]];
      if (current.occasions > 0) current.repeatSpend += spend;
      current.occasions++;
      current.last = day;
    }
    stats.set(c, current);
  }
  const n = customers.length;
  const out: OccasionSummary = { x: new Float64Array(n), tx: new Float64Array(n), T: new Float64Array(n), zbar: new Float64Array(n) };
  for (let k = 0; k < n; k++) {
    const s = stats.get(customers[k]);
    if (!s) continue;
    out.x[k] = s.occasions - 1;
    out.tx[k] = (s.last - s.first) / unit;
    out.T[k] = (asOf - s.first) / unit;
    out.zbar[k] = s.occasions > 1 ? s.repeatSpend / (s.occasions - 1) : 0;
  }
  return out;
}

/** Indices 0…m−1 stably ordered by key (0 ≤ key < range), optionally starting from a prior order. */
function countingOrder(m: number, key: (i: number) => number, range: number, prior: Int32Array | null): Int32Array {
  const counts = new Int32Array(range + 1);
  for (let i = 0; i < m; i++) counts[key(i) + 1]++;
  for (let k = 0; k < range; k++) counts[k + 1] += counts[k];
  const out = new Int32Array(m);
  for (let j = 0; j < m; j++) {
    const i = prior ? prior[j] : j;
    out[counts[key(i)]++] = i;
  }
  return out;
}
