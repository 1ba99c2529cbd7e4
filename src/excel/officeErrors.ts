import type { Lang } from "../core/types";

/** An error the user can act on, with its message in the user's language. */
export class AddinError extends Error {
  override readonly name = "AddinError";
  constructor(
    readonly code: AddinErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type AddinErrorCode =
  "nothingSelected" | "noColumns" | "protectedSheet" | "cellEditMode" | "busy" | "cancelled" | "tooLarge" | "excel";

const TEXT: Record<AddinErrorCode, Record<Lang, string>> = {
  nothingSelected: {
    en: "Select your order lines (with their header row), or click into an Excel table of orders, then try again.",
    "zh-CN": "请选中订单明细（含表头行），或单击订单所在的 Excel 表格，然后重试。",
  },
  noColumns: { en: "No customer, date or amount column was recognised: {detail}", "zh-CN": "未识别出客户、日期或金额列：{detail}" },
  protectedSheet: {
    en: "The sheet is protected, so the results cannot be written. Unprotect it (Review › Unprotect Sheet) and try again.",
    "zh-CN": "工作表受保护，无法写入结果。请先取消保护（审阅 › 撤消工作表保护）再重试。",
  },
  cellEditMode: {
    en: "Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
    "zh-CN": "Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试。",
  },
  busy: { en: "An analysis is already running. Wait for it to finish or cancel it.", "zh-CN": "已有分析正在运行，请等待完成或先取消。" },
  cancelled: { en: "Cancelled. No sheets were changed.", "zh-CN": "已取消，未更改任何工作表。" },
  tooLarge: { en: "The range is larger than Excel allows in one read.", "zh-CN": "区域超过 Excel 单次读取的上限。" },
  excel: { en: "Excel reported an error: {detail}", "zh-CN": "Excel 报告错误：{detail}" },
};

/**
 * A user-facing error of the given kind.
 * @example addinError("busy", "zh-CN").message // "已有分析正在运行，请等待完成或先取消。"
 */
export function addinError(code: AddinErrorCode, lang: Lang, detail = ""): AddinError {
  return new AddinError(code, TEXT[code][lang].replace("{detail}", detail));
}

/**
 * Office errors translated into the add-in's own, so the pane never shows a raw "RichApi.Error".
 * Errors that are already the add-in's pass through.
 * @example translateOfficeError({ code: "InvalidOperationInCellEditMode" }, "en").code // "cellEditMode"
 */
export function translateOfficeError(error: unknown, lang: Lang): Error {
  if (error instanceof AddinError) return error;
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return addinError("cellEditMode", lang);
    case "AccessDenied":
      return addinError("protectedSheet", lang);
    case "RangeExceedsLimit":
      return addinError("tooLarge", lang);
    default:
      return error instanceof Error && code
        ? addinError("excel", lang, `${code}: ${error.message}`)
        : error instanceof Error
          ? error
          : new Error(String(error));
  }
}
