import { segmentText } from "../i18n/segmentTexts";
import type { CustomRule, Lang, SegmentSummary } from "../types";
import { mean } from "../stats/mean";
import { median } from "../stats/median";

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
export function summarizeSegments(input: SummaryInput, order: readonly string[], lang: Lang, customRules?: readonly CustomRule[]): SegmentSummary[] {
  const n = input.segments.length;
  const members = new Map<string, number[]>();
  for (const key of order) members.set(key, []);
  for (let i = 0; i < n; i++) {
    let list = members.get(input.segments[i]);
    if (!list) members.set(input.segments[i], (list = []));
    list.push(i);
  }
  let totalRevenue = 0;
  for (let i = 0; i < n; i++) totalRevenue += input.revenue[i];
  const rows: SegmentSummary[] = [];
  for (const [key, idx] of members) {
    if (idx.length === 0 && key === "others") continue;
    const pick = (values: ArrayLike<number>) => Float64Array.from(idx, (i) => values[i]);
    const rec = pick(input.recency);
    const freq = pick(input.frequency);
    const mon = pick(input.monetary);
    const orders = sum(freq);
    const revenue = sum(pick(input.revenue));
    const text = segmentText(key, lang, customRules?.find((r) => r.segment === key)?.names);
    rows.push({
      segment: key,
      name: text.name,
      customers: idx.length,
      customerShare: n ? idx.length / n : 0,
      orders,
      revenue,
      revenueShare: totalRevenue !== 0 ? revenue / totalRevenue : 0,
      recencyMean: mean(rec),
      recencyMedian: median(rec),
      frequencyMean: mean(freq),
      frequencyMedian: median(freq),
      monetaryMean: mean(mon),
      monetaryMedian: median(mon),
      averageOrderValue: orders ? revenue / orders : 0,
      action: text.action,
      channels: text.channels,
    });
  }
  return rows;
}

function sum(values: Float64Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}
