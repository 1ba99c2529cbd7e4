import type { Lang } from "../types";
import { MESSAGES, type MessageKey } from "./messages";

/**
 * A message in the user's language with `{placeholders}` filled in.
 * @example translate("zh-CN", "amount_invalid", { value: "abc" }) // "abc 不是有效金额"
 */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template: string = MESSAGES[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
