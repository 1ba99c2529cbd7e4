// Chinese metadata for the custom functions: display names, descriptions and parameter names,
// derived from the English functions.json so ids, types and options can never drift apart.

/** Per function id: Chinese name, description, result description and parameter names/descriptions. */
export const ZH_CN = {
  SEGMENT: ["分群", "客户所属的 RFM 分群（以工作簿语言显示）。", "分群名称，例如“冠军客户”。"],
  SCORE: ["评分", "客户的 RFM 代码：R、F、M 三个分数。", "RFM 代码，例如 545。"],
  R: ["最近分", "客户的最近消费分数（5 表示最近购买）。", "最近消费分数。"],
  F: ["频率分", "客户的消费频率分数（5 表示购买最频繁）。", "消费频率分数。"],
  M: ["金额分", "客户的消费金额分数（5 表示消费最多）。", "消费金额分数。"],
  RECENCY: ["最近天数", "客户最近一次购买距分析基准日的天数。", "距最近一次购买的天数。"],
  FREQUENCY: ["消费次数", "客户的订单数。", "订单数。"],
  MONETARY: ["消费金额", "客户的净消费额（购买减去退货）。", "净消费额。"],
  ACTION: ["建议", "客户所属分群的建议运营动作（以工作簿语言显示）。", "建议动作。"],
  CLV: ["终身价值", "客户未来 52 周的终身价值（BG/NBD × Gamma-Gamma，年折现率 10%）。", "未来一年购买的预期折现价值。"],
  PALIVE: ["存活概率", "客户仍然活跃的概率（BG/NBD）。", "存活概率，0 到 1。"],
  TABLE: ["客户表", "所有客户的表：客户、R、F、M 数值与分数、RFM 代码和分群。", "表头行及每位客户一行。"],
};

export const PARAMETERS_ZH_CN = {
  customerId: ["客户编号", "客户编号。"],
  customerIds: ["客户列", "每行订单的客户编号。"],
  orderDates: ["日期列", "每行订单的下单日期。"],
  amounts: ["金额列", "每行订单的金额。"],
  asOf: ["基准日", "分析基准日（默认：最近订单日期的后一天）。"],
  bins: ["档数", "每项分数的档数，2 到 9（默认 5）。"],
  scheme: ["方案", "分群方案：standard、cn8 或 rfm-r。"],
};

/**
 * functions.zh-CN.json from functions.json: same ids, types and options; Chinese names and texts.
 * @param {string} json the English metadata
 * @returns {string}
 */
export function translateFunctions(json) {
  const metadata = JSON.parse(json);
  for (const f of metadata.functions) {
    const zh = ZH_CN[f.id];
    if (!zh) throw new Error(`No Chinese metadata for function ${f.id}: add it to build/functionsZhCN.js`);
    [f.name, f.description, f.result.description] = [zh[0], zh[1], zh[2]];
    if (f.result.description === undefined) delete f.result.description;
    for (const p of f.parameters) {
      const pz = PARAMETERS_ZH_CN[p.name];
      if (!pz) throw new Error(`No Chinese metadata for parameter ${p.name} of ${f.id}`);
      [p.name, p.description] = pz;
    }
  }
  return JSON.stringify(metadata, null, 2);
}
