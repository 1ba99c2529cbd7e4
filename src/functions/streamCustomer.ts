import type { CustomerResult, Lang, AnalysisResult } from "../core/types";
import { officeLanguage } from "../excel/officeLanguage";
import { customerFunction } from "./customerFunction";
import { functionError } from "./functionError";
import { getLiveModel } from "./liveModelHolder";
import type { LiveModel } from "../excel/LiveModel";

/** How long a cell may wait for the live model before it says what is happening (never #BUSY! for long). */
export const PENDING_LIMIT_MS = 10_000;

/** What the functions need of Excel's streaming invocation (a test passes a plain object). */
export interface StreamingInvocationLike<T> {
  setResult: (value: T | CustomFunctions.Error) => void;
  onCanceled?: () => void;
}

type Pick<T> = (customer: CustomerResult, lang: Lang, result: AnalysisResult) => T;

/**
 * The body of every per-customer function (streaming). With ranges it computes from them once, like
 * any pure function (Excel restarts it when an argument changes). With only an id it follows the
 * live model and pushes a new value whenever the orders change — no user action needed.
 * @example streamCustomer(invocation, ["C1"], (c) => c.segmentName)
 */
export function streamCustomer<T>(
  invocation: StreamingInvocationLike<T>,
  args: [unknown, unknown[][] | null | undefined, unknown[][] | null | undefined, unknown[][] | null | undefined, unknown],
  pick: Pick<T>,
  clv = false,
): void {
  const [customerId, customerIds, orderDates, amounts, asOf] = args;
  if (customerIds || orderDates || amounts) {
    try {
      invocation.setResult(customerFunction(customerId, customerIds, orderDates, amounts, asOf, pick, clv));
    } catch (e) {
      invocation.setResult(e as CustomFunctions.Error);
    }
    return;
  }
  const live = getLiveModel();
  if (clv) live?.wantValues();
  const cell = new LiveCell(
    invocation,
    typeof customerId === "number" ? String(customerId) : typeof customerId === "string" ? customerId.trim() : "",
    pick,
    officeLanguage(),
    live,
  );
  cell.refresh();
  if (live) {
    live.watch(cell);
    invocation.onCanceled = () => cell.cancel();
  }
}

/** One id-form cell following the live model: refreshed by the model after every update. */
class LiveCell<T> {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly invocation: StreamingInvocationLike<T>,
    private readonly id: string,
    private readonly pick: Pick<T>,
    private readonly lang: Lang,
    private readonly live: LiveModel | null,
  ) {}

  refresh(): void {
    const { live, lang, id } = this;
    if (!live || live.state === "none") {
      return this.fail(
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
      this.timer ??= setTimeout(
        () =>
          live.state === "loading" &&
          this.fail(functionError("notAvailable", lang === "zh-CN" ? "正在读取订单，请稍候……" : "Still reading the orders…")),
        PENDING_LIMIT_MS,
      );
      return;
    }
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (live.state === "error" || !live.result) return this.fail(functionError("notAvailable", live.error ?? "The live model failed"));
    if (id === "") return this.fail(functionError("invalidValue", lang === "zh-CN" ? "请提供客户编号" : "customerId is empty"));
    const customer = live.lookup(id);
    if (!customer) {
      const where = live.source?.address ?? "";
      return this.fail(
        functionError("notAvailable", lang === "zh-CN" ? `在 ${where} 中找不到客户 ${id} 的订单` : `No orders for ${id} in ${where}`),
      );
    }
    try {
      this.invocation.setResult(this.pick(customer, lang, live.result));
    } catch (e) {
      this.fail(e as Error);
    }
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.live?.unwatch(this);
  }

  private fail(error: Error): void {
    this.invocation.setResult(error as unknown as CustomFunctions.Error);
  }
}
