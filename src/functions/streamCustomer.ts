import type { CustomerResult, Lang, AnalysisResult } from "../core/types";
import { officeLanguage } from "../excel/officeLanguage";
import { customerFunction } from "./customerFunction";
import { functionError } from "./functionError";
import { getLiveModel } from "./liveModelHolder";

/** How long a cell may wait for the live model before it says what is happening (never #BUSY! for long). */
export const PENDING_LIMIT_MS = 10_000;

/** What the functions need of Excel's streaming invocation (a test passes a plain object). */
export interface StreamingInvocationLike<T> {
  setResult: (value: T | CustomFunctions.Error) => void;
  onCanceled?: () => void;
}

/**
 * The body of every per-customer function (streaming). With ranges it computes from them once, like
 * any pure function (Excel restarts it when an argument changes). With only an id it follows the
 * live model and pushes a new value whenever the orders change — no user action needed.
 * @example streamCustomer(invocation, ["C1"], (c) => c.segmentName)
 */
export function streamCustomer<T>(
  invocation: StreamingInvocationLike<T>,
  args: [unknown, unknown[][] | null | undefined, unknown[][] | null | undefined, unknown[][] | null | undefined, unknown],
  pick: (customer: CustomerResult, lang: Lang, result: AnalysisResult) => T,
  clv = false,
): void {
  const [customerId, customerIds, orderDates, amounts, asOf] = args;
  const lang = officeLanguage();
  if (customerIds || orderDates || amounts) {
    try {
      invocation.setResult(customerFunction(customerId, customerIds, orderDates, amounts, asOf, pick, clv));
    } catch (e) {
      invocation.setResult(e as CustomFunctions.Error);
    }
    return;
  }
  const fail = (error: Error) => invocation.setResult(error as unknown as CustomFunctions.Error);
  const id = typeof customerId === "number" ? String(customerId) : typeof customerId === "string" ? customerId.trim() : "";
  const live = getLiveModel();
  if (clv) live?.wantValues();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const update = () => {
    if (!live || live.state === "none") {
      return fail(
        functionError(
          "notAvailable",
          lang === "zh-CN"
            ? "尚无客户分群：请先对订单运行“客户分群”（功能区或 RFM 窗格），或传入客户、日期、金额三个区域"
            : "No segments yet: run Segment customers (ribbon or RFM pane) on your orders first, or pass the customer, date and amount ranges",
        ),
      );
    }
    if (live.state === "loading") {
      // Keep waiting, but not silently for ever: after the limit, say so; the value follows when ready.
      timer ??= setTimeout(
        () =>
          live.state === "loading" &&
          fail(functionError("notAvailable", lang === "zh-CN" ? "正在读取订单，请稍候……" : "Still reading the orders…")),
        PENDING_LIMIT_MS,
      );
      return;
    }
    if (timer) clearTimeout(timer);
    if (live.state === "error" || !live.result) return fail(functionError("notAvailable", live.error ?? "The live model failed"));
    if (id === "") return fail(functionError("invalidValue", lang === "zh-CN" ? "请提供客户编号" : "customerId is empty"));
    const customer = live.lookup(id);
    const where = live.source?.address ?? "";
    if (!customer)
      return fail(
        functionError("notAvailable", lang === "zh-CN" ? `在 ${where} 中找不到客户 ${id} 的订单` : `No orders for ${id} in ${where}`),
      );
    try {
      invocation.setResult(pick(customer, lang, live.result));
    } catch (e) {
      invocation.setResult(e as CustomFunctions.Error);
    }
  };
  update();
  const unsubscribe = live?.subscribe(update);
  invocation.onCanceled = () => {
    if (timer) clearTimeout(timer);
    unsubscribe?.();
  };
}
