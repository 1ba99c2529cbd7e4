import type { Lang } from "../types";

/**
 * Every message the core produces, in English and Simplified Chinese. Placeholders in braces are
 * filled by `translate`. Issue messages are keyed by issue code.
 */
export const MESSAGES = {
  excel_error: { en: "Excel error value {value} in the {column} column", "zh-CN": "{column}列是 Excel 错误值 {value}" },
  customer_missing: { en: "No customer id", "zh-CN": "缺少客户编号" },
  customer_invalid: { en: "{value} is not a customer id", "zh-CN": "{value} 不是有效的客户编号" },
  date_missing: { en: "No order date", "zh-CN": "缺少下单日期" },
  date_invalid: { en: "{value} is not a date{detail}", "zh-CN": "{value} 不是有效日期{detail}" },
  amount_missing: { en: "No amount", "zh-CN": "缺少金额" },
  amount_invalid: { en: "{value} is not an amount", "zh-CN": "{value} 不是有效金额" },
  quantity_missing: { en: "No quantity", "zh-CN": "缺少数量" },
  quantity_invalid: { en: "{value} is not a quantity", "zh-CN": "{value} 不是有效数量" },
  price_missing: { en: "No unit price", "zh-CN": "缺少单价" },
  price_invalid: { en: "{value} is not a unit price", "zh-CN": "{value} 不是有效单价" },
  after_as_of: { en: "Dated {value}, after the as-of date {asOf}: left out", "zh-CN": "日期 {value} 晚于分析基准日 {asOf}，未计入" },
  before_window: {
    en: "Dated {value}, before the window start {start}: left out",
    "zh-CN": "日期 {value} 早于统计窗口起点 {start}，未计入",
  },
  no_purchase: {
    en: "Customer {value} has returns but no purchase in the period: not scored",
    "zh-CN": "客户 {value} 在统计期内只有退货、没有购买，未参与评分",
  },
  order_mdy: { en: "read month-first", "zh-CN": "按月/日/年解析" },
  order_dmy: { en: "read day-first", "zh-CN": "按日/月/年解析" },
  detail_order: { en: " (column {order})", "zh-CN": "（本列{order}）" },
  role_customer: { en: "customer", "zh-CN": "客户" },
  role_date: { en: "order date", "zh-CN": "下单日期" },
  role_amount: { en: "amount", "zh-CN": "金额" },
  role_orderId: { en: "order id", "zh-CN": "订单号" },
  role_quantity: { en: "quantity", "zh-CN": "数量" },
  role_unitPrice: { en: "unit price", "zh-CN": "单价" },
  warn_tied_cuts: {
    en: "{metric}: {share} of customers share the value {value}, so cut points coincide and score(s) {unused} go unused. Consider fixed breaks {breaks}.",
    "zh-CN": "{metric}：{share} 的客户取值同为 {value}，分位点重合，{unused} 分无人落入。可考虑固定分界点 {breaks}。",
  },
  warn_ntile_ties: {
    en: "{metric}: equal values were split across scores by the ntile method ({count} customers affected).",
    "zh-CN": "{metric}：等分法把相同取值的客户分到了不同分数（涉及 {count} 位客户）。",
  },
  warn_date_order_default: {
    en: "Dates such as {example} are ambiguous; read month-first (M/D/Y). Set the date order if they are day-first.",
    "zh-CN": "{example} 这类日期有歧义，已按月/日/年解析；如为日/月/年，请指定日期顺序。",
  },
  warn_date_order_detected: {
    en: "Dates in the {column} column were {order} ({proofs} rows can only be read that way).",
    "zh-CN": "{column}列日期{order}（有 {proofs} 行只能这样解析）。",
  },
  warn_date_order_conflict: {
    en: "The {column} column mixes day-first and month-first dates; it was {order} and {other} rows could not be read.",
    "zh-CN": "{column}列混用了日/月与月/日两种顺序；已{order}，另有 {other} 行无法解析。",
  },
  warn_rule_shadowed: {
    en: "Rule {index} ({segment}) can never match: earlier rules cover all its codes.",
    "zh-CN": "第 {index} 条规则（{segment}）永远不会命中：它的所有代码都已被前面的规则覆盖。",
  },
  warn_codes_uncovered: {
    en: '{count} code(s) match no rule and become "others": {codes}',
    "zh-CN": "有 {count} 个代码不匹配任何规则，将归为“其他”：{codes}",
  },
  warn_no_customers: {
    en: "No customer could be scored: no purchase rows were usable.",
    "zh-CN": "没有可评分的客户：没有可用的购买记录。",
  },
  metric_recency: { en: "Recency", "zh-CN": "最近一次消费（R）" },
  metric_frequency: { en: "Frequency", "zh-CN": "消费频率（F）" },
  metric_monetary: { en: "Monetary", "zh-CN": "消费金额（M）" },
  err_missing_column: {
    en: "No {role} column found. Headers seen: {headers}",
    "zh-CN": "未找到{role}列。读到的表头：{headers}",
  },
  err_unknown_column: {
    en: 'Column "{name}" for {role} not found. Headers seen: {headers}',
    "zh-CN": "找不到{role}列“{name}”。读到的表头：{headers}",
  },
  err_option: {
    en: "Option {option} is {value}; allowed: {allowed}",
    "zh-CN": "选项 {option} 的值 {value} 无效；允许：{allowed}",
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;
