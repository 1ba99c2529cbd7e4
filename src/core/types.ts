/**
 * Public domain types of the shared RFM module. Everything here is plain data, so a result can be
 * serialised to JSON (the command line's `--json`) without conversion.
 */

/** A column role the user can map. `customer`, `date` and `amount` are required. */
export type Role = "customer" | "date" | "amount" | "orderId" | "quantity" | "unitPrice";

/** Languages every user-facing string exists in. */
export type Lang = "en" | "zh-CN";

export type ScoringMethod = "quantile" | "fixed" | "rfm-r" | "ntile";
export type SchemeName = "standard" | "cn8" | "rfm-r";
export type Metric = "recency" | "frequency" | "monetary";

/** One rule of a custom segment scheme: inclusive score ranges; the first matching rule wins. */
export interface CustomRule {
  /** Segment key written into the results (also its display name unless `names` is given). */
  segment: string;
  names?: Partial<Record<Lang, string>>;
  r: [number, number];
  f: [number, number];
  m: [number, number];
}

/** A column chosen by header text, or by zero-based index into the block. */
export type ColumnRef = string | number;

/** Options of `analyzeOrders`; every field is optional and has the default of SPEC.md. */
export interface AnalyzeOptions {
  /** As-of date: `YYYY-MM-DD`, or an Excel serial number. Default: latest valid row + 1 day. */
  asOf?: string | number;
  /** Only the last N days before the as-of date count. */
  windowDays?: number;
  scoring?: ScoringMethod;
  /** Number of scores per metric, 2–9 (default 5). */
  bins?: number;
  /** `fixed` scoring: n−1 ascending breaks per metric. */
  breaksR?: number[];
  breaksF?: number[];
  breaksM?: number[];
  scheme?: SchemeName | "custom";
  customRules?: CustomRule[];
  cn8Split?: "mean" | "median";
  monetary?: "sum" | "average";
  mergeSameDay?: boolean;
  /** Column overrides by role; wins over header detection. */
  columns?: Partial<Record<Role, ColumnRef>>;
  /** `true`: first row is a header; `false`: data from row 1; default: detected. */
  hasHeader?: boolean;
  /** Day-first or month-first for `3/5/2024` style dates; default: decided per column. */
  dateOrder?: "mdy" | "dmy";
  lang?: Lang;
  /** Sheet row number of `cells[0]` (1-based), so issues name the user's own rows. Default 1. */
  firstRowNumber?: number;
  /** Zero-based sheet column of `cells[*][0]`, so issues can give a cell address. Default 0. */
  firstColumnIndex?: number;
  /** Customer-value models (BG/NBD, Gamma-Gamma, CLV): `true` for the defaults (week, 52, 10%). */
  clv?: boolean | { period?: "day" | "week" | "month"; horizon?: number; discountRate?: number };
  /** Cohort table: customers by month of first purchase × months since. */
  cohorts?: boolean;
  /** Lifecycle thresholds in days (defaults: new ≤ 30 days of tenure, active ≤ 90, sleeping ≤ 180 days of recency). */
  lifecycle?: { newDays?: number; activeDays?: number; sleepingDays?: number };
}

/** How one role was mapped to a column. */
export interface ColumnMapping {
  role: Role;
  /** Zero-based column index within the block. */
  index: number;
  /** The header text, or `null` without a header row. */
  header: string | null;
  source: "user" | "header" | "content";
}

export type IssueKind = "rejected" | "excluded" | "customer";

/** A located problem with one input row (or, for kind `customer`, with one customer). */
export interface Issue {
  /** Spreadsheet row number (header row included). */
  row: number;
  /** Role of the offending column. */
  column: Role;
  /** A1 address of the offending cell, e.g. `C17`. */
  cell: string;
  /** The raw cell value, as text. */
  value: string;
  code: IssueCode;
  kind: IssueKind;
  message: string;
}

export type IssueCode =
  | "excel_error"
  | "customer_missing"
  | "customer_invalid"
  | "date_missing"
  | "date_invalid"
  | "amount_missing"
  | "amount_invalid"
  | "quantity_missing"
  | "quantity_invalid"
  | "price_missing"
  | "price_invalid"
  | "after_as_of"
  | "before_window"
  | "no_purchase";

export interface Counts {
  rows: number;
  used: number;
  blank: number;
  rejected: number;
  excluded: number;
  /** `used + blank + rejected + excluded === rows`; always true, reported so callers can check. */
  balanced: boolean;
}

export interface CustomerResult {
  customerId: string;
  firstPurchase: string;
  lastPurchase: string;
  recencyDays: number;
  frequency: number;
  monetary: number;
  /** Net revenue (purchases minus returns), whatever the monetary option. */
  revenue: number;
  r: number;
  f: number;
  m: number;
  rfmCode: string;
  rfmTotal: number;
  segment: string;
  segmentName: string;
  lifecycle: "new" | "active" | "sleeping" | "lost";
  /** With the `clv` option; `null` where the model behind the figure could not be fitted. */
  pAlive?: number | null;
  expectedPurchases?: number | null;
  expectedSpend?: number | null;
  clv?: number | null;
}

/** A fitted model's parameters and diagnostics, or why it could not be fitted. */
export type ModelReport<P> =
  | ({ status: "fitted"; logLikelihood: number; iterations: number; converged: true; customers: number } & P)
  | { status: "failed"; reason: string; iterations?: number; customers: number };

export interface Models {
  period: "day" | "week" | "month";
  horizon: number;
  discountRate: number;
  bgnbd: ModelReport<{ r: number; alpha: number; a: number; b: number }>;
  gammaGamma: ModelReport<{ p: number; q: number; gamma: number }>;
}

export interface ThresholdRow {
  metric: Metric;
  score: number;
  /** Exclusive lower bound; `null` = unbounded. */
  lower: number | null;
  /** Inclusive upper bound; `null` = unbounded. */
  upper: number | null;
  customers: number;
  /** Which end is closed: `upper` for (lower, upper] (the default), `lower` for the R rule [lower, upper), `both` for observed ranges (ntile). */
  closed?: "upper" | "lower" | "both";
}

export interface SegmentSummary {
  segment: string;
  name: string;
  customers: number;
  customerShare: number;
  orders: number;
  revenue: number;
  revenueShare: number;
  recencyMean: number;
  recencyMedian: number;
  frequencyMean: number;
  frequencyMedian: number;
  monetaryMean: number;
  monetaryMedian: number;
  averageOrderValue: number;
  action: string;
  channels: string;
}

export interface Kpis {
  customers: number;
  orders: number;
  revenue: number;
  firstDate: string | null;
  lastDate: string | null;
  asOf: string | null;
  repurchaseRate: number;
  top20RevenueShare: number;
}

export interface Warning {
  code: string;
  message: string;
  metric?: Metric;
  /** Suggested fixed breaks, where the warning has a fix. */
  suggestedBreaks?: number[];
}

export interface AnalysisResult {
  /** `YYYY-MM-DD`; `null` only when no row holds a usable date and none was given. */
  asOf: string | null;
  windowStart: string | null;
  counts: Counts;
  mapping: ColumnMapping[];
  hasHeader: boolean;
  dateOrder: "mdy" | "dmy" | null;
  options: {
    scoring: ScoringMethod;
    bins: number;
    scheme: SchemeName | "custom";
    monetary: "sum" | "average";
    mergeSameDay: boolean;
    cn8Split: "mean" | "median";
    windowDays: number | null;
    lang: Lang;
  };
  customers: CustomerResult[];
  segments: SegmentSummary[];
  thresholds: ThresholdRow[];
  kpis: Kpis;
  warnings: Warning[];
  issues: Issue[];
  /** With the `clv` option. */
  models?: Models;
  /** With the `cohorts` option. */
  cohorts?: { month: string; customers: number; retention: number[] }[];
}
