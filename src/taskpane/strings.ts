import type { Lang } from "../core/types";

/** Every string of the task pane, in English and Simplified Chinese. */
export const STRINGS = {
  en: {
    title: "RFM customer segments",
    intro: "Select your order lines (customer, order date, amount) including the header row, then analyse them.",
    analyse: "Analyse selection",
    running: "Analysing…",
    language: "Language",
    rows: "{rows} rows: {used} used, {blank} blank, {rejected} rejected, {excluded} excluded",
    customers: "Customers",
    share: "Share",
    segment: "Segment",
    asOf: "As of {date}",
    issues: "{count} rows need attention; the first: {first}",
    nothing: "Select at least a header row and one order line.",
  },
  "zh-CN": {
    title: "RFM 客户分群",
    intro: "选中订单明细（客户、下单日期、金额），包括表头行，然后开始分析。",
    analyse: "分析所选区域",
    running: "正在分析……",
    language: "语言",
    rows: "共 {rows} 行：已使用 {used}，空行 {blank}，已拒绝 {rejected}，已排除 {excluded}",
    customers: "客户数",
    share: "占比",
    segment: "分群",
    asOf: "分析基准日 {date}",
    issues: "有 {count} 行需要处理；第一条：{first}",
    nothing: "请至少选中表头行和一行订单。",
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type StringKey = keyof (typeof STRINGS)["en"];

/** A pane string with `{placeholders}` filled. */
export function t(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
