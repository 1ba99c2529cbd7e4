import { isoFromSerial } from "../dates/excelSerial";
import type { Kpis } from "../types";
import { selectKth } from "../stats/selectKth";

export interface KpiInput {
  frequency: ArrayLike<number>;
  monetary: ArrayLike<number>;
  revenue: ArrayLike<number>;
  first: ArrayLike<number>;
  last: ArrayLike<number>;
  asOf: number;
}

/**
 * Overall figures (SPEC §5): customers, orders, revenue, date range, as-of date, repurchase rate
 * (复购率: share of customers with 2+ orders) and the revenue share of the top 20% of customers
 * ranked by monetary value.
 * @example computeKpis({ frequency: [1, 3], monetary: [10, 90], revenue: [10, 90], first: [45000, 45001], last: [45000, 45100], asOf: 45101 }).repurchaseRate // 0.5
 */
export function computeKpis(input: KpiInput): Kpis {
  const n = input.frequency.length;
  let orders = 0;
  let revenue = 0;
  let repeaters = 0;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    orders += input.frequency[i];
    revenue += input.revenue[i];
    if (input.frequency[i] >= 2) repeaters++;
    if (input.first[i] < first) first = input.first[i];
    if (input.last[i] > last) last = input.last[i];
  }
  // Top 20% by monetary value: everyone above the k-th largest value, then as many at that value
  // as are still needed (in input order). A typed sort, no index permutation.
  const top = Math.ceil(n * 0.2);
  let topRevenue = 0;
  if (top > 0) {
    const cut = selectKth(Float64Array.from(input.monetary), n - top);
    let taken = 0;
    for (let i = 0; i < n; i++) {
      if (input.monetary[i] > cut) {
        topRevenue += input.revenue[i];
        taken++;
      }
    }
    for (let i = 0; i < n && taken < top; i++) {
      if (input.monetary[i] === cut) {
        topRevenue += input.revenue[i];
        taken++;
      }
    }
  }
  return {
    customers: n,
    orders,
    revenue,
    firstDate: n ? isoFromSerial(first) : null,
    lastDate: n ? isoFromSerial(last) : null,
    asOf: isoFromSerial(input.asOf),
    repurchaseRate: n ? repeaters / n : 0,
    top20RevenueShare: revenue !== 0 ? topRevenue / revenue : 0,
  };
}
