import { translate } from "../i18n/translate";
import type { Lang, Metric, ScoringMethod, ThresholdRow, Warning } from "../types";
import { buildThresholds, countScores } from "./buildThresholds";
import { nearlyEqual } from "./countCutsBelow";
import { sortedCopy } from "./percentileInc";
import { scoreByCuts, type Direction } from "./scoreByCuts";
import { scoreByNtile } from "./scoreByNtile";
import { scoreByQuantile } from "./scoreByQuantile";
import { scoreByRfmR } from "./scoreByRfmR";
import { suggestBreaks } from "./suggestBreaks";

export interface ScoringInput {
  recency: ArrayLike<number>;
  frequency: ArrayLike<number>;
  monetary: ArrayLike<number>;
  /** Customer ids aligned with the metrics (ntile breaks ties by id). */
  ids: readonly string[];
}

export interface ScoringOptions {
  scoring: ScoringMethod;
  bins: number;
  breaks: { recency?: number[]; frequency?: number[]; monetary?: number[] };
  lang: Lang;
}

export interface Scores {
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  thresholds: ThresholdRow[];
  warnings: Warning[];
}

const METRICS: readonly { metric: Metric; key: "recency" | "frequency" | "monetary"; direction: Direction }[] = [
  { metric: "recency", key: "recency", direction: "lower" },
  { metric: "frequency", key: "frequency", direction: "higher" },
  { metric: "monetary", key: "monetary", direction: "higher" },
];

/**
 * R, F and M scores 1…bins by the chosen method, the thresholds table, and warnings: coinciding
 * quantile cuts (with the share at the tied value and suggested fixed breaks) and ntile ties.
 * @example scoreCustomers({ recency: [1, 9], frequency: [2, 1], monetary: [50, 10], ids: ["a", "b"] },
 *   { scoring: "quantile", bins: 2, breaks: {}, lang: "en" }).r // Uint8Array [2, 1]
 */
export function scoreCustomers(input: ScoringInput, options: ScoringOptions): Scores {
  const out: Partial<Record<Metric, Uint8Array>> = {};
  const thresholds: ThresholdRow[] = [];
  const warnings: Warning[] = [];
  const { bins, lang } = options;
  for (const { metric, key, direction } of METRICS) {
    const values = input[key];
    let scores: Uint8Array;
    if (options.scoring === "fixed") {
      const cuts = options.breaks[metric] ?? [];
      scores = scoreByCuts(values, cuts, direction);
      thresholds.push(...buildThresholds(metric, cuts, direction, scores));
    } else if (options.scoring === "ntile") {
      scores = scoreByNtile(values, input.ids, bins, direction);
      thresholds.push(...ntileThresholds(metric, values, scores, bins));
      const split = countSplitTies(values, scores);
      if (split > 0)
        warnings.push({
          code: "ntile_ties",
          metric,
          message: translate(lang, "warn_ntile_ties", { metric: translate(lang, `metric_${metric}`), count: split }),
        });
    } else if (options.scoring === "rfm-r") {
      const res = scoreByRfmR(values, sortedCopy(values), bins, direction, metric);
      scores = res.scores;
      thresholds.push(...res.thresholds);
    } else {
      const res = scoreByQuantile(values, bins, direction);
      scores = res.scores;
      thresholds.push(...buildThresholds(metric, res.cuts, direction, scores));
      const warning = tiedCutWarning(metric, res.cuts, values, scores, bins, lang);
      if (warning) warnings.push(warning);
    }
    out[metric] = scores;
  }
  return { r: out.recency!, f: out.frequency!, m: out.monetary!, thresholds, warnings };
}

/** When cut points coincide a score goes unused: say how many customers share the value, and offer breaks. */
function tiedCutWarning(
  metric: Metric,
  cuts: number[],
  values: ArrayLike<number>,
  scores: Uint8Array,
  bins: number,
  lang: Lang,
): Warning | null {
  let tied: number | null = null;
  for (let k = 1; k < cuts.length; k++) if (nearlyEqual(cuts[k], cuts[k - 1])) tied = tied ?? cuts[k];
  if (tied === null || values.length === 0) return null;
  // Only this rare path needs the values in order (for the suggested breaks).
  const sorted = sortedCopy(values);
  let atValue = 0;
  for (let i = 0; i < sorted.length; i++) if (nearlyEqual(sorted[i], tied)) atValue++;
  const counts = countScores(scores, bins);
  const unused = counts.map((c, s) => (s > 0 && c === 0 ? s : 0)).filter((s) => s > 0);
  const suggestedBreaks = suggestBreaks(sorted, bins);
  const share = `${((100 * atValue) / sorted.length).toFixed(1)}%`;
  return {
    code: "tied_cuts",
    metric,
    suggestedBreaks,
    message: translate(lang, "warn_tied_cuts", {
      metric: translate(lang, `metric_${metric}`),
      share,
      value: tied,
      unused: unused.join(", "),
      breaks: suggestedBreaks.join(", "),
    }),
  };
}

/** ntile bins have no cut points; report each score's observed value range instead. */
function ntileThresholds(metric: Metric, values: ArrayLike<number>, scores: Uint8Array, bins: number): ThresholdRow[] {
  const lo = new Array<number>(bins + 1).fill(Infinity);
  const hi = new Array<number>(bins + 1).fill(-Infinity);
  for (let i = 0; i < values.length; i++) {
    lo[scores[i]] = Math.min(lo[scores[i]], values[i]);
    hi[scores[i]] = Math.max(hi[scores[i]], values[i]);
  }
  const counts = countScores(scores, bins);
  return Array.from({ length: bins }, (_, i) => ({
    metric,
    score: i + 1,
    lower: Number.isFinite(lo[i + 1]) ? lo[i + 1] : null,
    upper: Number.isFinite(hi[i + 1]) ? hi[i + 1] : null,
    customers: counts[i + 1],
    closed: "both" as const,
  }));
}

/** Customers whose value also occurs under a different score. */
function countSplitTies(values: ArrayLike<number>, scores: Uint8Array): number {
  const first = new Map<number, number>();
  const mixed = new Set<number>();
  for (let i = 0; i < values.length; i++) {
    const s = first.get(values[i]);
    if (s === undefined) first.set(values[i], scores[i]);
    else if (s !== scores[i]) mixed.add(values[i]);
  }
  let count = 0;
  for (let i = 0; i < values.length; i++) if (mixed.has(values[i])) count++;
  return count;
}
