import { isoFromSerial } from "../dates/excelSerial";

export interface CohortRow {
  /** Month of first purchase, `YYYY-MM`. */
  month: string;
  customers: number;
  /** Share of the cohort buying in month 0, 1, 2… after the first (month 0 is always 1). */
  retention: number[];
}

/**
 * Customers by month of first purchase × months since: the share of each cohort that bought again
 * in each later month, up to the as-of month.
 * @example cohortTable({ customer: [0, 0, 1], day: [45292, 45330, 45300], length: 3 }, 45400)
 * // [{ month: "2024-01", customers: 2, retention: [1, 0.5, 0, 0] }]
 */
export function cohortTable(purchases: { customer: ArrayLike<number>; day: ArrayLike<number>; length: number }, asOf: number): CohortRow[] {
  const monthOfDay = new Map<number, number>();
  const monthIndex = (day: number) => {
    let m = monthOfDay.get(day);
    if (m === undefined) {
      const iso = isoFromSerial(day);
      m = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
      monthOfDay.set(day, m);
    }
    return m;
  };
  const firstMonth = new Map<number, number>();
  for (let i = 0; i < purchases.length; i++) {
    const c = purchases.customer[i];
    const m = monthIndex(purchases.day[i]);
    const known = firstMonth.get(c);
    if (known === undefined || m < known) firstMonth.set(c, m);
  }
  const lastMonth = monthIndex(asOf);
  const bought = new Set<number>(); // customer × offset, so a month counts a customer once
  const counts = new Map<number, number[]>();
  const sizes = new Map<number, number>();
  for (const m of firstMonth.values()) sizes.set(m, (sizes.get(m) ?? 0) + 1);
  for (let i = 0; i < purchases.length; i++) {
    const c = purchases.customer[i];
    const cohort = firstMonth.get(c)!;
    const offset = monthIndex(purchases.day[i]) - cohort;
    const key = c * 4096 + offset;
    if (bought.has(key)) continue;
    bought.add(key);
    let row = counts.get(cohort);
    if (!row) counts.set(cohort, (row = new Array<number>(lastMonth - cohort + 1).fill(0)));
    row[offset]++;
  }
  return [...sizes.keys()]
    .sort((a, b) => a - b)
    .map((m) => ({
      month: `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`,
      customers: sizes.get(m)!,
      retention: (counts.get(m) ?? []).map((n) => n / sizes.get(m)!),
    }));
}
