import { segmentText } from "../i18n/segmentTexts";
import type { CustomRule, Lang, SegmentSummary } from "../types";
import { mean } from "../stats/mean";
import { median } from "../stats/median";
import { OTHERS } from "../segments/matchRules";

export interface SummaryInput {
  segments: readonly string[];
  recency: ArrayLike<number>;
  frequency: ArrayLike<number>;
  monetary: ArrayLike<number>;
  revenue: ArrayLike<number>;
}

/**
 * Per-segment figures (SPEC §5): customers and their share, orders, revenue and its share, mean
 * and median R/F/M, average order value, and the advice texts. One row per segment of the scheme,
 * in the scheme's order, empty segments included so the table's shape never changes.
 * @example summarizeSegments({ segments: ["lost"], recency: [90], frequency: [1], monetary: [10], revenue: [10] }, ["lost"], "en")[0].customers // 1
 */
export function summarizeSegments(
  input: SummaryInput,
  order: readonly string[],
  lang: Lang,
  customRules?: readonly CustomRule[],
): SegmentSummary[] {
  const n = input.segments.length;
  // Counting sort of customers by segment into typed arrays: one pass, no per-segment lists.
  const slot = new Map<string, number>(order.map((key, i) => [key, i]));
  const segOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let s = slot.get(input.segments[i]);
    if (s === undefined) slot.set(input.segments[i], (s = slot.size));
    segOf[i] = s;
  }
  const keys = [...slot.keys()];
  const start = new Int32Array(keys.length + 1);
  for (let i = 0; i < n; i++) start[segOf[i] + 1]++;
  for (let s = 0; s < keys.length; s++) start[s + 1] += start[s];
  const fill = start.slice(0, keys.length);
  const rec = new Float64Array(n);
  const freq = new Float64Array(n);
  const mon = new Float64Array(n);
  const rev = new Float64Array(n);
  let totalRevenue = 0;
  for (let i = 0; i < n; i++) {
    const at = fill[segOf[i]]++;
    rec[at] = input.recency[i];
    freq[at] = input.frequency[i];
    mon[at] = input.monetary[i];
    rev[at] = input.revenue[i];
    totalRevenue += input.revenue[i];
  }
  const rows: SegmentSummary[] = [];
  keys.forEach((key, s) => {
    const count = start[s + 1] - start[s];
    if (count === 0 && key === OTHERS) return;
    const part = (values: Float64Array) => values.subarray(start[s], start[s + 1]);
    const orders = sum(part(freq));
    const revenue = sum(part(rev));
    const text = segmentText(key, lang, customRules?.find((r) => r.segment === key)?.names);
    rows.push({
      segment: key,
      name: text.name,
      customers: count,
      customerShare: n ? count / n : 0,
      orders,
      revenue,
      revenueShare: totalRevenue !== 0 ? revenue / totalRevenue : 0,
      recencyMean: mean(part(rec)),
      recencyMedian: sortedMedian(part(rec)),
      frequencyMean: mean(part(freq)),
      frequencyMedian: sortedMedian(part(freq)),
      monetaryMean: mean(part(mon)),
      monetaryMedian: sortedMedian(part(mon)),
      averageOrderValue: orders ? revenue / orders : 0,
      action: text.action,
      channels: text.channels,
    });
  });
  return rows;
}

function sum(values: Float64Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}

/** Median of a segment's values (the scratch arrays are ours to reorder). */
function sortedMedian(values: Float64Array): number {
  return median(values);
}
