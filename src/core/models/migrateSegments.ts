import { analyzeOrders } from "../analyzeOrders";
import { segmentText } from "../i18n/segmentTexts";
import type { AnalysisResult, AnalyzeOptions, Lang } from "../types";

export interface Migration {
  from: string;
  to: string;
  /** Segment keys in scheme order; `none` = not a scored customer at that date. */
  segments: string[];
  names: string[];
  /** counts[i][j]: customers in segments[i] at `from` and segments[j] at `to`. */
  counts: number[][];
  /** Their net revenue at the `to` date. */
  revenue: number[][];
}

/**
 * Segment migration between two as-of dates: the same analysis at both, and for each pair of
 * segments how many customers moved from one to the other, and their revenue at the later date.
 * @example migrateSegments(cells, {}, "2024-01-01", "2024-07-01").counts
 */
export function migrateSegments(cells: readonly (readonly unknown[])[], options: AnalyzeOptions, from: string, to: string): Migration {
  const before = analyzeOrders(cells, { ...options, asOf: from, clv: false, cohorts: false });
  const after = analyzeOrders(cells, { ...options, asOf: to, clv: false, cohorts: false });
  return migrationBetween(before, after, options.lang ?? "en", from, to);
}

/**
 * The migration between two analyses already made (e.g. of the same rows read once from Excel,
 * analysed at two as-of dates).
 */
export function migrationBetween(before: AnalysisResult, after: AnalysisResult, lang: Lang, from: string, to: string): Migration {
  const segments = [...after.segments.map((s) => s.segment), "none"];
  const index = new Map(segments.map((s, i) => [s, i]));
  const size = segments.length;
  const counts = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const revenue = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const earlier = new Map(before.customers.map((c) => [c.customerId, c.segment]));
  for (const c of after.customers) {
    const i = index.get(earlier.get(c.customerId) ?? "none") ?? size - 1;
    const j = index.get(c.segment)!;
    counts[i][j]++;
    revenue[i][j] += c.revenue;
  }
  const none = lang === "zh-CN" ? "（未购买）" : "(no purchase yet)";
  return {
    from: before.asOf ?? from,
    to: after.asOf ?? to,
    segments,
    names: segments.map((s) => (s === "none" ? none : segmentText(s, lang).name)),
    counts,
    revenue,
  };
}
