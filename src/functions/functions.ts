/* Custom functions of the RFM namespace. Their JSDoc is the metadata: custom-functions-metadata-plugin
   turns it into functions.json and registers each function with CustomFunctions.associate. */
import { segmentText } from "../core/i18n/segmentTexts";
import type { AnalysisResult, Lang } from "../core/types";
import { officeLanguage } from "../excel/officeLanguage";
import { startLiveModel } from "./startLiveModel";
import { streamCustomer } from "./streamCustomer";
import { functionError } from "./functionError";
import { modelFromRanges } from "./modelFromRanges";

/**
 * The customer's RFM segment, in the workbook's language.
 * @customfunction SEGMENT
 * @param customerId The customer id.
 * @param [customerIds] Customer id of every order line.
 * @param [orderDates] Order date of every order line.
 * @param [amounts] Amount of every order line.
 * @param [asOf] As-of date (default: the day after the latest order).
 * @returns The segment name, e.g. Champions.
 * @param invocation Set by Excel: the value is pushed again whenever the orders change.
 * @streaming
 * @cancelable
 */
export function segment(
  customerId: any,
  customerIds?: any[][],
  orderDates?: any[][],
  amounts?: any[][],
  asOf?: any,
  invocation?: CustomFunctions.StreamingInvocation<string>,
): void {
  streamCustomer(invocation!, [customerId, customerIds, orderDates, amounts, asOf], (c) => c.segmentName);
}

/**
 * The customer's RFM code: the R, F and M scores as three digits.
 * @customfunction SCORE
 * @param customerId The customer id.
 * @param [customerIds] Customer id of every order line.
 * @param [orderDates] Order date of every order line.
 * @param [amounts] Amount of every order line.
 * @param [asOf] As-of date (default: the day after the latest order).
 * @returns The RFM code, e.g. 545.
 * @param invocation Set by Excel: the value is pushed again whenever the orders change.
 * @streaming
 * @cancelable
 */
export function score(
  customerId: any,
  customerIds?: any[][],
  orderDates?: any[][],
  amounts?: any[][],
  asOf?: any,
  invocation?: CustomFunctions.StreamingInvocation<string>,
): void {
  streamCustomer(invocation!, [customerId, customerIds, orderDates, amounts, asOf], (c) => c.rfmCode);
}

/**
 * The customer's recency score (5 = bought most recently).
 * @customfunction R
 * @param customerId The customer id.
 * @param [customerIds] Customer id of every order line.
 * @param [orderDates] Order date of every order line.
 * @param [amounts] Amount of every order line.
 * @param [asOf] As-of date (default: the day after the latest order).
 * @returns The recency score.
 * @param invocation Set by Excel: the value is pushed again whenever the orders change.
 * @streaming
 * @cancelable
 */
export function rScore(
  customerId: any,
  customerIds?: any[][],
  orderDates?: any[][],
  amounts?: any[][],
  asOf?: any,
  invocation?: CustomFunctions.StreamingInvocation<number>,
): void {
  streamCustomer(invocation!, [customerId, customerIds, orderDates, amounts, asOf], (c) => c.r);
}

/**
 * The customer's frequency score (5 = buys most often).
 * @customfunction F
 * @param customerId The customer id.
 * @param [customerIds] Customer id of every order line.
 * @param [orderDates] Order date of every order line.
 * @param [amounts] Amount of every order line.
 * @param [asOf] As-of date (default: the day after the latest order).
 * @returns The frequency score.
 * @param invocation Set by Excel: the value is pushed again whenever the orders change.
 * @streaming
 * @cancelable
 */
export function fScore(
  customerId: any,
  customerIds?: any[][],
  orderDates?: any[][],
  amounts?: any[][],
  asOf?: any,
  invocation?: CustomFunctions.StreamingInvocation<number>,
): void {
  streamCustomer(invocation!, [customerId, customerIds, orderDates, amounts, asOf], (c) => c.f);
}

/**
 * The customer's monetary score (5 = spends most).
 * @customfunction M
 * @param customerId The customer id.
 * @param [customerIds] Customer id of every order line.
 * @param [orderDates] Order date of every order line.
 * @param [amounts] Amount of every order line.
 * @param [asOf] As-of date (default: the day after the latest order).
 * @returns The monetary score.
 * @param invocation Set by Excel: the value is pushed again whenever the orders change.
 * @streaming
 * @cancelable
 */
export function mScore(
  customerId: any,
  customerIds?: any[][],
  orderDates?: any[][],
  amounts?: any[][],
  asOf?: any,
  invocation?: CustomFunctions.StreamingInvocation<number>,
): void {
  streamCustomer(invocation!, [customerId, customerIds, orderDates, amounts, asOf], (c) => c.m);
}

/**
 * Days from the customer's last purchase to the as-of date.
 * @customfunction RECENCY
 * @param customerId The customer id.
 * @param [customerIds] Customer id of every order line.
 * @param [orderDates] Order date of every order line.
 * @param [amounts] Amount of every order line.
 * @param [asOf] As-of date (default: the day after the latest order).
 * @returns Days since the last purchase.
 * @param invocation Set by Excel: the value is pushed again whenever the orders change.
 * @streaming
 * @cancelable
 */
export function recency(
  customerId: any,
  customerIds?: any[][],
  orderDates?: any[][],
  amounts?: any[][],
  asOf?: any,
  invocation?: CustomFunctions.StreamingInvocation<number>,
): void {
  streamCustomer(invocation!, [customerId, customerIds, orderDates, amounts, asOf], (c) => c.recencyDays);
}

/**
 * The customer's number of orders.
 * @customfunction FREQUENCY
 * @param customerId The customer id.
 * @param [customerIds] Customer id of every order line.
 * @param [orderDates] Order date of every order line.
 * @param [amounts] Amount of every order line.
 * @param [asOf] As-of date (default: the day after the latest order).
 * @returns The number of orders.
 * @param invocation Set by Excel: the value is pushed again whenever the orders change.
 * @streaming
 * @cancelable
 */
export function frequency(
  customerId: any,
  customerIds?: any[][],
  orderDates?: any[][],
  amounts?: any[][],
  asOf?: any,
  invocation?: CustomFunctions.StreamingInvocation<number>,
): void {
  streamCustomer(invocation!, [customerId, customerIds, orderDates, amounts, asOf], (c) => c.frequency);
}

/**
 * The customer's net spend (purchases minus returns).
 * @customfunction MONETARY
 * @param customerId The customer id.
 * @param [customerIds] Customer id of every order line.
 * @param [orderDates] Order date of every order line.
 * @param [amounts] Amount of every order line.
 * @param [asOf] As-of date (default: the day after the latest order).
 * @returns The net spend.
 * @param invocation Set by Excel: the value is pushed again whenever the orders change.
 * @streaming
 * @cancelable
 */
export function monetary(
  customerId: any,
  customerIds?: any[][],
  orderDates?: any[][],
  amounts?: any[][],
  asOf?: any,
  invocation?: CustomFunctions.StreamingInvocation<number>,
): void {
  streamCustomer(invocation!, [customerId, customerIds, orderDates, amounts, asOf], (c) => c.monetary);
}

/**
 * The recommended action for the customer's segment, in the workbook's language.
 * @customfunction ACTION
 * @param customerId The customer id.
 * @param [customerIds] Customer id of every order line.
 * @param [orderDates] Order date of every order line.
 * @param [amounts] Amount of every order line.
 * @param [asOf] As-of date (default: the day after the latest order).
 * @returns What to do with this customer.
 * @param invocation Set by Excel: the value is pushed again whenever the orders change.
 * @streaming
 * @cancelable
 */
export function action(
  customerId: any,
  customerIds?: any[][],
  orderDates?: any[][],
  amounts?: any[][],
  asOf?: any,
  invocation?: CustomFunctions.StreamingInvocation<string>,
): void {
  streamCustomer(invocation!, [customerId, customerIds, orderDates, amounts, asOf], (c, lang) => segmentText(c.segment, lang).action);
}

/**
 * The customer's lifetime value over the next 52 weeks (BG/NBD × Gamma-Gamma, discounted 10% a year).
 * @customfunction CLV
 * @param customerId The customer id.
 * @param [customerIds] Customer id of every order line.
 * @param [orderDates] Order date of every order line.
 * @param [amounts] Amount of every order line.
 * @param [asOf] As-of date (default: the day after the latest order).
 * @returns The expected discounted value of the customer's purchases in the next year.
 * @param invocation Set by Excel: the value is pushed again whenever the orders change.
 * @streaming
 * @cancelable
 */
export function clv(
  customerId: any,
  customerIds?: any[][],
  orderDates?: any[][],
  amounts?: any[][],
  asOf?: any,
  invocation?: CustomFunctions.StreamingInvocation<number>,
): void {
  streamCustomer(invocation!, [customerId, customerIds, orderDates, amounts, asOf], (c, lang, result) => fitted(c.clv, result, lang), true);
}

/**
 * The probability that the customer is still active (BG/NBD).
 * @customfunction PALIVE
 * @param customerId The customer id.
 * @param [customerIds] Customer id of every order line.
 * @param [orderDates] Order date of every order line.
 * @param [amounts] Amount of every order line.
 * @param [asOf] As-of date (default: the day after the latest order).
 * @returns P(alive), from 0 to 1.
 * @param invocation Set by Excel: the value is pushed again whenever the orders change.
 * @streaming
 * @cancelable
 */
export function pAlive(
  customerId: any,
  customerIds?: any[][],
  orderDates?: any[][],
  amounts?: any[][],
  asOf?: any,
  invocation?: CustomFunctions.StreamingInvocation<number>,
): void {
  streamCustomer(
    invocation!,
    [customerId, customerIds, orderDates, amounts, asOf],
    (c, lang, result) => fitted(c.pAlive, result, lang),
    true,
  );
}

/** What RFM.TABLE may return (Excel on the web caps a function's payload at 5 MB). */
export const TABLE_LIMIT_BYTES = 4.5 * 2 ** 20;

/** A model figure, or #N/A saying why the model could not be fitted. */
function fitted(value: number | null | undefined, result: AnalysisResult, lang: Lang): number {
  if (typeof value === "number") return value;
  const m = result.models;
  const reason = m?.bgnbd.status === "failed" ? m.bgnbd.reason : m?.gammaGamma.status === "failed" ? m.gammaGamma.reason : "";
  throw functionError("notAvailable", lang === "zh-CN" ? `模型无法拟合：${reason}` : `The model could not be fitted: ${reason}`);
}

/**
 * A table of every customer: id, recency, frequency, monetary, R, F, M, RFM code and segment.
 * @customfunction TABLE
 * @param customerIds Customer id of every order line.
 * @param orderDates Order date of every order line.
 * @param amounts Amount of every order line.
 * @param [asOf] As-of date (default: the day after the latest order).
 * @param [bins] Scores per metric, 2 to 9 (default 5).
 * @param [scheme] Segment scheme: standard, cn8 or rfm-r.
 * @returns A header row and one row per customer.
 */
export function table(customerIds: any[][], orderDates: any[][], amounts: any[][], asOf?: any, bins?: number, scheme?: string): any[][] {
  const lang = officeLanguage();
  const { result } = modelFromRanges({ customerIds, orderDates, amounts, asOf, bins, scheme, lang });
  if (result.customers.length === 0)
    throw functionError("notAvailable", lang === "zh-CN" ? "没有可评分的客户" : "No customer could be scored");
  const header =
    lang === "zh-CN"
      ? ["客户", "最近消费天数", "消费次数", "消费金额", "R", "F", "M", "RFM 代码", "分群"]
      : ["Customer", "Recency (days)", "Frequency", "Monetary", "R", "F", "M", "RFM code", "Segment"];
  const rows = [
    header,
    ...result.customers.map((c) => [c.customerId, c.recencyDays, c.frequency, c.monetary, c.r, c.f, c.m, c.rfmCode, c.segmentName]),
  ];
  // Excel on the web refuses function results over 5 MB: say where to go instead of failing silently.
  const bytes = JSON.stringify(rows).length;
  if (bytes > TABLE_LIMIT_BYTES) {
    throw functionError(
      "notAvailable",
      lang === "zh-CN"
        ? `结果约 ${(bytes / 2 ** 20).toFixed(1)} MB，超过公式结果 5 MB 的上限：请在 RFM 窗格中运行“客户分群”，把客户表写入工作表`
        : `The table is about ${(bytes / 2 ** 20).toFixed(1)} MB, over the 5 MB a formula may return: use Segment customers in the RFM pane to write it to a sheet`,
    );
  }
  return rows;
}

startLiveModel();
