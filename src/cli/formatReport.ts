import type { Migration } from "../core/models/migrateSegments";
import type { AnalysisResult, Lang } from "../core/types";
import { formatTable } from "./formatTable";

// prettier-ignore
const LABELS = {
  en: {
    file: "File", asOf: "As of", window: "window from", rows: "Rows", used: "used", blank: "blank", rejected: "rejected", excluded: "excluded",
    columns: "Columns", kpis: "Overview", customers: "Customers", orders: "Orders", revenue: "Revenue", dates: "Dates",
    repurchase: "Repurchase rate", top20: "Top 20% revenue share", segments: "Segments", segment: "Segment", share: "Share",
    revShare: "Rev. share", meanR: "Mean R (days)", meanF: "Mean F", meanM: "Mean M", aov: "Avg order", thresholds: "Thresholds",
    metric: "Metric", score: "Score", range: "Range", warnings: "Warnings", issues: "Issues", row: "Row", cell: "Cell",
    value: "Value", reason: "Reason", more: "… and {n} more (use --json for all)", scoring: "Scoring", scheme: "Scheme",
    recency: "Recency", frequency: "Frequency", monetary: "Monetary", action: "Recommended action",
  },
  "zh-CN": {
    file: "文件", asOf: "分析基准日", window: "窗口起点", rows: "行数", used: "已使用", blank: "空行", rejected: "已拒绝", excluded: "已排除",
    columns: "列映射", kpis: "概览", customers: "客户数", orders: "订单数", revenue: "销售额", dates: "日期范围",
    repurchase: "复购率", top20: "前 20% 客户贡献销售额占比", segments: "客户分群", segment: "分群", share: "占比",
    revShare: "销售额占比", meanR: "平均 R（天）", meanF: "平均 F", meanM: "平均 M", aov: "客单价", thresholds: "分界点",
    metric: "指标", score: "分数", range: "区间", warnings: "提示", issues: "问题行", row: "行", cell: "单元格",
    value: "值", reason: "原因", more: "…… 另有 {n} 条（使用 --json 查看全部）", scoring: "评分方法", scheme: "分群方案",
    recency: "R 最近消费", frequency: "F 消费频率", monetary: "M 消费金额", action: "建议动作",
  },
} as const;

const SHOWN_ISSUES = 20;

/**
 * The readable report of the command line: overview, segment table with advice, thresholds,
 * warnings and the first issues, in the user's language.
 * @example formatReport(result, "orders.csv (utf-8)") // "File: orders.csv (utf-8)\nAs of: 2006-12-31 …"
 */
export function formatReport(result: AnalysisResult, description: string, lang: Lang, migration?: Migration): string {
  const t = LABELS[lang];
  const money = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const num = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 1 });
  const c = result.counts;
  const out: string[] = [];
  out.push(`${t.file}: ${description}`);
  out.push(`${t.asOf}: ${result.asOf ?? "—"}${result.windowStart ? ` (${t.window} ${result.windowStart})` : ""}`);
  out.push(
    `${t.rows}: ${c.rows} = ${c.used} ${t.used} + ${c.blank} ${t.blank} + ${c.rejected} ${t.rejected} + ${c.excluded} ${t.excluded}`,
  );
  out.push(`${t.columns}: ${result.mapping.map((m) => `${m.role} ← ${m.header ?? `#${m.index + 1}`} (${m.source})`).join(", ")}`);
  out.push(`${t.scoring}: ${result.options.scoring}, ${result.options.bins}; ${t.scheme}: ${result.options.scheme}`);
  out.push("", `## ${t.kpis}`);
  const k = result.kpis;
  out.push(
    formatTable(
      [t.customers, t.orders, t.revenue, t.dates, t.repurchase, t.top20],
      [
        [
          String(k.customers),
          String(k.orders),
          money(k.revenue),
          k.firstDate ? `${k.firstDate} … ${k.lastDate}` : "—",
          pct(k.repurchaseRate),
          pct(k.top20RevenueShare),
        ],
      ],
    ),
  );
  out.push("", `## ${t.segments}`);
  out.push(
    formatTable(
      [t.segment, t.customers, t.share, t.orders, t.revenue, t.revShare, t.meanR, t.meanF, t.meanM, t.aov],
      result.segments.map((s) => [
        s.name,
        String(s.customers),
        pct(s.customerShare),
        String(s.orders),
        money(s.revenue),
        pct(s.revenueShare),
        num(s.recencyMean),
        num(s.frequencyMean),
        money(s.monetaryMean),
        money(s.averageOrderValue),
      ]),
    ),
  );
  out.push("", `## ${t.action}`);
  for (const s of result.segments) if (s.customers > 0 && s.action) out.push(`- ${s.name}: ${s.action} (${s.channels})`);
  out.push("", `## ${t.thresholds}`);
  out.push(
    formatTable(
      [t.metric, t.score, t.range, t.customers],
      result.thresholds.map((r) => [t[r.metric], String(r.score), rangeText(r.lower, r.upper, r.closed ?? "upper"), String(r.customers)]),
    ),
  );
  if (result.models) out.push("", ...modelLines(result, lang));
  if (result.cohorts) {
    out.push(
      "",
      lang === "zh-CN"
        ? "## 同期群（首购月份 × 之后第 N 个月仍购买的占比）"
        : "## Cohorts (month of first purchase × share buying N months later)",
    );
    const width = Math.min(12, Math.max(...result.cohorts.map((c) => c.retention.length)));
    out.push(
      formatTable(
        ["Cohort", "Customers", ...Array.from({ length: width }, (_, k) => `+${k}`)],
        result.cohorts.map((c) => [
          c.month,
          String(c.customers),
          ...Array.from({ length: width }, (_, k) => (k < c.retention.length ? pct(c.retention[k]) : "")),
        ]),
      ),
    );
  }
  if (migration) {
    out.push(
      "",
      lang === "zh-CN"
        ? `## 分群迁移（${migration.from} → ${migration.to}，客户数）`
        : `## Segment migration (${migration.from} → ${migration.to}, customers)`,
    );
    out.push(
      formatTable(
        ["", ...migration.names],
        migration.names.map((name, i) => [name, ...migration.counts[i].map(String)]),
      ),
    );
  }
  if (result.warnings.length > 0) {
    out.push("", `## ${t.warnings}`);
    for (const w of result.warnings) out.push(`- ${w.message}`);
  }
  if (result.issues.length > 0) {
    out.push("", `## ${t.issues} (${result.issues.length})`);
    out.push(
      formatTable(
        [t.row, t.cell, t.value, t.reason],
        result.issues.slice(0, SHOWN_ISSUES).map((i) => [String(i.row), i.cell, i.value, i.message]),
      ),
    );
    if (result.issues.length > SHOWN_ISSUES) out.push(t.more.replace("{n}", String(result.issues.length - SHOWN_ISSUES)));
  }
  return out.join("\n");
}

function rangeText(lower: number | null, upper: number | null, closed: "upper" | "lower" | "both"): string {
  const f = (n: number) => String(Math.round(n * 100) / 100);
  if (closed === "lower") return `[${lower === null ? "-∞" : f(lower)}, ${upper === null ? "∞" : f(upper)})`;
  if (closed === "both") return `[${lower === null ? "—" : f(lower)}, ${upper === null ? "—" : f(upper)}]`;
  if (lower === null) return upper === null ? "all" : `≤ ${f(upper)}`;
  if (upper === null) return `> ${f(lower)}`;
  return `(${f(lower)}, ${f(upper)}]`;
}

const MODEL_TEXT = {
  en: {
    title: "Customer value",
    bg: "BG/NBD",
    gg: "Gamma-Gamma",
    failed: "not fitted",
    top: "Highest CLV",
    horizon: "horizon {h} {p}s, discount {d}% a year",
  },
  "zh-CN": {
    title: "客户价值",
    bg: "BG/NBD",
    gg: "Gamma-Gamma",
    failed: "未能拟合",
    top: "CLV 最高的客户",
    horizon: "预测期 {h} 个{p}，年折现率 {d}%",
  },
} as const;

/** The fitted models (or why not) and the customers with the highest CLV. */
function modelLines(result: AnalysisResult, lang: Lang): string[] {
  const m = result.models!;
  const t = MODEL_TEXT[lang];
  const unit = lang === "zh-CN" ? { day: "天", week: "周", month: "月" }[m.period] : m.period;
  const f = (v: number) => v.toPrecision(5);
  const lines = [
    `## ${t.title} (${t.horizon
      .replace("{h}", String(m.horizon))
      .replace("{p}", unit)
      .replace("{d}", String(m.discountRate * 100))})`,
  ];
  lines.push(
    m.bgnbd.status === "fitted"
      ? `${t.bg}: r ${f(m.bgnbd.r)}, α ${f(m.bgnbd.alpha)}, a ${f(m.bgnbd.a)}, b ${f(m.bgnbd.b)} (log-likelihood ${m.bgnbd.logLikelihood.toFixed(2)}, ${m.bgnbd.iterations} iterations)`
      : `${t.bg}: ${t.failed} — ${m.bgnbd.reason}`,
  );
  lines.push(
    m.gammaGamma.status === "fitted"
      ? `${t.gg}: p ${f(m.gammaGamma.p)}, q ${f(m.gammaGamma.q)}, γ ${f(m.gammaGamma.gamma)} (log-likelihood ${m.gammaGamma.logLikelihood.toFixed(2)}, ${m.gammaGamma.iterations} iterations)`
      : `${t.gg}: ${t.failed} — ${m.gammaGamma.reason}`,
  );
  const ranked = result.customers.filter((c) => typeof c.clv === "number").sort((a, b) => (b.clv as number) - (a.clv as number));
  if (ranked.length > 0) {
    lines.push(`${t.top}:`);
    lines.push(
      formatTable(
        ["Customer", "P(alive)", "E[purchases]", "E[spend]", "CLV"],
        ranked
          .slice(0, 10)
          .map((c) => [
            c.customerId,
            (c.pAlive as number).toFixed(3),
            (c.expectedPurchases as number).toFixed(2),
            (c.expectedSpend as number).toFixed(2),
            (c.clv as number).toFixed(2),
          ]),
      ),
    );
  }
  return lines;
}
