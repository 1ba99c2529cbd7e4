import { STANDARD_SEGMENTS } from "../src/core/segments/standardScheme";

/**
 * The baseline of the benchmark: RFM written the plain way — a Map of per-customer objects,
 * arrays of objects, comparator sorts — doing the same job as the product (aggregate, quantile
 * scores, standard segments) but with no validation, no issues and no summaries.
 */
export function baselineRfm(cells: unknown[][]): { id: string; r: number; f: number; m: number; segment: string }[] {
  const byCustomer = new Map<string, { last: number; freq: number; monetary: number }>();
  let maxDay = -Infinity;
  for (let i = 1; i < cells.length; i++) {
    const row = cells[i];
    const id = String(row[0]);
    const day = Math.floor(Number(row[1]));
    const amount = Number(row[2]);
    let c = byCustomer.get(id);
    if (!c) {
      c = { last: -Infinity, freq: 0, monetary: 0 };
      byCustomer.set(id, c);
    }
    c.monetary += amount;
    if (amount >= 0) {
      c.freq++;
      if (day > c.last) c.last = day;
    }
    if (day > maxDay) maxDay = day;
  }
  const asOf = maxDay + 1;
  const customers = [...byCustomer]
    .filter(([, c]) => c.freq > 0)
    .map(([id, c]) => ({ id, recency: asOf - c.last, frequency: c.freq, monetary: c.monetary, r: 0, f: 0, m: 0, segment: "" }));
  const cuts = (values: number[]) => {
    const s = [...values].sort((a, b) => a - b);
    return [0.2, 0.4, 0.6, 0.8].map((p) => {
      const h = (s.length - 1) * p;
      const lo = Math.floor(h);
      return s[lo] + (h - lo) * (s[Math.min(lo + 1, s.length - 1)] - s[lo]);
    });
  };
  const rc = cuts(customers.map((c) => c.recency));
  const fc = cuts(customers.map((c) => c.frequency));
  const mc = cuts(customers.map((c) => c.monetary));
  const lookup = new Map<string, string>();
  for (const [key, codes] of Object.entries(STANDARD_SEGMENTS)) for (const code of codes) lookup.set(code, key);
  const below = (cuts: number[], v: number) => {
    let k = 0;
    while (k < cuts.length && cuts[k] < v) k++;
    return k;
  };
  for (const c of customers) {
    c.r = 5 - below(rc, c.recency);
    c.f = 1 + below(fc, c.frequency);
    c.m = 1 + below(mc, c.monetary);
    c.segment = lookup.get(`${c.r}${c.f}${c.m}`) ?? "";
  }
  return customers;
}
