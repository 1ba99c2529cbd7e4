import type { AnalysisResult, CustomerResult, Lang } from "../core/types";
import { officeLanguage } from "../excel/officeLanguage";
import { functionError } from "./functionError";
import { modelFromRanges } from "./modelFromRanges";

/**
 * The shared body of the per-customer functions (`RFM.SEGMENT`, `RFM.SCORE`, …): find the customer
 * in the analysis of the given ranges and pick one field. Without ranges there is no live model in
 * this version yet, and the cell says how to get a value.
 * @example customerFunction("C1", [["C1"]], [[45356]], [[10]], undefined, (c) => c.rfmCode) // "555"
 */
export function customerFunction<T>(
  customerId: unknown,
  customerIds: unknown[][] | null | undefined,
  orderDates: unknown[][] | null | undefined,
  amounts: unknown[][] | null | undefined,
  asOf: unknown,
  pick: (customer: CustomerResult, lang: Lang, result: AnalysisResult) => T,
  clv = false,
): T {
  const lang = officeLanguage();
  const id = typeof customerId === "number" ? String(customerId) : typeof customerId === "string" ? customerId.trim() : "";
  if (id === "") throw functionError("invalidValue", lang === "zh-CN" ? "请提供客户编号" : "customerId is empty");
  if (!customerIds || !orderDates || !amounts) {
    throw functionError(
      "notAvailable",
      lang === "zh-CN"
        ? "尚无订单数据：请传入客户、日期、金额三个区域，例如 =RFM.SEGMENT(A2, 订单[客户], 订单[日期], 订单[金额])"
        : "No orders given: pass the customer, date and amount ranges, e.g. =RFM.SEGMENT(A2, Orders[Customer], Orders[Date], Orders[Amount])",
    );
  }
  const model = modelFromRanges({ customerIds, orderDates, amounts, asOf, lang, clv });
  const customer = model.byId.get(id);
  if (!customer)
    throw functionError("notAvailable", lang === "zh-CN" ? `在给定订单中找不到客户 ${id}` : `No orders for ${id} in the given ranges`);
  return pick(customer, lang, model.result);
}
