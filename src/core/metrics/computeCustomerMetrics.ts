import type { OrderRows } from "../orders/OrderReader";

/** Per-customer metrics in columnar form, for the customers that can be scored. */
export interface CustomerMetrics {
  /** Number of scored customers (frequency ≥ 1). */
  count: number;
  /** Index into `OrderRows.customerIds` of each scored customer. */
  customer: Int32Array;
  recency: Float64Array;
  frequency: Float64Array;
  /** The monetary metric as chosen (net sum, or average per order). */
  monetary: Float64Array;
  /** Net revenue, whatever the monetary option. */
  revenue: Float64Array;
  first: Int32Array;
  last: Int32Array;
  /** Rows inside the period (used). */
  used: number;
  /** Input row indices left out by date, with the reason. */
  excluded: { rowIndex: number; day: number; reason: "after_as_of" | "before_window" }[];
  /** Customers with rows in the period but no purchase (only returns): not scored. */
  unscored: { customer: number; rowIndex: number }[];
  /** With `collectPurchases`: every purchase (row, or order with a positive net) in the period. */
  purchases: { customer: Int32Array; day: Int32Array; amount: Float64Array; length: number } | null;
}

export interface MetricOptions {
  asOf: number;
  /** First serial day that counts, or `null` for no window. */
  windowStart: number | null;
  mergeSameDay: boolean;
  monetary: "sum" | "average";
  /** Keep the purchases themselves, for the customer-value models. */
  collectPurchases?: boolean;
}

/**
 * Recency, frequency and monetary value per customer (SPEC §2). Amount ≥ 0 is a purchase, < 0 a
 * return that lowers monetary value. With order ids, the lines of one order are summed and an
 * order counts when its net amount is positive; without, every purchase row is an order, or
 * every purchase day with `mergeSameDay`.
 * @example computeCustomerMetrics(rows, { asOf: 45357, windowStart: null, mergeSameDay: false, monetary: "sum" }).count
 */
export function computeCustomerMetrics(rows: OrderRows, options: MetricOptions): CustomerMetrics {
  const nc = rows.customerIds.length;
  const { asOf, windowStart } = options;
  const start = windowStart ?? -Infinity;
  const freq = new Float64Array(nc);
  const net = new Float64Array(nc);
  const first = new Int32Array(nc).fill(0x7fffffff);
  const last = new Int32Array(nc).fill(-1);
  const firstRow = new Int32Array(nc).fill(-1);
  const excluded: CustomerMetrics["excluded"] = [];
  let used = 0;

  // Merge same-day: an order counts only on the first purchase day seen for its customer.
  const days = options.mergeSameDay ? new Set<number>() : null;
  const collected = options.collectPurchases ? { customer: [] as number[], day: [] as number[], amount: [] as number[] } : null;
  const countOrder = (c: number, d: number, amount: number) => {
    if (collected) {
      collected.customer.push(c);
      collected.day.push(d);
      collected.amount.push(amount);
    }
    if (d < first[c]) first[c] = d;
    if (d > last[c]) last[c] = d;
    if (days) {
      const key = c * 4_194_304 + d;
      if (days.has(key)) return;
      days.add(key);
    }
    freq[c]++;
  };

  /** Rows dated after the as-of date or before the window are excluded (and listed); the rest are used. */
  const inPeriod = (k: number): boolean => {
    const d = rows.day[k];
    if (d > asOf || d < start) {
      excluded.push({ rowIndex: rows.rowIndex[k], day: d, reason: d > asOf ? "after_as_of" : "before_window" });
      return false;
    }
    used++;
    if (firstRow[rows.customer[k]] < 0) firstRow[rows.customer[k]] = rows.rowIndex[k];
    return true;
  };

  if (rows.order) {
    // Lines grouped by (customer, order id); a line without an order id is an order of its own.
    const orderSlot = new Map<number, number>();
    const oCustomer: number[] = [];
    const oDay: number[] = [];
    const oNet: number[] = [];
    for (let k = 0; k < rows.length; k++) {
      if (!inPeriod(k)) continue;
      const d = rows.day[k];
      const c = rows.customer[k];
      const o = rows.order[k];
      let slot = o < 0 ? undefined : orderSlot.get(o * 4_194_304 + c);
      if (slot === undefined) {
        slot = oCustomer.length;
        if (o >= 0) orderSlot.set(o * 4_194_304 + c, slot);
        oCustomer.push(c);
        oDay.push(d);
        oNet.push(0);
      } else if (d < oDay[slot]) oDay[slot] = d;
      oNet[slot] += rows.amount[k];
    }
    for (let s = 0; s < oCustomer.length; s++) {
      net[oCustomer[s]] += oNet[s];
      if (oNet[s] > 0) countOrder(oCustomer[s], oDay[s], oNet[s]);
    }
  } else {
    for (let k = 0; k < rows.length; k++) {
      if (!inPeriod(k)) continue;
      const d = rows.day[k];
      const c = rows.customer[k];
      const a = rows.amount[k];
      net[c] += a;
      if (a >= 0) countOrder(c, d, a);
    }
  }

  let count = 0;
  const unscored: CustomerMetrics["unscored"] = [];
  for (let c = 0; c < nc; c++) {
    if (freq[c] > 0) count++;
    else if (firstRow[c] >= 0) unscored.push({ customer: c, rowIndex: firstRow[c] });
  }
  const out: CustomerMetrics = {
    count,
    customer: new Int32Array(count),
    recency: new Float64Array(count),
    frequency: new Float64Array(count),
    monetary: new Float64Array(count),
    revenue: new Float64Array(count),
    first: new Int32Array(count),
    last: new Int32Array(count),
    used,
    excluded,
    unscored,
    purchases: collected
      ? {
          customer: Int32Array.from(collected.customer),
          day: Int32Array.from(collected.day),
          amount: Float64Array.from(collected.amount),
          length: collected.customer.length,
        }
      : null,
  };
  let j = 0;
  for (let c = 0; c < nc; c++) {
    if (freq[c] <= 0) continue;
    out.customer[j] = c;
    out.recency[j] = asOf - last[c];
    out.frequency[j] = freq[c];
    out.revenue[j] = net[c];
    out.monetary[j] = options.monetary === "average" ? net[c] / freq[c] : net[c];
    out.first[j] = first[c];
    out.last[j] = last[c];
    j++;
  }
  return out;
}
