import { RfmOptionError } from "../errors";
import { parseDate } from "../orders/parseDate";
import type { AnalyzeOptions, CustomRule, Lang, SchemeName, ScoringMethod } from "../types";

/** Options with every default filled in and every value checked. */
export interface NormalizedOptions {
  asOf: number | null;
  windowDays: number | null;
  scoring: ScoringMethod;
  bins: number;
  breaks: { recency?: number[]; frequency?: number[]; monetary?: number[] };
  scheme: SchemeName | "custom";
  customRules: CustomRule[];
  cn8Split: "mean" | "median";
  monetary: "sum" | "average";
  mergeSameDay: boolean;
  lang: Lang;
  firstRowNumber: number;
  firstColumnIndex: number;
  clv: { period: "day" | "week" | "month"; horizon: number; discountRate: number } | null;
  lifecycle: { newDays: number; activeDays: number; sleepingDays: number };
}

const SCORINGS: readonly ScoringMethod[] = ["quantile", "fixed", "rfm-r", "ntile"];
const SCHEMES: readonly (SchemeName | "custom")[] = ["standard", "cn8", "rfm-r", "custom"];

/**
 * Checks the caller's options and fills in SPEC defaults. Misuse throws `RfmOptionError` naming the
 * option and the allowed values.
 * @example normalizeOptions({ bins: 12 }) // throws: Option bins is 12; allowed: a whole number 2–9
 */
export function normalizeOptions(options: AnalyzeOptions = {}): NormalizedOptions {
  const bins = options.bins ?? 5;
  if (!Number.isInteger(bins) || bins < 2 || bins > 9) fail("bins", bins, "a whole number 2–9");
  const scoring = options.scoring ?? "quantile";
  if (!SCORINGS.includes(scoring)) fail("scoring", scoring, SCORINGS.join(", "));
  const scheme = options.scheme ?? "standard";
  if (!SCHEMES.includes(scheme)) fail("scheme", scheme, SCHEMES.join(", "));
  const cn8Split = options.cn8Split ?? "mean";
  if (cn8Split !== "mean" && cn8Split !== "median") fail("cn8Split", cn8Split, "mean, median");
  const monetary = options.monetary ?? "sum";
  if (monetary !== "sum" && monetary !== "average") fail("monetary", monetary, "sum, average");
  const lang = options.lang ?? "en";
  if (lang !== "en" && lang !== "zh-CN") fail("lang", lang, "en, zh-CN");
  if (options.dateOrder !== undefined && options.dateOrder !== "mdy" && options.dateOrder !== "dmy")
    fail("dateOrder", options.dateOrder, "mdy, dmy");

  const windowDays = options.windowDays ?? null;
  if (windowDays !== null && (!Number.isInteger(windowDays) || windowDays < 1))
    fail("windowDays", windowDays, "a whole number of days ≥ 1");

  let asOf: number | null = null;
  if (options.asOf !== undefined && options.asOf !== null && options.asOf !== "") {
    asOf = typeof options.asOf === "number" ? parseDate(options.asOf, "mdy") : parseDate(options.asOf, options.dateOrder ?? "mdy");
    if (Number.isNaN(asOf)) fail("asOf", options.asOf, "a date YYYY-MM-DD or an Excel date serial");
  }

  const breaks: NormalizedOptions["breaks"] = {};
  if (scoring === "fixed") {
    breaks.recency = checkBreaks("breaksR", options.breaksR, bins);
    breaks.frequency = checkBreaks("breaksF", options.breaksF, bins);
    breaks.monetary = checkBreaks("breaksM", options.breaksM, bins);
  }

  const customRules = options.customRules ?? [];
  if (scheme === "custom") {
    if (customRules.length === 0) fail("customRules", "[]", "at least one rule {segment, r, f, m}");
    customRules.forEach((rule, i) => checkRule(rule, i, bins));
  }

  const firstRowNumber = options.firstRowNumber ?? 1;
  if (!Number.isInteger(firstRowNumber) || firstRowNumber < 1) fail("firstRowNumber", firstRowNumber, "a whole number ≥ 1");
  const firstColumnIndex = options.firstColumnIndex ?? 0;
  if (!Number.isInteger(firstColumnIndex) || firstColumnIndex < 0) fail("firstColumnIndex", firstColumnIndex, "a whole number ≥ 0");

  let clv: NormalizedOptions["clv"] = null;
  if (options.clv) {
    const c = options.clv === true ? {} : options.clv;
    const period = c.period ?? "week";
    if (!["day", "week", "month"].includes(period)) fail("clv.period", period, "day, week, month");
    const horizon = c.horizon ?? { day: 365, week: 52, month: 12 }[period];
    if (!(Number.isFinite(horizon) && horizon > 0)) fail("clv.horizon", horizon, "a number of periods > 0");
    const discountRate = c.discountRate ?? 0.1;
    if (!(Number.isFinite(discountRate) && discountRate >= 0 && discountRate < 1))
      fail("clv.discountRate", discountRate, "a yearly rate from 0 to 1 (0.1 = 10%)");
    clv = { period, horizon, discountRate };
  }
  const lifecycle = { newDays: 30, activeDays: 90, sleepingDays: 180, ...options.lifecycle };
  if (
    ![lifecycle.newDays, lifecycle.activeDays, lifecycle.sleepingDays].every((d) => Number.isFinite(d) && d >= 0) ||
    lifecycle.activeDays > lifecycle.sleepingDays
  ) {
    fail("lifecycle", JSON.stringify(lifecycle), "days ≥ 0 with activeDays ≤ sleepingDays");
  }

  return {
    clv,
    lifecycle,
    asOf,
    windowDays,
    scoring,
    bins,
    breaks,
    scheme,
    customRules,
    cn8Split,
    monetary,
    mergeSameDay: options.mergeSameDay ?? false,
    lang,
    firstRowNumber,
    firstColumnIndex,
  };
}

function checkBreaks(option: string, breaks: number[] | undefined, bins: number): number[] {
  const allowed = `${bins - 1} ascending numbers (bins − 1)`;
  if (!Array.isArray(breaks) || breaks.length !== bins - 1)
    fail(option, breaks === undefined ? "missing" : JSON.stringify(breaks), allowed);
  for (let i = 0; i < breaks.length; i++) {
    if (!Number.isFinite(breaks[i]) || (i > 0 && breaks[i] <= breaks[i - 1])) fail(option, JSON.stringify(breaks), allowed);
  }
  return [...breaks];
}

function checkRule(rule: CustomRule, index: number, bins: number): void {
  const option = `customRules[${index}]`;
  if (!rule || typeof rule.segment !== "string" || rule.segment.trim() === "")
    fail(option, JSON.stringify(rule), "a rule with a segment name");
  for (const key of ["r", "f", "m"] as const) {
    const range = rule[key];
    const ok =
      Array.isArray(range) && range.length === 2 && range.every((v) => Number.isInteger(v) && v >= 1 && v <= bins) && range[0] <= range[1];
    if (!ok) fail(`${option}.${key}`, JSON.stringify(range), `[low, high] with 1 ≤ low ≤ high ≤ ${bins}`);
  }
}

function fail(option: string, value: unknown, allowed: string): never {
  throw new RfmOptionError(option, `Option ${option} is ${String(value)}; allowed: ${allowed}`);
}
