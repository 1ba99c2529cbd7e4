import { serialFromYmd } from "../core/dates/excelSerial";
import { segmentText } from "../core/i18n/segmentTexts";
import type { Migration } from "../core/models/migrateSegments";
import type { AnalysisResult, Lang } from "../core/types";
import { protectText } from "./protectText";

/** A block to write: header row, data rows (text already protected), and a number format per column. */
export interface OutputTable {
  header: string[];
  rows: unknown[][];
  formats: string[];
}

export type OutputKind = "customers" | "summary" | "heatmap" | "issues" | "cohorts" | "migration";

export const SHEET_NAMES: Record<Lang, Record<OutputKind, string>> = {
  en: {
    customers: "RFM Customers",
    summary: "RFM Summary",
    heatmap: "RFM Heatmap",
    issues: "RFM Issues",
    cohorts: "RFM Cohorts",
    migration: "RFM Migration",
  },
  "zh-CN": {
    customers: "RFM 客户",
    summary: "RFM 汇总",
    heatmap: "RFM 热力图",
    issues: "RFM 问题行",
    cohorts: "RFM 同期群",
    migration: "RFM 分群迁移",
  },
};

const VALUE_HEADERS = {
  en: ["P(alive)", "Expected purchases", "Expected spend", "CLV", "Lifecycle stage"],
  "zh-CN": ["存活概率", "预期购买次数", "预期客单价", "客户终身价值", "生命周期阶段"],
} as const;

export const LIFECYCLE_NAMES = {
  en: { new: "New", active: "Active", sleeping: "Sleeping", lost: "Lost" },
  "zh-CN": { new: "新客", active: "活跃", sleeping: "沉睡", lost: "流失" },
} as const;

const H = {
  en: {
    customers: [
      "Customer",
      "First purchase",
      "Last purchase",
      "Recency (days)",
      "Frequency",
      "Monetary",
      "R",
      "F",
      "M",
      "RFM code",
      "RFM total",
      "Segment",
      "Advice",
    ],
    segments: [
      "Segment",
      "Customers",
      "Share of customers",
      "Orders",
      "Revenue",
      "Share of revenue",
      "Mean recency",
      "Median recency",
      "Mean frequency",
      "Median frequency",
      "Mean monetary",
      "Median monetary",
      "Average order value",
      "Action",
      "Channels",
    ],
    thresholds: ["Metric", "Score", "Lower bound", "Upper bound", "Interval", "Customers"],
    issues: ["Row", "Cell", "Column", "Value", "Reason", "Kind", "Go to cell"],
    kpis: ["Customers", "Orders", "Revenue", "Repurchase rate", "Top 20% revenue share", "First order", "Last order", "As-of date"],
    params: [
      "Source",
      "As-of date",
      "Window (days)",
      "Scoring",
      "Scores per metric",
      "Scheme",
      "Monetary",
      "Merge same-day purchases",
      "Rows",
      "Used",
      "Blank",
      "Rejected",
      "Excluded",
      "Run at",
    ],
    metric: { recency: "Recency", frequency: "Frequency", monetary: "Monetary" },
    kind: { rejected: "rejected", excluded: "excluded", customer: "not scored" },
    noIssues: "No issues: every row was used.",
  },
  "zh-CN": {
    customers: [
      "客户",
      "首次购买",
      "最近购买",
      "最近消费天数",
      "消费次数",
      "消费金额",
      "R",
      "F",
      "M",
      "RFM 代码",
      "RFM 总分",
      "分群",
      "建议",
    ],
    segments: [
      "分群",
      "客户数",
      "客户占比",
      "订单数",
      "销售额",
      "销售额占比",
      "平均最近消费天数",
      "最近消费天数中位数",
      "平均消费次数",
      "消费次数中位数",
      "平均消费金额",
      "消费金额中位数",
      "客单价",
      "建议动作",
      "渠道",
    ],
    thresholds: ["指标", "分数", "下界", "上界", "区间", "客户数"],
    issues: ["行", "单元格", "列", "值", "原因", "类别", "跳转"],
    kpis: ["客户数", "订单数", "销售额", "复购率", "前 20% 客户销售额占比", "最早订单", "最近订单", "分析基准日"],
    params: [
      "数据来源",
      "分析基准日",
      "统计窗口（天）",
      "评分方法",
      "每项分数档数",
      "分群方案",
      "消费金额口径",
      "合并同日购买",
      "行数",
      "已使用",
      "空行",
      "已拒绝",
      "已排除",
      "运行时间",
    ],
    metric: { recency: "最近消费（R）", frequency: "消费频率（F）", monetary: "消费金额（M）" },
    kind: { rejected: "已拒绝", excluded: "已排除", customer: "未评分" },
    noIssues: "没有问题行：所有行均已使用。",
  },
} as const;

const DATE = "yyyy-mm-dd";
const MONEY = "#,##0.00";
const INT = "0";
const PCT = "0.0%";
const TEXT = "@";

/** Serial day of an ISO date, for cells that Excel shows with a date format. */
function serial(iso: string | null): number | string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-").map(Number);
  return serialFromYmd(y, m, d) ?? "";
}

/**
 * The customer table: one row per scored customer.
 * @example customerTable(result, "en").header[0] // "Customer"
 */
export function customerTable(result: AnalysisResult, lang: Lang): OutputTable {
  const rows = result.customers.map((c) => [
    protectText(c.customerId),
    serial(c.firstPurchase),
    serial(c.lastPurchase),
    c.recencyDays,
    c.frequency,
    c.monetary,
    c.r,
    c.f,
    c.m,
    protectText(c.rfmCode),
    c.rfmTotal,
    protectText(c.segmentName),
    protectText(segmentText(c.segment, lang).action),
  ]);
  const header: string[] = [...H[lang].customers];
  const formats = [TEXT, DATE, DATE, INT, INT, MONEY, INT, INT, INT, TEXT, INT, TEXT, TEXT];
  if (result.models) {
    // Customer-value columns; empty where the model behind a figure could not be fitted.
    header.push(...VALUE_HEADERS[lang]);
    formats.push("0.000", "0.00", MONEY, MONEY, TEXT);
    result.customers.forEach((c, i) =>
      rows[i].push(c.pAlive ?? "", c.expectedPurchases ?? "", c.expectedSpend ?? "", c.clv ?? "", LIFECYCLE_NAMES[lang][c.lifecycle]),
    );
  }
  return { header, rows, formats };
}

/** Cohorts: month of first purchase, customers, then the share buying in each later month. */
export function cohortOutput(result: AnalysisResult, lang: Lang): OutputTable {
  const cohorts = result.cohorts ?? [];
  const width = Math.max(1, ...cohorts.map((c) => c.retention.length));
  const header = [
    lang === "zh-CN" ? "首购月份" : "First purchase month",
    lang === "zh-CN" ? "客户数" : "Customers",
    ...Array.from({ length: width }, (_, k) => `+${k}`),
  ];
  const rows = cohorts.map((c) => [
    protectText(c.month),
    c.customers,
    ...Array.from({ length: width }, (_, k) => (k < c.retention.length ? c.retention[k] : "")),
  ]);
  return { header, rows, formats: [TEXT, INT, ...new Array<string>(width).fill(PCT)] };
}

/** Migration grids: customers (or their revenue) from each earlier segment (rows) to each later one (columns). */
export function migrationGrid(migration: Migration, kind: "counts" | "revenue"): unknown[][] {
  const corner = `${migration.from} → ${migration.to}`;
  return [
    [protectText(corner), ...migration.names.map(protectText)],
    ...migration.names.map((name, i) => [protectText(name), ...migration[kind][i]]),
  ];
}

/** Per-segment figures with advice and channels (SPEC §5). */
export function segmentTable(result: AnalysisResult, lang: Lang): OutputTable {
  const rows = result.segments.map((s) => [
    protectText(s.name),
    s.customers,
    s.customerShare,
    s.orders,
    s.revenue,
    s.revenueShare,
    s.recencyMean,
    s.recencyMedian,
    s.frequencyMean,
    s.frequencyMedian,
    s.monetaryMean,
    s.monetaryMedian,
    s.averageOrderValue,
    protectText(s.action),
    protectText(s.channels),
  ]);
  return {
    header: [...H[lang].segments],
    rows,
    formats: [TEXT, INT, PCT, INT, MONEY, PCT, "0.0", "0.0", "0.00", "0.0", MONEY, MONEY, MONEY, TEXT, TEXT],
  };
}

/** The thresholds of every score, with the interval written out. */
export function thresholdTable(result: AnalysisResult, lang: Lang): OutputTable {
  const rows = result.thresholds.map((t) => {
    const lo = t.lower === null ? "" : t.lower;
    const hi = t.upper === null ? "" : t.upper;
    const interval =
      t.closed === "lower"
        ? `[${t.lower ?? "-∞"}, ${t.upper ?? "∞"})`
        : t.closed === "both"
          ? `[${t.lower ?? "—"}, ${t.upper ?? "—"}]`
          : `(${t.lower ?? "-∞"}, ${t.upper ?? "∞"}]`;
    return [H[lang].metric[t.metric], t.score, lo, hi, protectText(interval), t.customers];
  });
  return { header: [...H[lang].thresholds], rows, formats: [TEXT, INT, "General", "General", TEXT, INT] };
}

/** Key figures as label/value pairs. */
export function kpiTable(result: AnalysisResult, lang: Lang): OutputTable {
  const k = result.kpis;
  const values = [
    k.customers,
    k.orders,
    k.revenue,
    k.repurchaseRate,
    k.top20RevenueShare,
    serial(k.firstDate),
    serial(k.lastDate),
    serial(k.asOf),
  ];
  const formats = [INT, INT, MONEY, PCT, PCT, DATE, DATE, DATE];
  return { header: [], rows: H[lang].kpis.map((label, i) => [label, values[i]]), formats: formats };
}

/** How the run was made: source, options, row accounting and time. */
export function parameterTable(result: AnalysisResult, lang: Lang, sourceAddress: string, runAt: string): OutputTable {
  const o = result.options;
  const c = result.counts;
  const values = [
    protectText(sourceAddress),
    serial(result.asOf),
    o.windowDays ?? "",
    o.scoring,
    o.bins,
    o.scheme,
    o.monetary,
    o.mergeSameDay ? "✓" : "—",
    c.rows,
    c.used,
    c.blank,
    c.rejected,
    c.excluded,
    protectText(runAt),
  ];
  // The as-of date is a serial number: show it as a date, like every other date the add-in writes.
  return { header: [], rows: H[lang].params.map((label, i) => [label, values[i]]), formats: ["General", DATE] };
}

/** The R × F grid: customer counts, and mean monetary value, rows R = n…1, columns F = 1…n. */
export function heatmapGrids(
  result: AnalysisResult,
  lang: Lang,
): { counts: unknown[][]; monetary: unknown[][]; labels: { r: string; f: string } } {
  const n = result.options.bins;
  const count = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const sum = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const c of result.customers) {
    count[c.r - 1][c.f - 1]++;
    sum[c.r - 1][c.f - 1] += c.monetary;
  }
  const header = ["R \\ F", ...Array.from({ length: n }, (_, f) => `F${f + 1}`)];
  const grid = (cell: (r: number, f: number) => unknown) => [
    header,
    ...Array.from({ length: n }, (_, i) => [`R${n - i}`, ...Array.from({ length: n }, (_, f) => cell(n - 1 - i, f))]),
  ];
  return {
    counts: grid((r, f) => count[r][f]),
    monetary: grid((r, f) => (count[r][f] ? sum[r][f] / count[r][f] : "")),
    labels: lang === "zh-CN" ? { r: "R（最近消费）", f: "F（消费频率）" } : { r: "R (recency)", f: "F (frequency)" },
  };
}

/** Every rejected and excluded row (and customers not scored), with a link to the source cell. */
export function issueTable(result: AnalysisResult, lang: Lang, sourceSheet: string): OutputTable {
  const quoted = `'${sourceSheet.replace(/'/g, "''")}'`;
  const rows = result.issues.map((i) => [
    i.row,
    protectText(i.cell),
    protectText(i.column),
    protectText(i.value),
    protectText(i.message),
    protectText(H[lang].kind[i.kind]),
    // Our own formula (never user text): a link that jumps to the source cell.
    `=HYPERLINK("#${quoted.replace(/"/g, '""')}!${i.cell}","${i.cell}")`,
  ]);
  if (rows.length === 0) rows.push(["", "", "", "", protectText(H[lang].noIssues), "", ""]);
  return { header: [...H[lang].issues], rows, formats: [INT, TEXT, TEXT, TEXT, TEXT, TEXT, "General"] };
}
