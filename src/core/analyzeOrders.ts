import { isoFromSerial } from "./dates/excelSerial";
import { translate } from "./i18n/translate";
import { computeCustomerMetrics } from "./metrics/computeCustomerMetrics";
import { normalizeOptions, type NormalizedOptions } from "./options/normalizeOptions";
import { detectColumns } from "./orders/detectColumns";
import { IssueFactory, readOrderRows, type OrderRows, type ReadOptions } from "./orders/OrderReader";
import { scoreCustomers } from "./scoring/scoreCustomers";
import { assignSegments, schemeSegments } from "./segments/assignSegments";
import { validateRules } from "./segments/validateRules";
import { segmentText } from "./i18n/segmentTexts";
import { computeKpis } from "./summary/computeKpis";
import { summarizeSegments } from "./summary/summarizeSegments";
import type { AnalysisResult, AnalyzeOptions, ColumnMapping, CustomerResult, Issue, ModelReport, Models, Warning } from "./types";
import { customerValues, type CustomerValues } from "./models/customerValue";
import type { ModelFit } from "./models/fitBgNbd";
import { lifecycleStage } from "./models/lifecycleStage";
import { cohortTable } from "./models/cohortTable";
import { purchaseOccasions } from "./models/purchaseOccasions";

/**
 * RFM analysis of order lines exactly as Excel hands them over (`range.values`, header row first):
 * detect columns, parse every row (each one used, blank, rejected or excluded), compute recency /
 * frequency / monetary per customer, score, segment, summarise. Cell contents never throw; bad
 * options throw `RfmOptionError`, a block without customer / date / amount columns `RfmInputError`.
 * @example analyzeOrders([["客户编号", "下单时间", "实付金额"], ["C1", "2024-03-01", "¥120"]], { asOf: "2024-03-05" })
 * // { asOf: "2024-03-05", counts: { rows: 1, used: 1, … }, customers: [{ customerId: "C1", recencyDays: 4, … }], … }
 */
export function analyzeOrders(cells: readonly (readonly unknown[])[], options: AnalyzeOptions = {}): AnalysisResult {
  const opts = normalizeOptions(options);
  const detected = detectColumns(cells, { columns: options.columns, hasHeader: options.hasHeader, lang: opts.lang });
  const dataStart = detected.hasHeader ? 1 : 0;
  const rows = readOrderRows(cells, dataStart, detected.mapping, readOptionsOf(opts, options));
  return analyzeOrderRows(
    rows,
    { mapping: detected.mapping, hasHeader: detected.hasHeader, dataRows: Math.max(0, cells.length - dataStart) },
    options,
  );
}

/** What `OrderReader` needs from the options. */
export function readOptionsOf(opts: NormalizedOptions, options: AnalyzeOptions): ReadOptions {
  return { lang: opts.lang, firstRowNumber: opts.firstRowNumber, firstColumnIndex: opts.firstColumnIndex, dateOrder: options.dateOrder };
}

/**
 * The analysis of rows already read by an `OrderReader` — the streaming path, where the Excel side
 * reads a large range block by block and never holds all cells at once. `dataRows` is how many data
 * rows the source had (every one is used, blank, rejected or excluded).
 * @example analyzeOrderRows(reader.finish(), { mapping, hasHeader: true, dataRows: 1_048_574 }, { scheme: "cn8" })
 */
export function analyzeOrderRows(
  rows: OrderRows,
  source: { mapping: ColumnMapping[]; hasHeader: boolean; dataRows: number },
  options: AnalyzeOptions = {},
): AnalysisResult {
  const opts = normalizeOptions(options);
  const lang = opts.lang;
  const detected = source;
  const readOptions = readOptionsOf(opts, options);

  let asOf = opts.asOf;
  if (asOf === null && rows.length > 0) {
    let max = -Infinity;
    for (let k = 0; k < rows.length; k++) if (rows.day[k] > max) max = rows.day[k];
    asOf = max + 1;
  }
  const windowStart = asOf !== null && opts.windowDays !== null ? asOf - opts.windowDays : null;
  const metrics = computeCustomerMetrics(rows, {
    asOf: asOf ?? 0,
    windowStart,
    mergeSameDay: opts.mergeSameDay,
    monetary: opts.monetary,
    collectPurchases: opts.clv !== null || options.cohorts === true,
  });

  const issueFactory = new IssueFactory(detected.mapping, readOptions);
  const asOfText = asOf === null ? "" : isoFromSerial(asOf);
  const startText = windowStart === null ? "" : isoFromSerial(windowStart);
  // A copy: the same rows may be analysed again at another as-of date (segment migration).
  const issues: Issue[] = [...rows.issues];
  for (const ex of metrics.excluded) {
    // The value shown is the date as read (the cell may hold a serial number or any date text).
    issues.push(issueFactory.make(ex.rowIndex, "date", isoFromSerial(ex.day), ex.reason, "excluded", { asOf: asOfText, start: startText }));
  }
  for (const u of metrics.unscored) {
    issues.push(issueFactory.make(u.rowIndex, "customer", rows.customerIds[u.customer], "no_purchase", "customer"));
  }
  issues.sort((a, b) => a.row - b.row);

  const ids = Array.from(metrics.customer, (c) => rows.customerIds[c]);
  const scores = scoreCustomers(
    { recency: metrics.recency, frequency: metrics.frequency, monetary: metrics.monetary, ids },
    { scoring: opts.scoring, bins: opts.bins, breaks: opts.breaks, lang },
  );
  const schemeOptions = { scheme: opts.scheme, bins: opts.bins, customRules: opts.customRules, cn8Split: opts.cn8Split };
  const segments = assignSegments(
    { ...scores, recency: metrics.recency, frequency: metrics.frequency, monetary: metrics.monetary },
    schemeOptions,
  );

  const warnings: Warning[] = [...rows.warnings, ...scores.warnings];
  if (opts.scheme === "custom") warnings.push(...validateRules(opts.customRules, opts.bins, lang));
  if (metrics.count === 0) warnings.push({ code: "no_customers", message: translate(lang, "warn_no_customers") });

  const names = new Map<string, string>();
  const nameOf = (key: string) => {
    let name = names.get(key);
    if (name === undefined) {
      name = segmentText(key, lang, opts.customRules.find((r) => r.segment === key)?.names).name;
      names.set(key, name);
    }
    return name;
  };
  const values =
    opts.clv && metrics.purchases
      ? customerValues(purchaseOccasions(metrics.purchases, metrics.customer, asOf ?? 0, opts.clv.period), opts.clv)
      : null;
  // A hundred thousand customers share a few hundred dates and at most 729 codes: make each text once.
  const dateText = new Map<number, string>();
  const isoOf = (day: number) => {
    let text = dateText.get(day);
    if (text === undefined) dateText.set(day, (text = isoFromSerial(day)));
    return text;
  };
  const codeText: string[] = [];
  const customers: CustomerResult[] = new Array(metrics.count);
  for (let i = 0; i < metrics.count; i++) {
    const r = scores.r[i];
    const f = scores.f[i];
    const m = scores.m[i];
    const code = r * 100 + f * 10 + m;
    customers[i] = {
      customerId: ids[i],
      firstPurchase: isoOf(metrics.first[i]),
      lastPurchase: isoOf(metrics.last[i]),
      recencyDays: metrics.recency[i],
      frequency: metrics.frequency[i],
      monetary: metrics.monetary[i],
      revenue: metrics.revenue[i],
      r,
      f,
      m,
      rfmCode: (codeText[code] ??= `${r}${f}${m}`),
      rfmTotal: r + f + m,
      segment: segments[i],
      segmentName: nameOf(segments[i]),
      lifecycle: lifecycleStage((asOf ?? 0) - metrics.first[i], metrics.recency[i], opts.lifecycle),
    };
    if (values) {
      customers[i].pAlive = values.pAlive[i];
      customers[i].expectedPurchases = values.expectedPurchases[i];
      customers[i].expectedSpend = values.expectedSpend[i];
      customers[i].clv = values.clv[i];
    }
  }

  const excluded = metrics.excluded.length;
  const counts = {
    rows: detected.dataRows,
    used: metrics.used,
    blank: rows.blank,
    rejected: rows.rejected,
    excluded,
    balanced: false,
  };
  counts.balanced = counts.used + counts.blank + counts.rejected + counts.excluded === counts.rows;

  return {
    asOf: asOf === null ? null : asOfText,
    windowStart: windowStart === null ? null : startText,
    counts,
    mapping: detected.mapping,
    hasHeader: detected.hasHeader,
    dateOrder: rows.dateOrder,
    options: {
      scoring: opts.scoring,
      bins: opts.bins,
      scheme: opts.scheme,
      monetary: opts.monetary,
      mergeSameDay: opts.mergeSameDay,
      cn8Split: opts.cn8Split,
      windowDays: opts.windowDays,
      lang,
    },
    customers,
    segments: summarizeSegments(
      { segments, recency: metrics.recency, frequency: metrics.frequency, monetary: metrics.monetary, revenue: metrics.revenue },
      schemeSegments(schemeOptions),
      lang,
      opts.customRules,
    ),
    thresholds: scores.thresholds,
    kpis: computeKpis({ ...metrics, asOf: asOf ?? 0 }),
    warnings,
    issues,
    ...(values && opts.clv ? { models: modelReport(opts.clv, values) } : {}),
    ...(options.cohorts && metrics.purchases ? { cohorts: cohortTable(metrics.purchases, asOf ?? 0) } : {}),
  };
}

/** The fits as reported in results: parameters flattened beside their diagnostics. */
function modelReport(clv: { period: "day" | "week" | "month"; horizon: number; discountRate: number }, values: CustomerValues): Models {
  const report = <P extends object>(fit: ModelFit<P>): ModelReport<P> => {
    if (fit.status === "failed") return fit;
    const { params, ...rest } = fit;
    return { ...rest, ...params } as ModelReport<P>;
  };
  return { ...clv, bgnbd: report(values.bgnbd), gammaGamma: report(values.gammaGamma) };
}
